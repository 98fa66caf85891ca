import { describe, expect, it } from "vitest";
import { nameStem, validElementName } from "./element-name.js";

describe("validElementName", () => {
  it("takes ASCII letters, digits, _ and -, starting with a letter", () => {
    for (const name of ["a", "staffCount", "q_1", "side-2", "A9"]) expect(validElementName(name)).toBe(true);
  });

  it("refuses what reads otherwise in an expression or is not ASCII", () => {
    for (const name of ["", "1a", "_a", "a b", "a.b", "a[0]", "spørgsmål", "a{b}", "a'b", " a"]) expect(validElementName(name)).toBe(false);
  });
});

describe("nameStem", () => {
  it("turns any text into a valid ASCII stem without a trailing number", () => {
    expect(nameStem("Spørgsmål 3")).toBe("Spoergsmaal");
    expect(nameStem("spoergsmaal12")).toBe("spoergsmaal");
    expect(nameStem("Årsag")).toBe("Aarsag");
    expect(nameStem("café")).toBe("cafe");
    expect(nameStem("3a")).toBe("q3a");
    expect(nameStem("42")).toBe("q");
    expect(nameStem("")).toBe("q");
    expect(nameStem("!!!")).toBe("q");
    for (const base of ["Spørgsmål 3", "3a", "", "_x", "-"]) expect(validElementName(`${nameStem(base)}1`)).toBe(true);
  });
});
