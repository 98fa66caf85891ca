import { describe, expect, it } from "vitest";
import { answerNumber, formatNumber, isUnanswered, joinList, quoteValue, surveyText } from "./report-text.js";

describe("answerNumber", () => {
  it("reads finite numbers and whole numbers written as text", () => {
    expect(answerNumber(12)).toBe(12);
    expect(answerNumber(0)).toBe(0);
    expect(answerNumber(2.5)).toBe(2.5);
    expect(answerNumber(" 7 ")).toBe(7);
    expect(answerNumber("-3")).toBe(-3);
  });
  it("refuses everything ambiguous or not a number", () => {
    for (const value of ["1.000", "12,5", "ca. 10", "", "  ", NaN, Infinity, null, undefined, true, [3], { n: 3 }]) {
      expect(answerNumber(value)).toBeUndefined();
    }
  });
});

describe("isUnanswered", () => {
  it("treats empty values as unanswered and 0/false as answers", () => {
    for (const value of [undefined, null, "", "  ", [], {}, { "2017": null, "2018": " " }]) expect(isUnanswered(value)).toBe(true);
    for (const value of [0, false, "x", [1], { a: 1 }, { a: null, b: 0 }]) expect(isUnanswered(value)).toBe(false);
  });
});

describe("formatting", () => {
  it("writes numbers the Danish and the English way", () => {
    expect(formatNumber(1234.5, "da")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
  });
  it("joins lists", () => {
    expect(joinList([], "da")).toBe("");
    expect(joinList(["a"], "da")).toBe("a");
    expect(joinList(["a", "b", "c"], "da")).toBe("a, b og c");
    expect(joinList(["a", "b"], "en")).toBe("a and b");
  });
  it("quotes values and cuts long ones", () => {
    expect(quoteValue("x")).toBe('"x"');
    expect(quoteValue({ a: 1 })).toBe('{"a":1}');
    expect(quoteValue("y".repeat(100))).toHaveLength(58);
  });
});

describe("surveyText", () => {
  it("reads plain and localised SurveyJS texts", () => {
    expect(surveyText("Ja", "x")).toEqual({ da: "Ja", en: "Ja" });
    expect(surveyText({ default: "Ja", en: "Yes" }, "x")).toEqual({ da: "Ja", en: "Yes" });
    expect(surveyText({ da: "Ja", en: "Yes", default: "Oui" }, "x")).toEqual({ da: "Ja", en: "Yes" });
    expect(surveyText({ en: "Yes" }, "x")).toEqual({ da: "Yes", en: "Yes" });
    expect(surveyText(undefined, "fallback")).toEqual({ da: "fallback", en: "fallback" });
    expect(surveyText({ default: "" }, "fb")).toEqual({ da: "fb", en: "fb" });
  });
});
