import { describe, expect, it } from "vitest";
import { builtInDraft, smallDraft } from "../../fixtures/drafts/drafts.js";
import { importSurveyJson } from "../import-survey-json.js";
import { questionnaireFromDraft } from "../questionnaire-draft.js";
import { updateElement, updatePage, updateQuestionnaire } from "./draft-edits.js";
import { findingsByTarget } from "./draft-findings.js";

const f = (path: string, code = "missing-en") => ({ path, code, message: "no English text" });
const identity = { announcement: "a", key: "k", version: "1.0.0" };

describe("findingsByTarget", () => {
  it("puts each finding on the innermost element whose path prefixes it", () => {
    const findings = [
      f("survey.pages[0].elements[0].title.en"),
      f("survey.pages[0].elements[1].elements[0].choices[1].text.en"),
      f("survey.pages[0].elements[1].title.en"),
      f("survey.pages[1].elements[0].templateElements[1].title.en"),
      f("survey.pages[1].elements[1]", "named"),
    ];
    const result = findingsByTarget(smallDraft(), findings);
    expect(Object.fromEntries(result.elements)).toEqual({
      a: [findings[0]],
      b: [findings[1]],
      box: [findings[2]],
      note: [findings[3]],
      d: [findings[4]],
    });
    expect(result.pages.size).toBe(0);
    expect(result.questionnaire).toEqual([]);
  });

  it("does not take elements[1] for a prefix of elements[10]", () => {
    const draft = smallDraft();
    const findings = [f("survey.pages[0].elements[10].title.en"), f("survey.pages[0].elements[1]0")];
    const result = findingsByTarget(draft, findings);
    expect(result.elements.size).toBe(0);
    expect(result.pages.get("p1")).toEqual(findings);
  });

  it("puts what concerns a page on the page and the rest on the questionnaire, in order", () => {
    const findings = [f("survey.pages[1].title.en"), f("title.en"), f("survey.pages[0].name", "duplicate-name"), f("reportSections[0].title.da", "missing-da"), f("survey", "survey-json"), f("", "internal-error")];
    const result = findingsByTarget(smallDraft(), findings);
    expect(Object.fromEntries(result.pages)).toEqual({ p2: [findings[0]], p1: [findings[2]] });
    expect(result.questionnaire).toEqual([findings[1], findings[3], findings[4], findings[5]]);
  });

  it("places every finding of validateQuestionnaire on a broken built-in questionnaire", () => {
    let draft = builtInDraft("kommune-2019");
    draft = updateElement(draft, "cooperationForms", { title: { da: "Samarbejde" }, aggregation: "sum" });
    draft = updatePage(draft, draft.survey.pages[0]!.name, { title: { da: "Side" } });
    draft = updateQuestionnaire(draft, { title: { da: "Titel" } });
    const { issues } = questionnaireFromDraft(draft, identity);
    const result = findingsByTarget(draft, issues);
    expect(result.elements.get("cooperationForms")?.map((issue) => issue.code).sort()).toEqual(["aggregation-mismatch", "missing-en"]);
    expect(result.pages.get(draft.survey.pages[0]!.name)?.map((issue) => issue.code)).toEqual(["missing-en"]);
    expect(result.questionnaire.map((issue) => issue.path)).toEqual(["title.en"]);
  });

  it("places the notes of an import on the imported draft's elements", () => {
    const imported = importSurveyJson({ title: "T", elements: [{ type: "text", name: "q" }, { type: "radiogroup", choices: ["a", "b"] }] }, { language: "da" });
    if (!imported.ok) throw new Error("import failed");
    const result = findingsByTarget(imported.draft, imported.notes);
    expect([...result.elements.keys()]).toEqual(["q", "question1"]);
    expect(result.elements.get("question1")?.map((note) => note.code)).toContain("named");
    expect(result.questionnaire.map((note) => note.code)).toEqual(expect.arrayContaining(["assumed-audience", "wrapped-in-page"]));
  });
});
