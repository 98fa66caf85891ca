import { describe, expect, it } from "vitest";
import { fieldId, findingField, findingsByField } from "./finding-fields.js";

const element = "survey.pages[1].elements[0]";
const at = (path: string, code = "missing-en") => ({ path: `${element}${path}`, code, message: "" });

describe("findingField", () => {
  it("names the field below the element", () => {
    expect(findingField(at(".title.en"), element)).toBe("title.en");
    expect(findingField(at(".choices[2].text.en"), element)).toBe("choices[2].text.en");
    expect(findingField(at(".visibleIf", "unknown-reference"), element)).toBe("visibleIf");
    expect(findingField(at(".aggregation", "aggregation-mismatch"), element)).toBe("aggregation");
    expect(findingField(at(".columns[1].choices[0].text.da", "missing-da"), element)).toBe("columns[1].choices[0].text.da");
  });

  it("sends a whole missing or unlocalized text to its Danish field", () => {
    expect(findingField(at(".title", "missing-da"), element)).toBe("title.da");
    expect(findingField(at(".description", "not-localized"), element)).toBe("description.da");
    expect(findingField(at(".items[0].title", "missing-da"), element)).toBe("items[0].title.da");
  });

  it("sends an item's finding to its value, or to its text when the text is missing", () => {
    expect(findingField(at(".choices[2]", "duplicate-choice"), element)).toBe("choices[2].value");
    expect(findingField(at(".rows[0]", "missing-da"), element)).toBe("rows[0].text.da");
    expect(findingField(at(".choices[1]", "not-localized"), element)).toBe("choices[1].text.da");
  });

  it("gathers every validator finding at the validator fields", () => {
    expect(findingField(at(".validators[1].text.en"), element)).toBe("validators");
  });

  it("keeps findings of the element itself and leaves out other elements", () => {
    expect(findingField(at(""), element)).toBe("");
    expect(findingField({ path: "survey.pages[1].elements[0]0", code: "x" }, element)).toBeNull();
    expect(findingField({ path: "survey.pages[1].elements[10].title.en", code: "missing-en" }, element)).toBeNull();
    expect(findingField({ path: "title.en", code: "missing-en" }, element)).toBeNull();
  });
});

describe("findingsByField", () => {
  it("groups the element's findings by field", () => {
    const findings = [at(".title.en"), at(".title", "missing-da"), at(".title.en", "other"), { path: "survey.pages[0].name", code: "x", message: "" }];
    const grouped = findingsByField(findings, element);
    expect([...grouped.keys()]).toEqual(["title.en", "title.da"]);
    expect(grouped.get("title.en")).toHaveLength(2);
  });
});

describe("fieldId", () => {
  it("makes an id out of a field path", () => {
    expect(fieldId("q1", "choices[2].text.en")).toBe("q1-choices-2--text-en");
  });
});
