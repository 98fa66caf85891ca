import { findQuestionnaire, gravideRusmiddel } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { Model, type Question, type QuestionMatrixDynamicModel, type QuestionMultipleTextModel, type QuestionTextModel } from "survey-core";
import {
  enterNumberText,
  isNumberField,
  isNumberTextRefused,
  numberFieldText,
  refusedNumberMessages,
  showNumberRefusal,
  validateDanishNumbers,
} from "./danish-number-field.js";
import { createQuestionnaireModel } from "./questionnaire-model.js";

// Regression tests: "4,5" typed in a browser number field was once stored as 45. What a respondent types goes through
// enterNumberText (the browser's number input, which dropped the comma, is no longer used); these check what is
// stored, for each kind of number field.

function offerModel(): Model {
  const questionnaire = findQuestionnaire(gravideRusmiddel, "tilbud-2019", "1.0.0");
  if (questionnaire === undefined) throw new Error("tilbud-2019 is built in");
  return createQuestionnaireModel(questionnaire);
}

function textField(model: Model, name: string): QuestionTextModel {
  const question = model.getQuestionByName(name);
  if (!isNumberField(question)) throw new Error(`${name} is not a number field`);
  return question;
}

function errorTexts(question: Question): string[] {
  return question.errors.map((error) => error.getText());
}

function syntheticModel(): Model {
  const model = new Model({
    elements: [
      { type: "text", name: "years", inputType: "number" },
      { type: "multipletext", name: "perYear", items: [{ name: "2019", inputType: "number" }, { name: "note" }] },
      { type: "matrixdynamic", name: "offers", rowCount: 1, columns: [{ name: "places", cellType: "text", inputType: "number" }] },
      { type: "text", name: "plain" },
    ],
  });
  model.locale = "da";
  validateDanishNumbers(model);
  return model;
}

describe("number fields of the offer questionnaire", () => {
  it("stores 4.5 for the experience years typed as the hint says, fx 4,5", () => {
    const model = offerModel();
    const years = textField(model, "staffExperienceYears");
    for (const text of ["4", "4,", "4,5"]) enterNumberText(years, text);
    expect(model.data).toEqual({ staffExperienceYears: 4.5 });
    expect(numberFieldText(years)).toBe("4,5");
    // the questionnaire's own checks (at most one decimal, 0 or more) accept it
    expect(years.validate(true)).toBe(true);
  });

  it("stores 1234 for Danish thousands, in a question and in a multiple-text item", () => {
    const model = offerModel();
    enterNumberText(textField(model, "placeCount"), "1.234");
    const perYear = model.getQuestionByName("citizensPerYear") as QuestionMultipleTextModel;
    const item2019 = perYear.items.find((item) => item.name === "2019");
    if (item2019 === undefined || !isNumberField(item2019.editor)) throw new Error("2019 is a number item");
    enterNumberText(item2019.editor, "1 234");
    expect(model.data).toEqual({ placeCount: 1234, citizensPerYear: { "2019": 1234 } });
  });

  it("refuses \"4,5,6\" with a Danish message and stores nothing, not 456", () => {
    const model = offerModel();
    const years = textField(model, "staffExperienceYears");
    enterNumberText(years, "4,5");
    enterNumberText(years, "4,5,6");
    expect(model.data).toEqual({});
    expect(numberFieldText(years)).toBe("4,5,6");
    expect(isNumberTextRefused(years)).toBe(true);
    // the message, not "required": the person did answer
    expect(years.validate(true)).toBe(false);
    expect(errorTexts(years)).toEqual([refusedNumberMessages.da]);
    enterNumberText(years, "4,6");
    expect(errorTexts(years)).toEqual([]);
    expect(model.data).toEqual({ staffExperienceYears: 4.6 });
  });
});

describe("enterNumberText", () => {
  it.each([
    ["4,5", 4.5],
    ["4.5", 4.5],
    ["1.234", 1234],
    ["1 234", 1234],
    ["1.234,5", 1234.5],
  ])("stores %j as %d in a question, a multiple-text item and a matrix cell", (text, value) => {
    const model = syntheticModel();
    enterNumberText(textField(model, "years"), text);
    const item = (model.getQuestionByName("perYear") as QuestionMultipleTextModel).items[0]?.editor;
    if (item === undefined || !isNumberField(item)) throw new Error("2019 is a number item");
    enterNumberText(item, text);
    const cell = (model.getQuestionByName("offers") as QuestionMatrixDynamicModel).visibleRows[0]?.cells[0]?.question;
    if (cell === undefined || !isNumberField(cell)) throw new Error("places is a number cell");
    enterNumberText(cell, text);
    expect(model.data).toEqual({ years: value, perYear: { "2019": value }, offers: [{ places: value }] });
  });

  it.each(["4,5,6", "abc", "4,5 år", "1e3"])("refuses %j in every kind of number field, with the Danish message", (text) => {
    const model = syntheticModel();
    const years = textField(model, "years");
    const item = (model.getQuestionByName("perYear") as QuestionMultipleTextModel).items[0]?.editor;
    const cell = (model.getQuestionByName("offers") as QuestionMatrixDynamicModel).visibleRows[0]?.cells[0]?.question;
    if (item === undefined || !isNumberField(item) || cell === undefined || !isNumberField(cell)) throw new Error("number fields");
    for (const field of [years, item, cell]) {
      enterNumberText(field, "7");
      enterNumberText(field, text);
    }
    expect(model.data).toEqual({});
    expect(model.validate(true)).toBe(false);
    for (const field of [years, item, cell]) expect(errorTexts(field)).toEqual([refusedNumberMessages.da]);
  });

  it("clears the answer when the field is emptied", () => {
    const model = syntheticModel();
    const years = textField(model, "years");
    enterNumberText(years, "3");
    enterNumberText(years, "");
    expect(model.data).toEqual({});
    expect(isNumberTextRefused(years)).toBe(false);
  });

  it("shows the message when the person leaves a refused field, once, and in English when the survey is", () => {
    const model = syntheticModel();
    const years = textField(model, "years");
    enterNumberText(years, "fire");
    showNumberRefusal(years);
    showNumberRefusal(years);
    expect(errorTexts(years)).toEqual([refusedNumberMessages.da]);
    model.locale = "en";
    enterNumberText(years, "four");
    expect(errorTexts(years)).toEqual([refusedNumberMessages.da]);
    enterNumberText(years, "");
    showNumberRefusal(years);
    expect(errorTexts(years)).toEqual([]);
    enterNumberText(years, "four");
    showNumberRefusal(years);
    expect(errorTexts(years)).toEqual([refusedNumberMessages.en]);
  });
});

describe("numberFieldText", () => {
  it("keeps what was typed while it means the stored value, and shows a changed value the Danish way", () => {
    const model = syntheticModel();
    const years = textField(model, "years");
    expect(numberFieldText(years)).toBe("");
    enterNumberText(years, "4,50");
    expect(numberFieldText(years)).toBe("4,50");
    // a colleague's answer merged in
    model.setValue("years", 12.25);
    expect(numberFieldText(years)).toBe("12,25");
  });

  it("shows a saved answer in Danish", () => {
    const model = syntheticModel();
    model.data = { years: 4.5 };
    expect(numberFieldText(textField(model, "years"))).toBe("4,5");
  });

  it("takes only number fields", () => {
    const model = syntheticModel();
    expect(isNumberField(model.getQuestionByName("plain"))).toBe(false);
    const note = (model.getQuestionByName("perYear") as QuestionMultipleTextModel).items[1]?.editor;
    expect(note !== undefined && isNumberField(note)).toBe(false);
  });
});
