import type { QuestionnaireDraft } from "@afrapport/schema";
import { createSurveyModel } from "@afrapport/schema";
import { ElementFactory } from "survey-core";
import { describe, expect, it } from "vitest";
import { answerKeys, answersToKeep, previewQuestionnaire, previewTitle, type PreviewMarks } from "./preview-questionnaire.js";
import { previewKnownTypes } from "./preview-known-types.js";

const marks: PreviewMarks = {
  fallback: (from, text) => `[${from.toUpperCase()}] ${text}`,
  untitled: (name) => `(uden titel: ${name})`,
};

function draftWith(elements: unknown[], extra: Record<string, unknown> = {}): QuestionnaireDraft {
  return {
    audience: "municipality",
    title: { da: "Prøve" },
    reportSections: [{ id: "a", title: { da: "Afsnit" } }],
    survey: { pages: [{ name: "p1", elements: elements as Record<string, unknown>[] }], ...extra },
  };
}

const known = new Set(["text", "radiogroup", "panel", "paneldynamic", "file", "html", "matrixdropdown"]);

describe("previewQuestionnaire", () => {
  it("shows a text missing in one language in the other, marked, and counts it per language shown", () => {
    const draft = draftWith([
      { type: "text", name: "q1", title: { da: "Hvor mange?" } },
      { type: "radiogroup", name: "q2", title: { da: "Vælg", en: "Choose" }, choices: [{ value: "a", text: { en: "Apple" } }, { value: "b", text: { da: "Banan", en: "Banana" } }] },
    ]);
    const { questionnaire, fallbacks } = previewQuestionnaire(draft, marks, known);
    const [q1, q2] = questionnaire.survey.pages[0]!.elements as Record<string, unknown>[];
    expect(q1!.title).toEqual({ da: "Hvor mange?", en: "[DA] Hvor mange?" });
    expect(q2!.title).toEqual({ da: "Vælg", en: "Choose" });
    expect(q2!.choices).toEqual([
      { value: "a", text: { da: "[EN] Apple", en: "Apple" } },
      { value: "b", text: { da: "Banan", en: "Banana" } },
    ]);
    // q1's title in English, the choice's text in Danish; the questionnaire's own title in English too
    expect(fallbacks).toEqual({ da: 1, en: 2 });
  });

  it("treats a blank text as missing", () => {
    const { questionnaire } = previewQuestionnaire(draftWith([{ type: "text", name: "q", title: { da: "Navn", en: "  " } }]), marks, known);
    expect((questionnaire.survey.pages[0]!.elements![0] as Record<string, unknown>).title).toEqual({ da: "Navn", en: "[DA] Navn" });
  });

  it("says a question has no title instead of showing its name as one", () => {
    const { questionnaire } = previewQuestionnaire(draftWith([{ type: "text", name: "spoergsmaal3", title: {} }, { type: "text", name: "q4" }]), marks, known);
    const elements = questionnaire.survey.pages[0]!.elements as Record<string, unknown>[];
    expect(elements[0]!.title).toEqual({ da: "(uden titel: spoergsmaal3)", en: "(uden titel: spoergsmaal3)" });
    expect(elements[1]!.title).toEqual({ da: "(uden titel: q4)", en: "(uden titel: q4)" });
  });

  it("leaves a panel without a title untitled, as the respondent sees it", () => {
    const { questionnaire } = previewQuestionnaire(draftWith([{ type: "panel", name: "box", elements: [{ type: "text", name: "inner", title: { en: "Inner" } }] }]), marks, known);
    const panel = questionnaire.survey.pages[0]!.elements![0] as Record<string, unknown>;
    expect(panel.title).toBeUndefined();
    expect((panel.elements as Record<string, unknown>[])[0]!.title).toEqual({ da: "[EN] Inner", en: "Inner" });
  });

  it("leaves out elements survey-core cannot show and lists them, also inside panels and paneldynamic templates", () => {
    const draft = draftWith([
      { name: "noType" },
      { type: "bogus", name: "strange" },
      "not an element",
      { type: "panel", name: "box", elements: [{ type: "", name: "blank" }, { type: "text", name: "ok", title: { da: "OK" } }] },
      { type: "paneldynamic", name: "offers", templateElements: [{ type: "mystery", name: "m" }] },
    ]);
    const { questionnaire, skipped } = previewQuestionnaire(draft, marks, known);
    expect(skipped).toEqual([
      { name: "noType", reason: "no-type" },
      { name: "strange", reason: "unknown-type" },
      { name: "survey.pages[0].elements[2]", reason: "not-an-object" },
      { name: "blank", reason: "no-type" },
      { name: "m", reason: "unknown-type" },
    ]);
    const elements = questionnaire.survey.pages[0]!.elements as Record<string, unknown>[];
    expect(elements.map((e) => e.name)).toEqual(["box", "offers"]);
    expect((elements[0]!.elements as Record<string, unknown>[]).map((e) => e.name)).toEqual(["ok"]);
    expect(elements[1]!.templateElements).toEqual([]);
  });

  it("keeps files in the page and fetches nothing: no choicesByUrl, no survey service, no navigation", () => {
    const draft = draftWith(
      [
        { type: "file", name: "agreement", title: { da: "Aftale" }, storeDataAsText: false },
        { type: "radiogroup", name: "remote", title: { da: "Fjern" }, choicesByUrl: { url: "https://example.org/choices" } },
      ],
      { surveyId: "abc", surveyPostId: "def", navigateToUrl: "https://example.org", cookieName: "done", showProgressBar: "top" },
    );
    const { questionnaire, skipped } = previewQuestionnaire(draft, marks, known);
    const survey = questionnaire.survey as Record<string, unknown>;
    expect(Object.keys(survey).sort()).toEqual(["pages", "showProgressBar"]);
    const [file, remote] = questionnaire.survey.pages[0]!.elements as Record<string, unknown>[];
    expect(file!.storeDataAsText).toBe(true);
    expect(remote).not.toHaveProperty("choicesByUrl");
    expect(skipped).toEqual([{ name: "remote", reason: "choices-by-url" }]);
  });

  it("drops a null from a list, which survey-core cannot read", () => {
    const draft = draftWith([
      { type: "radiogroup", name: "r", title: { da: "R" }, choices: [null, "a"], validators: [null] },
      { type: "matrixdropdown", name: "m", title: { da: "M" }, columns: [null, { name: "c", title: { da: "C" } }], rows: ["x", null] },
    ]);
    const { questionnaire } = previewQuestionnaire(draft, marks, previewKnownTypes());
    const [r, m] = questionnaire.survey.pages[0]!.elements as Record<string, unknown>[];
    expect(r!.choices).toEqual(["a"]);
    expect(r!.validators).toEqual([]);
    expect(m!.columns).toEqual([{ name: "c", title: { da: "C", en: "[DA] C" } }]);
    expect(m!.rows).toEqual(["x"]);
    expect(() => createSurveyModel(questionnaire, "da")).not.toThrow();
  });

  it("does not change the draft", () => {
    const draft = draftWith([{ type: "text", name: "q", title: { da: "A" } }, { name: "x" }]);
    const before = structuredClone(draft);
    previewQuestionnaire(draft, marks, known);
    expect(draft).toEqual(before);
  });

  it("gives survey-core a model it shows in both languages, with the markers", () => {
    const draft = draftWith([
      { type: "text", name: "count", title: { da: "Antal" }, isRequired: true },
      { type: "matrixdropdown", name: "grid", title: { en: "Grid" }, rows: [{ value: "r", text: { da: "Række" } }], columns: [{ name: "c", title: { da: "Kolonne" }, cellType: "text" }] },
      { type: "weird", name: "w" },
    ]);
    const { questionnaire } = previewQuestionnaire(draft, marks, previewKnownTypes());
    const model = createSurveyModel(questionnaire, "en");
    expect(model.getAllQuestions().map((q) => q.name)).toEqual(["count", "grid"]);
    expect(model.getQuestionByName("count").title).toBe("[DA] Antal");
    model.locale = "da";
    expect(model.getQuestionByName("grid").title).toBe("[EN] Grid");
    expect(model.jsonErrors ?? []).toEqual([]);
  });
});

