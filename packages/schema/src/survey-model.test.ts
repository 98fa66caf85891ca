import { readFileSync } from "node:fs";
import type { Question, QuestionMatrixDynamicModel, QuestionMultipleTextModel } from "survey-core";
import { describe, expect, it } from "vitest";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { createSurveyModel } from "./survey-model.js";

const questionnaire = JSON.parse(
  readFileSync(new URL("../fixtures/questionnaires/valid-offer.json", import.meta.url), "utf8"),
) as QuestionnaireVersion;

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object") {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
};

describe("createSurveyModel", () => {
  it("loads a questionnaire with Afrapport's properties and no JSON errors", () => {
    const model = createSurveyModel(questionnaire);
    expect(model.jsonErrors ?? []).toEqual([]);
    const flow = model.getQuestionByName("flow") as Question & { aggregation?: string; screening?: string };
    expect(flow.aggregation).toBe("sumPerYear");
    expect(flow.screening).toBe("flow");
  });

  it("speaks the reviewed Danish by default, and English on request", () => {
    const da = createSurveyModel(questionnaire);
    expect(da.locale).toBe("da");
    expect(da.completeText).toBe("Indsend");
    expect(da.getQuestionByName("offerName").title).toBe("Tilbuddets navn");
    const en = createSurveyModel(questionnaire, "en");
    expect(en.completeText).toBe("Complete");
    expect(en.getQuestionByName("offerName").title).toBe("Name of the offer");
  });

  it("does not change the questionnaire (a deep-frozen one loads)", () => {
    const frozen = deepFreeze(structuredClone(questionnaire));
    const model = createSurveyModel(frozen);
    model.data = { offerName: "Tilbud" };
    expect(frozen).toEqual(questionnaire);
  });

  it("fills question errors with validate(true, false), including multipletext items and matrix cells", () => {
    const model = createSurveyModel(questionnaire);
    model.data = { staffCount: 501, flow: { "2017": -1 }, partners: [{ operator: "private" }] };
    expect(model.validate(true, false)).toBe(false);
    expect(model.getQuestionByName("offerName").errors.map((e) => e.getText())).toEqual(["Besvar venligst spørgsmålet."]);
    expect(model.getQuestionByName("staffCount").errors.map((e) => e.getText())).toEqual(["Tallet må ikke være større end 500."]);
    const flow = model.getQuestionByName("flow") as QuestionMultipleTextModel;
    expect(flow.items.map((item) => item.editor.errors.length)).toEqual([1, 0, 1]);
    const partners = model.getQuestionByName("partners") as QuestionMatrixDynamicModel;
    const nameCell = partners.visibleRows[0]?.cells.find((cell) => cell.column.name === "name");
    expect(nameCell?.question.errors.map((e) => e.getErrorType())).toEqual(["required"]);
  });

  it("renews some error texts when the locale changes, but only validating again renews all of them", () => {
    const model = createSurveyModel({
      ...questionnaire,
      survey: {
        pages: [
          {
            name: "p",
            elements: [
              { type: "text", name: "count", inputType: "number", min: 0 },
              { type: "checkbox", name: "kinds", minSelectedChoices: 2, choices: ["a", "b", "c"] },
            ],
          },
        ],
      },
    });
    model.data = { count: -1, kinds: ["a"] };
    model.validate(true, false);
    const texts = () => ["count", "kinds"].map((name) => model.getQuestionByName(name).errors.map((e) => e.getText()));
    expect(texts()).toEqual([["Tallet må ikke være mindre end 0."], ["Vælg venligst mindst 2 svarmulighed(er)."]]);
    model.locale = "en";
    expect(texts()).toEqual([["The value should not be less than 0"], ["Vælg venligst mindst 2 svarmulighed(er)."]]);
    model.validate(true, false);
    expect(texts()).toEqual([["The value should not be less than 0"], ["Please select at least 2 option(s)."]]);
  });
});
