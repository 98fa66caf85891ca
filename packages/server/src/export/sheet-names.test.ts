import { describe, expect, it } from "vitest";
import { SheetNames } from "./sheet-names.js";

describe("SheetNames", () => {
  it("keeps names Excel accepts: at most 31 characters, no forbidden characters, no apostrophe at the ends", () => {
    const names = new SheetNames();
    expect(names.take("Kommunernes afrapportering: udsatte gravide kvinder [2019]")).toBe("Kommunernes afrapportering udsa");
    expect(names.take("'a/b\\c?d*e'")).toBe("a b c d e");
    expect(names.take("   ")).toBe("Ark");
    expect(names.take("History")).toBe("History (2)");
  });

  it("makes names unique regardless of case, within 31 characters", () => {
    const names = new SheetNames();
    const long = "kommune-2019 – offersUsed-and-more-text";
    const first = names.take(long);
    const second = names.take(long.toUpperCase());
    expect(first).toHaveLength(31);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(names.take("Æblerne")).toBe("Æblerne");
    expect(names.take("æblerne")).toBe("æblerne (2)");
  });

  it("does not cut a character in half", () => {
    const name = new SheetNames().take(`${"x".repeat(30)}😀`);
    expect(name).toBe("x".repeat(30));
  });
});
