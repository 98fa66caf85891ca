import { describe, expect, it } from "vitest";
import { deepText, raw, toJsonText, withOwnKey } from "./nasty-json.js";

describe("nasty JSON", () => {
  it("writes raw() markers verbatim, where JSON.stringify could not", () => {
    expect(toJsonText({ a: raw("1e309"), b: [raw("-0"), "1e309"] })).toBe('{"a":1e309,"b":[-0,"1e309"]}');
    expect(JSON.parse(toJsonText({ a: raw("1e309") })).a).toBe(Infinity);
    expect(toJsonText(undefined)).toBe("null");
  });

  it("nests deepText exactly as deep as asked", () => {
    expect(deepText(2)).toBe('{"a":{"a":1}}');
    let value: unknown = JSON.parse(deepText(100));
    let depth = 0;
    while (typeof value === "object" && value !== null) {
      value = (value as { a: unknown }).a;
      depth++;
    }
    expect(depth).toBe(100);
  });

  it("makes __proto__ an own key that JSON.stringify writes", () => {
    const value = withOwnKey("__proto__", { polluted: true }, { a: 1 });
    expect(Object.keys(value)).toEqual(["a", "__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(JSON.stringify(value)).toBe('{"a":1,"__proto__":{"polluted":true}}');
  });
});
