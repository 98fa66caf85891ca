import { describe, expect, it } from "vitest";
import { replaceVariables, rewriteSurvey } from "./survey-rewrite.js";

const upper = (variable: string) => variable.toUpperCase();

describe("replaceVariables", () => {
  it("rewrites each {variable} of an expression outside string literals", () => {
    expect(replaceVariables("{a} = 'x {b}' and {c} = \"{d}\" or {e} = 'it\\'s {f}'", upper, true)).toBe("{A} = 'x {b}' and {C} = \"{d}\" or {E} = 'it\\'s {f}'");
  });

  it("rewrites every {variable} of a text, quotes or not", () => {
    expect(replaceVariables("Du svarede '{a}' om {b}", upper, false)).toBe("Du svarede '{A}' om {B}");
  });

  it("leaves an unclosed brace as it is", () => {
    expect(replaceVariables("{a} and {b", upper, true)).toBe("{A} and {b");
  });
});

describe("rewriteSurvey", () => {
  it("returns the same survey when nothing changes", () => {
    const survey = { pages: [{ name: "p", elements: [{ type: "text", name: "a", visibleIf: "{b} notempty", title: { da: "{c}" } }] }] };
    const same = rewriteSurvey(survey, { expression: (e) => e, text: (t) => t, questionName: (n) => n });
    expect(same).toBe(survey);
  });

  it("passes expressions, texts and question names each to its own rewriter, leaving names and values alone", () => {
    const survey = {
      pages: [{ name: "p", elements: [{ type: "radiogroup", name: "a", visibleIf: "{b}", title: { da: "{b}", en: "{b}" }, choices: [{ value: "b", text: { da: "b" } }] }] }],
      triggers: [{ type: "setvalue", expression: "{b}", setToName: "b", setValue: "b" }],
    };
    const next = rewriteSurvey(survey, { expression: (e) => `${e}!`, text: (t) => `${t}?`, questionName: (n) => n.toUpperCase() });
    expect(next).toEqual({
      pages: [{ name: "p", elements: [{ type: "radiogroup", name: "a", visibleIf: "{b}!", title: { da: "{b}?", en: "{b}?" }, choices: [{ value: "b", text: { da: "b?" } }] }] }],
      triggers: [{ type: "setvalue", expression: "{b}!", setToName: "B", setValue: "b" }],
    });
    expect(survey.pages[0]!.elements[0]!.visibleIf).toBe("{b}");
  });
});
