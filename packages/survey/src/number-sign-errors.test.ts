import { findQuestionnaire, gravideRusmiddel } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import type { Model, QuestionMultipleTextModel } from "survey-core";
import { refusesOnlySign, withoutSignRepeats } from "./number-sign-errors.js";
import { createQuestionnaireModel } from "./questionnaire-model.js";

// Issue 13: "-3" in a count was told both "Angiv et tal på 0 eller derover." and "Angiv et helt tal uden decimaler.";
// -3 is whole, it is negative. Only the messages that apply are shown.

const atLeastZero = "Angiv et tal på 0 eller derover.";
const whole = "Angiv et helt tal uden decimaler.";

function municipalityModel(): Model {
  const questionnaire = findQuestionnaire(gravideRusmiddel, "kommune-2019", "1.0.0");
  if (questionnaire === undefined) throw new Error("kommune-2019 is built in");
  return createQuestionnaireModel(questionnaire);
}

/** survey-core's own check of one year of the counts, with the value given. */
function yearErrors(value: number, locale: "da" | "en" = "da"): string[] {
  const model = municipalityModel();
  model.locale = locale;
  model.setValue("targetGroupCount", { "2018": value });
  const counts = model.getQuestionByName("targetGroupCount") as QuestionMultipleTextModel;
  counts.validate(true);
  return counts.getItemByName("2018")?.editor.errors.map((error) => error.getText()) ?? [];
}

describe("refusesOnlySign", () => {
  it("is true when the pattern takes the number without its minus sign", () => {
    expect(refusesOnlySign("^\\d+$", -3)).toBe(true);
    expect(refusesOnlySign("^\\d+(\\.\\d)?$", -2.5)).toBe(true);
  });

  it("is false when the number has another fault, is not negative, or the pattern takes the sign", () => {
    expect(refusesOnlySign("^\\d+$", -2.5)).toBe(false);
    expect(refusesOnlySign("^\\d+$", 4.5)).toBe(false);
    expect(refusesOnlySign("^\\d+$", 3)).toBe(false);
    expect(refusesOnlySign("^-?\\d+$", -3)).toBe(false);
    expect(refusesOnlySign("^\\d+$", "-3")).toBe(false);
    expect(refusesOnlySign("(", -3)).toBe(false);
  });
});

describe("a count's messages", () => {
  it("tells -3 only that it is below 0", () => {
    expect(yearErrors(-3)).toEqual([atLeastZero]);
    expect(yearErrors(-3, "en")).toEqual(["Enter a number of 0 or more."]);
  });

  it("tells 4.5 only that it has decimals, and -2.5 both", () => {
    expect(yearErrors(4.5)).toEqual([whole]);
    expect(yearErrors(-2.5)).toEqual([atLeastZero, whole]);
  });

  it("keeps a pattern's message that is the only one", () => {
    const model = municipalityModel();
    const editor = (model.getQuestionByName("targetGroupCount") as QuestionMultipleTextModel).getItemByName("2018")!.editor;
    expect(withoutSignRepeats(editor, -3, [whole])).toEqual([whole]);
    expect(withoutSignRepeats(editor, -3, [atLeastZero, whole])).toEqual([atLeastZero]);
    expect(withoutSignRepeats(editor, 3, [atLeastZero, whole])).toEqual([atLeastZero, whole]);
  });
});
