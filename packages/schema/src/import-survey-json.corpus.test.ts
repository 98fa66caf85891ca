import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { importSurveyJson } from "./import-survey-json.js";
import { questionnaireFromDraft } from "./questionnaire-draft.js";

// Real SurveyJS JSON from SurveyJS's own repositories (see fixtures/surveyjs-corpus/README.md): every survey that
// survey-core loads must import, and what validateQuestionnaire then finds must be a missing translation or
// something the import's notes point at.
const corpus = fileURLToPath(new URL("../fixtures/surveyjs-corpus/", import.meta.url));
const files = readdirSync(corpus).filter((f) => f.endsWith(".json")).sort();
const read = (file: string): unknown => JSON.parse(readFileSync(`${corpus}${file}`, "utf8"));
const translations = new Set(["missing-da", "missing-en"]);
/** an issue at `path` is what a note at `notePath` is about: the same place or inside it */
const within = (path: string, notePath: string) => path === notePath || path.startsWith(`${notePath}.`) || path.startsWith(`${notePath}[`);
/** notes that report what the import did, not a problem left in the draft */
const informative = new Set(["missing-translation", "inferred-aggregation", "default-report-section", "assumed-audience", "moved-to-draft", "wrapped-in-page", "legacy-questions", "named"]);
/** defects of the published surveys themselves, which an import carries over as they are */
const knownDefects: Record<string, string[]> = {
  // its rating column's resetValueIf reads {row.checkbox}, and the matrix has no column "checkbox"
  "surveyjs-hr-demo-add-performance-review.json": ["unknown-reference survey.pages[0].elements[2].columns[0].resetValueIf"],
};

describe("importSurveyJson on a corpus of real SurveyJS JSON", () => {
  it("has a corpus of at least 60 surveys", () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(files)("%s imports", (file) => {
    const json = read(file);
    let loads = true;
    try {
      new Model(json);
    } catch {
      loads = false;
    }
    const result = importSurveyJson(json, { language: "en" });
    if (!loads) return expect(result.ok).toBe(false);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));

    expect(() => new Model(result.draft.survey)).not.toThrow();
    const unexplained = questionnaireFromDraft(result.draft, { announcement: "corpus", key: "survey", version: "1.0.0" })
      .issues.filter((issue) => !translations.has(issue.code))
      .filter((issue) => !result.notes.some((note) => !informative.has(note.code) && within(issue.path, note.path)))
      .map((issue) => `${issue.code} ${issue.path}`);
    expect(unexplained).toEqual(knownDefects[file] ?? []);
    for (const note of result.notes) expect(note.message.trim()).not.toBe("");
  });
});
