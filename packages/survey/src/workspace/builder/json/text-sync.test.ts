import { describe, expect, it } from "vitest";
import { contentKey, minimalChange } from "./text-sync.js";

describe("contentKey", () => {
  it("is the same for the same content in another key order, nested too", () => {
    expect(contentKey({ a: 1, b: { c: [1, { d: 2, e: 3 }], f: "x" } })).toBe(contentKey({ b: { f: "x", c: [1, { e: 3, d: 2 }] }, a: 1 }));
  });

  it("differs when a value, or the order of a list, differs", () => {
    expect(contentKey({ a: [1, 2] })).not.toBe(contentKey({ a: [2, 1] }));
    expect(contentKey({ a: "1" })).not.toBe(contentKey({ a: 1 }));
  });
});

describe("minimalChange", () => {
  const apply = (text: string, change: { from: number; to: number; insert: string } | null) =>
    change === null ? text : text.slice(0, change.from) + change.insert + text.slice(change.to);

  it("replaces only the part between the common start and end", () => {
    expect(minimalChange('{"a": "Hej", "b": 2}', '{"a": "Hej du", "b": 2}')).toEqual({ from: 10, to: 10, insert: " du" });
    expect(minimalChange("abcdef", "abXdef")).toEqual({ from: 2, to: 3, insert: "X" });
  });

  it("is null for no change and handles repeated characters at the seam", () => {
    expect(minimalChange("same", "same")).toBeNull();
    for (const [before, after] of [["aaa", "aaaa"], ["aaaa", "aa"], ["", "x"], ["x", ""], ["abab", "ab"], ["ab", "abab"]] as const) {
      expect(apply(before, minimalChange(before, after))).toBe(after);
    }
  });
});
