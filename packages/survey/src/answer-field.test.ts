import { findQuestionnaire, gravideRusmiddel } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { Model, type QuestionMatrixDynamicModel, type QuestionMultipleTextModel } from "survey-core";
import { fieldAt, fieldsOf, pathSteps } from "./answer-field.js";
import { createQuestionnaireModel } from "./questionnaire-model.js";

// A finding of validateAnswers is placed at the field its path names – the year of a count, the cell of a table.

function municipalityModel(): Model {
  const questionnaire = findQuestionnaire(gravideRusmiddel, "kommune-2019", "1.0.0");
  if (questionnaire === undefined) throw new Error("kommune-2019 is built in");
  const model = createQuestionnaireModel(questionnaire);
  model.data = { refersToOffers: true, offersUsed: [{ name: "A" }, { name: "B" }] };
  return model;
}

describe("pathSteps", () => {
  it("reads item names, row indexes and column names after the question's key", () => {
    expect(pathSteps("targetGroupCount.2018", "targetGroupCount")).toEqual(["2018"]);
    expect(pathSteps("offersUsed[1].legalBasis", "offersUsed")).toEqual([1, "legalBasis"]);
    expect(pathSteps("offersUsed", "offersUsed")).toEqual([]);
  });

  it("refuses a path of another question or one it cannot read", () => {
    expect(pathSteps("other.x", "offersUsed")).toBeUndefined();
    expect(pathSteps("offersUsed-Comment", "offersUsed")).toBeUndefined();
  });
});

describe("fieldAt", () => {
  it("finds a multiple-text item and a cell of a dynamic matrix", () => {
    const model = municipalityModel();
    const counts = model.getQuestionByName("targetGroupCount") as QuestionMultipleTextModel;
    expect(fieldAt(model, { question: "targetGroupCount", path: "targetGroupCount.2018" })).toBe(counts.getItemByName("2018")!.editor);
    const offers = model.getQuestionByName("offersUsed") as QuestionMatrixDynamicModel;
    expect(fieldAt(model, { question: "offersUsed", path: "offersUsed[1].operator" })).toBe(offers.visibleRows[1]!.getQuestionByColumnName("operator"));
  });

  it("stops at the question when the path goes further than the model shows", () => {
    const model = municipalityModel();
    const offers = model.getQuestionByName("offersUsed");
    expect(fieldAt(model, { question: "offersUsed", path: "offersUsed[7].operator" })).toBe(offers);
    expect(fieldAt(model, { question: "offersUsed", path: "offersUsed" })).toBe(offers);
    expect(fieldAt(model, { question: "nothing", path: "nothing" })).toBeUndefined();
  });

  it("finds a row of a dropdown matrix by its value and a question of a dynamic panel by its index", () => {
    const model = new Model({
      elements: [
        { type: "matrixdropdown", name: "grid", rows: [2019, 2020], columns: [{ name: "count", cellType: "text" }] },
        { type: "paneldynamic", name: "people", templateElements: [{ type: "text", name: "role" }] },
      ],
    });
    model.data = { people: [{ role: "a" }, { role: "b" }] };
    expect(fieldAt(model, { question: "grid", path: "grid.2020.count" })?.parentQuestion?.name).toBe("grid");
    const people = fieldAt(model, { question: "people", path: "people[1].role" });
    expect(people?.value).toBe("b");
  });
});

describe("fieldsOf", () => {
  it("lists the question, its items and the cells of the rows already made", () => {
    const model = municipalityModel();
    expect(fieldsOf(model.getQuestionByName("targetGroupCount")).map((q) => q.name)).toEqual(["targetGroupCount", "2017", "2018", "2019"]);
    const offers = model.getQuestionByName("offersUsed") as QuestionMatrixDynamicModel;
    expect(fieldsOf(offers)).toHaveLength(1);
    void offers.visibleRows;
    expect(fieldsOf(offers)).toHaveLength(1 + 2 * 4);
  });
});
