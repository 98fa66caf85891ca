import { describe, expect, it } from "vitest";
import { deepEqual, isRecord, jsonPaths } from "./json-value.js";

describe("isRecord", () => {
  it("takes objects, not arrays or null", () => {
    expect([{}, { a: 1 }, Object.create(null)].map(isRecord)).toEqual([true, true, true]);
    expect([[], null, undefined, "x", 1].map(isRecord)).toEqual([false, false, false, false, false]);
  });
});

describe("deepEqual", () => {
  it("compares objects by their defined own keys in any order, arrays in order", () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(1, "1")).toBe(false);
  });

  // diffQuestionnaires used a copy that found NaN unequal to itself, so a questionnaire with a NaN bound
  // differed from itself; merge-answers' answersEqual, now the one deepEqual, never had that fault.
  it("takes NaN as equal to NaN", () => {
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual({ min: Number.NaN }, { min: Number.NaN })).toBe(true);
  });
});

describe("jsonPaths", () => {
  it("names every object and array by its path from the root", () => {
    const survey = { pages: [{ name: "p", elements: [{ type: "text" }, { type: "panel", elements: [{ type: "comment" }] }] }] };
    const paths = jsonPaths(survey, "survey");
    expect(paths.get(survey)).toBe("survey");
    expect(paths.get(survey.pages[0]!.elements)).toBe("survey.pages[0].elements");
    expect(paths.get(survey.pages[0]!.elements[1]!.elements![0]!)).toBe("survey.pages[0].elements[1].elements[0]");
  });
});
