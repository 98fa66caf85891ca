import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersSha256, canonicalJson } from "./answers-hash.js";

// The fingerprint of stored answers must never change for the same answers: receipts quote it. So the one-pass
// writer is held to the definition it replaced – JSON.stringify of a copy with the keys sorted at every level.
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, sortedCopy((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
const definition = (value: unknown) => JSON.stringify(sortedCopy(value));

describe("canonicalJson", () => {
  it("sorts keys at every level and writes what JSON.stringify writes", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: "æ\"ø" }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"x":"æ\\"ø","y":1}]},"b":1}');
    expect(canonicalJson({ gone: undefined, list: [undefined, Number.NaN, Infinity, -0] })).toBe('{"list":[null,null,null,0]}');
    expect(canonicalJson({ "": 1, "10": 2, "9": 3, ["__proto__"]: 4 })).toBe(definition({ "": 1, "10": 2, "9": 3, ["__proto__"]: 4 }));
  });

  it("is the sorted copy's JSON for any JSON value (and anything with undefined in it)", () => {
    const json = fc.jsonValue();
    const withUndefined = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.constant(undefined), fc.double(), fc.string(), fc.array(tie("value")), fc.dictionary(fc.string(), tie("value"))),
    })).value;
    // answers are an object: a value that is undefined itself has no JSON to compare
    const values = fc.oneof(json, withUndefined).filter((value) => value !== undefined);
    fc.assert(
      fc.property(values, (value) => {
        expect(canonicalJson(value)).toBe(definition(value));
      }),
      { numRuns: 500 },
    );
  });

  it("gives equal answers in any key order the same fingerprint, and different answers different ones", () => {
    expect(answersSha256({ a: 1, b: [1, 2] })).toBe(answersSha256({ b: [1, 2], a: 1 }));
    expect(answersSha256({ a: 1, b: [1, 2] })).not.toBe(answersSha256({ a: 1, b: [2, 1] }));
    expect(answersSha256({})).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });
});
