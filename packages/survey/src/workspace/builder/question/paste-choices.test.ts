import { describe, expect, it } from "vitest";
import { choiceValueFromText, pastedChoices } from "./paste-choices.js";

describe("choiceValueFromText", () => {
  it("makes readable ASCII values from Danish text", () => {
    expect(choiceValueFromText("Samarbejde med regionen, fx familieambulatoriet")).toBe("samarbejde-med-regionen-fx");
    expect(choiceValueFromText("Ældre på døgnbehandling")).toBe("aeldre-paa-doegnbehandling");
    expect(choiceValueFromText("Serviceloven § 101")).toBe("serviceloven-101");
    expect(choiceValueFromText("Café")).toBe("cafe");
    expect(choiceValueFromText("§ – …")).toBe("");
    expect(choiceValueFromText("a".repeat(50))).toBe("a".repeat(40));
  });
});

describe("pastedChoices", () => {
  it("makes one choice per non-blank line", () => {
    expect(pastedChoices([], "Kommunal\n\n  Regional  \r\nPrivat\n")).toEqual([
      { value: "kommunal", text: { da: "Kommunal" } },
      { value: "regional", text: { da: "Regional" } },
      { value: "privat", text: { da: "Privat" } },
    ]);
  });

  it("reads Danish and English from two columns, and value, Danish and English from three", () => {
    expect(pastedChoices([], "Ja\tYes\nNej | No\nved-ikke\tVed ikke\tDon't know")).toEqual([
      { value: "ja", text: { da: "Ja", en: "Yes" } },
      { value: "nej", text: { da: "Nej", en: "No" } },
      { value: "ved-ikke", text: { da: "Ved ikke", en: "Don't know" } },
    ]);
  });

  it("keeps values unique against the list and the lines before", () => {
    expect(pastedChoices([{ value: "ja" }], "Ja\nJa!\nAndet").map((choice) => choice.value)).toEqual(["ja-2", "ja-3", "andet"]);
  });

  it("falls back to the English text, then to a numbered stem, when the Danish text has no letters", () => {
    expect(pastedChoices([], "§\tParagraph\n…").map((choice) => choice.value)).toEqual(["paragraph", "valg"]);
  });
});
