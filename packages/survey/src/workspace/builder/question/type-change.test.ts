import { questionnaireFromDraft, type QuestionnaireDraft, updateElement } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { typeChangePatch, typeChoices } from "./type-change.js";

describe("typeChoices", () => {
  it("offers the family a question can change within, and nothing else", () => {
    expect(typeChoices("radiogroup")).toEqual(["radiogroup", "dropdown", "checkbox"]);
    expect(typeChoices("number")).toEqual(["text", "comment", "number"]);
    expect(typeChoices("matrix")).toEqual(["matrix"]);
    expect(typeChoices(null)).toEqual([]);
  });
});

const draftWith = (element: Record<string, unknown>): QuestionnaireDraft => ({
  audience: "offer",
  title: { da: "T", en: "T" },
  reportSections: [{ id: "s", title: { da: "S", en: "S" } }],
  survey: { pages: [{ name: "p", elements: [element] }] },
});
const findingsAfter = (element: Record<string, unknown>, to: Parameters<typeof typeChangePatch>[1]) => {
  const draft = updateElement(draftWith(element), String(element.name), typeChangePatch(element, to));
  const result = questionnaireFromDraft(draft, { announcement: "a", key: "k", version: "1.0.0" });
  return { element: draft.survey.pages[0]!.elements![0]!, issues: result.ok ? [] : result.issues };
};

describe("typeChangePatch", () => {
  const dropdown = {
    type: "dropdown",
    name: "operator",
    title: { da: "Driftsherre", en: "Operator" },
    placeholder: { da: "Vælg", en: "Choose" },
    choices: [{ value: "a", text: { da: "A", en: "A" } }],
    showOtherItem: true,
    aggregation: "choiceCounts",
    reportSection: "s",
  };

  it("keeps the choices and drops what the new type does not have", () => {
    const { element, issues } = findingsAfter(dropdown, "radiogroup");
    expect(element).toEqual({ type: "radiogroup", name: "operator", title: dropdown.title, choices: dropdown.choices, showOtherItem: true, aggregation: "choiceCounts", reportSection: "s" });
    expect(issues).toEqual([]);
  });

  it("turns text into a number with a sum, and drops a screening role the new type cannot play", () => {
    const staff = { type: "text", inputType: "number", name: "staff", title: { da: "Ansatte", en: "Staff" }, min: 0, step: 1, screening: "staff", aggregation: "sum", reportSection: "s" };
    const { element, issues } = findingsAfter(staff, "comment");
    expect(element).toEqual({ type: "comment", name: "staff", title: staff.title, aggregation: "texts", reportSection: "s" });
    expect(issues).toEqual([]);
    const back = findingsAfter(element, "number");
    expect(back.element).toMatchObject({ type: "text", inputType: "number", aggregation: "sum" });
    expect(back.issues).toEqual([]);
  });

  it("keeps a text question's own input type when it stays text", () => {
    expect(typeChangePatch({ type: "text", inputType: "email", name: "x" }, "text")).toMatchObject({ type: "text", inputType: "email" });
  });
});
