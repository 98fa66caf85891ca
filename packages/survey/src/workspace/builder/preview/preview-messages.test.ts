import { describe, expect, it } from "vitest";
import { previewDa, previewEn } from "./preview-messages.js";

describe("the preview's words", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(previewEn).sort()).toEqual(Object.keys(previewDa).sort());
    for (const [key, value] of Object.entries({ ...previewDa, ...previewEn })) if (typeof value === "string") expect(value.trim(), key).not.toBe("");
    expect(Object.keys(previewEn.skipReasons).sort()).toEqual(Object.keys(previewDa.skipReasons).sort());
  });

  it("says in Danish what the brief asks", () => {
    expect(previewDa.restart).toBe("Start forfra");
    expect(previewDa.receiptTitle).toBe("Sådan ser kvitteringen ud");
    expect([previewDa.languageNames.da, previewDa.languageNames.en, previewDa.widthDesktop, previewDa.widthPhone]).toEqual(["Dansk", "English", "Computer", "Telefon"]);
    expect(previewDa.marks.fallback("da", "Hej")).toBe("[DA] Hej");
    expect(previewDa.fallbackNote(2, "en", "da")).toBe("2 tekster mangler på engelsk og vises på dansk, markeret [DA].");
    expect(previewDa.fallbackNote(1, "da", "en")).toBe("1 tekst mangler på dansk og vises på engelsk, markeret [EN].");
  });
});
