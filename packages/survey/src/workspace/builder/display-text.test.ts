import { describe, expect, test } from "vitest";
import { displayText, withLanguage } from "./display-text.js";

describe("draft texts on screen", () => {
  test("the reader's language first, then the other, then nothing", () => {
    expect(displayText({ da: "Alder", en: "Age" }, "en")).toBe("Age");
    expect(displayText({ da: "Alder", en: " " }, "en")).toBe("Alder");
    expect(displayText({ en: "Age" }, "da")).toBe("Age");
    expect(displayText({}, "da")).toBe("");
    expect(displayText(undefined, "da")).toBe("");
  });

  test("setting one language keeps the other; a blank one is left out", () => {
    expect(withLanguage({ da: "Alder" }, "en", "Age")).toEqual({ da: "Alder", en: "Age" });
    expect(withLanguage({ da: "Alder", en: "Age" }, "en", "  ")).toEqual({ da: "Alder" });
    // what is typed is kept as typed, spaces and all, so the caret never jumps
    expect(withLanguage(undefined, "da", "Alder ")).toEqual({ da: "Alder " });
  });
});
