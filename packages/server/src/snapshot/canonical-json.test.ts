import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "./canonical-json.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth, so key order does not change the text", () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: "æøå" } };
    const b = { a: { c: "æøå", d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"æøå","d":[{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it("keeps array order and drops undefined members like JSON.stringify", () => {
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined, none: null })).toBe('{"list":[3,1,2],"none":null}');
    expect(canonicalJson([undefined])).toBe("[null]");
  });

  it("hashes UTF-8 text as hex sha256", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("æ")).toHaveLength(64);
  });
});
