import { describe, expect, it } from "vitest";
import { findQuestionnaire } from "./announcements/built-in.js";
import { gravideRusmiddel } from "./announcements/gravide-rusmiddel.js";
import { quietMatrices } from "./answer-quiet-matrices.js";
import type { QuestionnaireVersion, SurveyJson } from "./questionnaire.js";
import { validateAnswers } from "./validate-answers.js";

const page = (...elements: Record<string, unknown>[]): SurveyJson => ({ pages: [{ name: "p", elements: elements as SurveyJson["pages"][number]["elements"] }] });
const matrix = (name: string, column: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  type: "matrixdynamic",
  name,
  rowCount: 1,
  columns: [{ name: "a", cellType: "text", isRequired: true, ...column }],
  ...extra,
});

describe("quietMatrices", () => {
  it("lists the offers of the built-in municipality questionnaire", () => {
    expect([...quietMatrices(findQuestionnaire(gravideRusmiddel, "kommune-2019")!.survey)]).toEqual(["offersUsed"]);
  });

  it("leaves out matrices whose rows can write a value, and names that are not unique", () => {
    const survey = page(
      matrix("plain"),
      { type: "panel", name: "box", elements: [matrix("inPanel")] },
      matrix("withDefault", { defaultValue: "x" }),
      matrix("computed", { cellType: "expression", expression: "1" }),
      matrix("defaultRow", {}, { defaultRowValue: { a: "x" } }),
      matrix("setter", { setValueExpression: "'x'" }),
      matrix("twice"),
      { type: "text", name: "twice" },
      { type: "paneldynamic", name: "panels", templateElements: [matrix("inside")] },
    );
    expect([...quietMatrices(survey)]).toEqual(["plain", "inPanel"]);
  });

  it("has none for a survey of another shape", () => {
    expect(quietMatrices({ pages: "x" } as unknown as SurveyJson).size).toBe(0);
    expect(quietMatrices({ pages: [null] } as unknown as SurveyJson).size).toBe(0);
  });
});

describe("validateAnswers with unanswered dynamic matrices", () => {
  const questionnaire = (survey: SurveyJson) => ({ survey }) as QuestionnaireVersion;

  it("still makes the rows of a matrix whose rows write a default value: the value shows the question after it", () => {
    const survey = page(
      { type: "boolean", name: "show" },
      matrix("offers", { defaultValue: "x", isRequired: false }, { visibleIf: "{show} = true" }),
      { type: "text", name: "after", visibleIf: "{offers} notempty", isRequired: true },
    );
    expect(quietMatrices(survey).size).toBe(0);
    expect(validateAnswers(questionnaire(survey), {}).errors.map((e) => `${e.code}:${e.path}`)).toEqual(["required:after"]);
  });

  it("reports a visible quiet matrix's own errors and none for its unsent rows, hidden or shown", () => {
    const survey = page({ type: "boolean", name: "show" }, matrix("offers", {}, { visibleIf: "{show} = true", isRequired: true, minRowCount: 1 }));
    const codes = (answers: Record<string, unknown>) => validateAnswers(questionnaire(survey), answers).errors.map((e) => `${e.code}:${e.path}`);
    expect(codes({ show: false })).toEqual([]);
    expect(codes({ show: true })).toEqual(["required:offers", "min-row-count:offers"]);
    expect(codes({ show: true, offers: [] })).toEqual(["required:offers", "min-row-count:offers"]);
    expect(codes({ show: true, offers: [{}] })).toEqual(["min-row-count:offers", "required:offers[0].a"]);
    expect(codes({ show: true, offers: [{ a: "x" }] })).toEqual([]);
  });
});
