import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepValue, jsonPaths, mutatedJson, withOwnKey } from "./json-mutation.js";

describe("json mutation", () => {
  it("lists every path, root first, and stops at the depth asked", () => {
    expect(jsonPaths({ a: [1, { b: 2 }], c: null })).toEqual([[], ["a"], ["a", 0], ["a", 1], ["a", 1, "b"], ["c"]]);
    expect(jsonPaths(deepValue(10_000), 40)).toHaveLength(41);
  });

  it("changes a copy in one to four places and never the document", () => {
    const document = { survey: { pages: [{ elements: [{ type: "text", name: "q1" }] }] }, title: { da: "T", en: "T" } };
    const before = JSON.stringify(document);
    const samples = fc.sample(mutatedJson(document), { numRuns: 200, seed: 5 });
    expect(JSON.stringify(document)).toBe(before);
    // A value nested thousands deep is too deep for JSON.stringify: it is changed all the same.
    const text = (value: unknown) => {
      try {
        return JSON.stringify(value);
      } catch {
        return "(too deep to write)";
      }
    };
    expect(samples.filter((value) => text(value) !== before).length).toBeGreaterThan(150);
  });

  it("keeps __proto__ as an own key", () => {
    const value = withOwnKey({}, "__proto__", 1);
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
