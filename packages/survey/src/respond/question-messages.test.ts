import { findQuestionnaire, gravideRusmiddel, validateAnswers } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import type { Model, Question, QuestionMatrixDynamicModel, QuestionMultipleTextModel } from "survey-core";
import { createQuestionnaireModel } from "../questionnaire-model.js";
import { clearQuestionMessages, showQuestionMessages } from "./question-messages.js";
import type { QuestionMessage } from "./respond-api.js";

// The server's findings (and the page check's, which are the same rules) are shown at the field their path names,
// with only the messages that apply, and a table's cells named.

const questionnaire = findQuestionnaire(gravideRusmiddel, "kommune-2019", "1.0.0")!;

function model(data: Record<string, unknown>): Model {
  const m = createQuestionnaireModel(questionnaire);
  m.data = data;
  return m;
}

const texts = (question: Question) => question.errors.map((error) => error.getText());
const year = (m: Model, name: string) => (m.getQuestionByName("targetGroupCount") as QuestionMultipleTextModel).getItemByName(name)!.editor;

describe("showQuestionMessages", () => {
  it("puts each count's message at its year, and tells -3 only that it is negative", () => {
    const answers = { targetGroupCount: { "2017": -3, "2018": 4.5, "2019": 2 } };
    const m = model(answers);
    const { errors } = validateAnswers(questionnaire, answers, { mode: "draft" });
    const shown = showQuestionMessages(m, errors, "da", "page");
    expect(shown.map((q) => q.name)).toEqual(["targetGroupCount"]);
    expect(texts(year(m, "2017"))).toEqual(["Angiv et tal på 0 eller derover."]);
    expect(texts(year(m, "2018"))).toEqual(["Angiv et helt tal uden decimaler."]);
    expect(texts(year(m, "2019"))).toEqual([]);
    expect(texts(m.getQuestionByName("targetGroupCount"))).toEqual([]);

    showQuestionMessages(m, errors, "en", "page");
    expect(texts(year(m, "2017"))).toEqual(["Enter a number of 0 or more."]);
    clearQuestionMessages(m, "page");
    expect(texts(year(m, "2017"))).toEqual([]);
  });

  it("names the column and row of a required cell the server found empty", () => {
    const answers = { refersToOffers: true, offersUsed: [{ name: "Solsikken", operator: "private" }] };
    const m = model(answers);
    const { errors } = validateAnswers(questionnaire, answers);
    showQuestionMessages(m, errors, "da", "error");
    const row = (m.getQuestionByName("offersUsed") as QuestionMatrixDynamicModel).visibleRows[0]!;
    expect(texts(row.getQuestionByColumnName("legalBasis"))).toEqual(["Udfyld »Lovgrundlag« i række 1 (Solsikken)."]);
  });

  it("says which cell a message is about when the table has no such row on screen", () => {
    const m = model({ refersToOffers: true, offersUsed: [{ name: "A" }] });
    const message: QuestionMessage = { question: "offersUsed", path: "offersUsed[3].operator", code: "required", message: { da: "Besvar venligst spørgsmålet.", en: "Please answer the question." } };
    showQuestionMessages(m, [message], "da", "error");
    expect(texts(m.getQuestionByName("offersUsed"))).toEqual(["Udfyld »Driftsherre« i række 4."]);
  });

  it("keeps warnings apart from errors", () => {
    const m = model({});
    const cpr: QuestionMessage = { question: "offersComment", path: "offersComment", code: "cpr", message: { da: "CPR?", en: "CPR?" } };
    showQuestionMessages(m, [cpr], "da", "warning");
    showQuestionMessages(m, [], "da", "error");
    expect(m.getQuestionByName("offersComment").errors.map((e) => [e.getText(), e.notificationType])).toEqual([["CPR?", "warning"]]);
  });
});