describe("previewKnownTypes", () => {
  it("names survey-core's question types and the panels", () => {
    const types = previewKnownTypes();
    for (const type of ["text", "comment", "radiogroup", "checkbox", "dropdown", "boolean", "multipletext", "matrix", "matrixdropdown", "matrixdynamic", "paneldynamic", "file", "html", "expression", "panel"]) {
      expect(types.has(type), type).toBe(true);
    }
    expect(types.has("bogus")).toBe(false);
    expect(ElementFactory.Instance.getAllTypes().length).toBeGreaterThan(10);
  });
});

describe("answersToKeep", () => {
  it("keeps the answers whose question is still there, by name or valueName, nested ones too", () => {
    const { questionnaire } = previewQuestionnaire(
      draftWith([
        { type: "text", name: "a" },
        { type: "panel", name: "box", elements: [{ type: "text", name: "b", valueName: "bee" }] },
        { type: "paneldynamic", name: "offers", templateElements: [{ type: "text", name: "offerName" }] },
      ]),
      marks,
      known,
    );
    const keys = answerKeys(questionnaire);
    expect([...keys].sort()).toEqual(["a", "b", "bee", "box", "offers"]);
    expect(answersToKeep({ a: 1, bee: "x", offers: [{ offerName: "T" }], gone: 4 }, keys)).toEqual({ a: 1, bee: "x", offers: [{ offerName: "T" }] });
  });
});

describe("previewTitle", () => {
  it("gives the title in the language shown, the other one marked when it is missing", () => {
    const draft = draftWith([]);
    expect(previewTitle(draft, marks, "da")).toBe("Prøve");
    expect(previewTitle(draft, marks, "en")).toBe("[DA] Prøve");
    expect(previewTitle({ ...draft, title: { en: " " } }, marks, "da")).toBe("(uden titel: )");
  });
});
