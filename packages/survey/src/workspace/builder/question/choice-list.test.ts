import { describe, expect, it } from "vitest";
import { addChoice, duplicateValues, moveChoice, readChoice, readChoices, removeChoice, setChoiceText, setChoiceValue, uniqueChoiceValue, valueFromText } from "./choice-list.js";

const choices = [
  { value: "a", text: { da: "A-tekst", en: "A text" } },
  "b|B-tekst",
  3,
  { value: "d", text: { da: "D" }, visibleIf: "{x} = 1" },
];

describe("readChoice", () => {
  it("reads objects, SurveyJS's value|text strings and bare values", () => {
    expect(readChoices(choices)).toEqual([
      { value: "a", text: { da: "A-tekst", en: "A text" } },
      { value: "b", text: { da: "B-tekst" } },
      { value: 3, text: {} },
      { value: "d", text: { da: "D" } },
    ]);
    expect(readChoice({ value: "x", text: "Plain" })).toEqual({ value: "x", text: { da: "Plain" } });
    expect(readChoices(undefined)).toEqual([]);
  });
});

describe("editing", () => {
  it("sets a text and leaves every other item as it was", () => {
    const next = setChoiceText(choices, 1, "en", "B text");
    expect(next[1]).toEqual({ value: "b", text: { da: "B-tekst", en: "B text" } });
    expect(next[0]).toBe(choices[0]);
    expect(next[3]).toBe(choices[3]);
    expect(choices[1]).toBe("b|B-tekst");
  });

  it("drops an emptied language, and the text when no language is left", () => {
    expect(setChoiceText(choices, 0, "en", "")[0]).toEqual({ value: "a", text: { da: "A-tekst" } });
    expect(setChoiceText(choices, 3, "da", "")[3]).toEqual({ value: "d", visibleIf: "{x} = 1" });
  });

  it("keeps an item's other properties when its value changes", () => {
    expect(setChoiceValue(choices, 3, "e")[3]).toEqual({ value: "e", text: { da: "D" }, visibleIf: "{x} = 1" });
    expect(setChoiceValue(choices, 2, 4)[2]).toEqual({ value: 4 });
  });

  it("keeps a number value a number while its text is one", () => {
    expect(valueFromText("12", 3)).toBe(12);
    expect(valueFromText("12a", 3)).toBe("12a");
    expect(valueFromText("12", "3")).toBe("12");
  });

  it("removes and moves, and refuses to move past an end", () => {
    expect(removeChoice(choices, 1)).toEqual([choices[0], choices[2], choices[3]]);
    expect(moveChoice(choices, 1, -1)).toEqual([choices[1], choices[0], choices[2], choices[3]]);
    expect(moveChoice(choices, 3, 1)).toEqual(choices);
    expect(moveChoice(choices, 0, -1)).toEqual(choices);
  });
});

describe("new values", () => {
  it("numbers a new choice after the list, skipping taken values", () => {
    expect(addChoice([], "valg")).toEqual([{ value: "valg1" }]);
    expect(addChoice(choices, "valg").at(-1)).toEqual({ value: "valg5" });
    expect(addChoice([{ value: "valg2" }, { value: "valg3" }], "valg").at(-1)).toEqual({ value: "valg4" });
    expect(addChoice([{ value: "valg2" }], "valg", { da: "Ny" }).at(-1)).toEqual({ value: "valg3", text: { da: "Ny" } });
  });

  it("never gives SurveyJS's reserved other and none, and compares values as text", () => {
    expect(uniqueChoiceValue([], "other")).toBe("other-2");
    expect(uniqueChoiceValue([], "none")).toBe("none-2");
    expect(uniqueChoiceValue([3], "3")).toBe("3-2");
    expect(uniqueChoiceValue([{ value: "ja" }, { value: "ja-2" }], "ja")).toBe("ja-3");
  });

  it("finds values given twice, 1 and \"1\" being the same answer", () => {
    expect([...duplicateValues([{ value: 1 }, "1", "b", { value: "c" }, "c|C"])]).toEqual(["1", "c"]);
  });
});
