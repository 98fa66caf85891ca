import { describe, expect, it } from "vitest";
import { answersSha256, canonicalJson } from "./answers-hash.js";

describe("answersSha256", () => {
  it("does not depend on key order, and ignores undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(answersSha256({ a: 1, b: 2 })).toBe(answersSha256({ b: 2, a: 1 }));
    expect(answersSha256({ a: 1 })).not.toBe(answersSha256({ a: "1" }));
    expect(answersSha256({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
