import { describe, expect, it } from "vitest";
import { smallDraft } from "../../fixtures/drafts/drafts.js";
import { questionnaireFromDraft } from "../questionnaire-draft.js";
import { addElement } from "./draft-edits.js";
import { newElement, uniqueName } from "./new-element.js";
import { builderQuestionTypes, builderTypeOf, questionTypeInfo } from "./question-types.js";
import { validElementName } from "./element-name.js";

const identity = { announcement: "a", key: "k", version: "1.0.0" };

/** Every `{ da: "" }` of the JSON given a Danish and an English text, as a secretariat would fill them in. */
function filled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(filled);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length === 1 && record.da === "") return { da: "Tekst", en: "Text" };
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, filled(inner)]));
}

describe("newElement", () => {
  it.each(builderQuestionTypes)("makes a %s that validates once its texts are written", (type) => {
    const draft = smallDraft();
    const element = newElement(draft, type);
    expect(builderTypeOf(element)).toBe(type);
    expect(validElementName(element.name as string)).toBe(true);

    const added = addElement(draft, element, { container: "p1" });
    const issues = questionnaireFromDraft(added, identity).issues;
    // only the texts are missing, and they are missing in Danish as well as English
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(["missing-da", "missing-en"]));

    const done = addElement(draft, filled(element) as Record<string, unknown>, { container: "p1" });
    expect(questionnaireFromDraft(done, identity).issues).toEqual([]);
  });

  it("gives a question the type's default aggregation and the first report section", () => {
    const draft = { ...smallDraft(), reportSections: [{ id: "first", title: { da: "F", en: "F" } }, { id: "second", title: { da: "S", en: "S" } }] };
    for (const type of builderQuestionTypes) {
      const element = newElement(draft, type);
      const info = questionTypeInfo(type);
      if (info.answers) expect(element).toMatchObject({ aggregation: info.aggregations[0], reportSection: "first" });
      else expect(element).not.toHaveProperty("aggregation");
    }
  });

  it("gives the shapes the editor starts from", () => {
    const draft = smallDraft();
    expect(newElement(draft, "radiogroup").choices).toHaveLength(2);
    expect(newElement(draft, "checkbox").choices).toHaveLength(2);
    expect(newElement(draft, "dropdown").choices).toHaveLength(2);
    expect(newElement(draft, "matrix")).toMatchObject({ rows: [expect.anything()], columns: [expect.anything(), expect.anything()] });
    expect(newElement(draft, "matrixdropdown")).toMatchObject({ rows: [expect.anything()], columns: [expect.anything(), expect.anything()] });
    expect(newElement(draft, "multipletext").items).toHaveLength(1);
    expect(newElement(draft, "paneldynamic").templateElements).toEqual([]);
    expect(newElement(draft, "panel").elements).toEqual([]);
    expect(newElement(draft, "number")).toMatchObject({ type: "text", inputType: "number", title: { da: "" } });
    expect(newElement(draft, "html")).toMatchObject({ html: { da: "" } });
  });

  it("does not change the draft", () => {
    const draft = smallDraft();
    const before = JSON.stringify(draft);
    newElement(draft, "radiogroup");
    expect(JSON.stringify(draft)).toBe(before);
  });
});

describe("uniqueName", () => {
  it("numbers the stem from 1, skipping names in use ignoring case", () => {
    let draft = smallDraft();
    expect(uniqueName(draft, "spoergsmaal")).toBe("spoergsmaal1");
    draft = addElement(draft, { ...newElement(draft, "text"), name: "Spoergsmaal1" }, { container: "p1" });
    expect(uniqueName(draft, "spoergsmaal")).toBe("spoergsmaal2");
    expect(newElement(draft, "text").name).toBe("spoergsmaal2");
  });

  it("starts a taken name's copy at 2 and counts on from a numbered name", () => {
    const draft = smallDraft();
    expect(uniqueName(draft, "a")).toBe("a2");
    expect(uniqueName(draft, "kids")).toBe("kids2");
    expect(uniqueName(draft, "c7")).toBe("c2");
  });

  it("avoids page names and template names too", () => {
    const draft = smallDraft();
    expect(uniqueName(draft, "p")).toBe("p3");
    expect(uniqueName(draft, "age")).toBe("age2");
  });

  it("makes an ASCII name of any text", () => {
    expect(uniqueName(smallDraft(), "Spørgsmål om æbler")).toBe("Spoergsmaalomaebler1");
  });
});
