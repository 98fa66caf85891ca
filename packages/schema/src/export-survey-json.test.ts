import { Model, Serializer } from "survey-core";
import { describe, expect, it } from "vitest";
import { builtInAnnouncements } from "./announcements/built-in.js";
import { exportSurveyJson } from "./export-survey-json.js";
import { importSurveyJson } from "./import-survey-json.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { questionnaireFromDraft } from "./questionnaire-draft.js";

const versions: QuestionnaireVersion[] = builtInAnnouncements.flatMap((announcement) => announcement.questionnaires);
const named = versions.map((version) => [`${version.announcement}/${version.key}@${version.version}`, version] as const);
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};
/** every key anywhere in a JSON value */
const keysOf = (value: unknown): Set<string> => {
  const keys = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") for (const [k, inner] of Object.entries(v)) keys.add(k), visit(inner);
  };
  visit(value);
  return keys;
};

// This block runs first, before anything in this file registers Afrapport's properties with survey-core.
describe("exportSurveyJson in a bare survey-core", () => {
  it.each(named)("%s loads without a single JSON error", (_, version) => {
    expect(Serializer.findProperty("question", "aggregation")).toBeFalsy();
    const model = new Model(exportSurveyJson(version));
    expect(model.jsonErrors ?? []).toEqual([]);
    expect(model.getAllQuestions().length).toBeGreaterThan(0);
    model.locale = "en";
    expect(model.title).toBe(version.title.en);
  });
});

describe("exportSurveyJson", () => {
  it.each(named)("%s: title and description on top, Danish locale, pages, no Afrapport properties", (_, version) => {
    const json = exportSurveyJson(deepFreeze(structuredClone(version)));
    expect(json).toMatchObject({ locale: "da", title: version.title, pages: expect.any(Array) });
    if (version.description) expect(json.description).toEqual(version.description);
    const keys = keysOf(json);
    for (const property of ["aggregation", "reportSection", "screening", "previousNames"]) expect(keys).not.toContain(property);
    expect((json.pages as unknown[]).length).toBe(version.survey.pages.length);
  });

  it("keeps Afrapport's properties when asked, and leaves the version as it was", () => {
    const version = versions[0]!;
    const before = structuredClone(version);
    const json = exportSurveyJson(version, { keepAfrapportProperties: true });
    expect(keysOf(json)).toContain("aggregation");
    expect(keysOf(json)).toContain("reportSection");
    expect(version).toEqual(before);
  });
});

describe("export → import round trip", () => {
  it.each(named)("%s comes back the same with Afrapport's properties kept", (_, version) => {
    const exported = exportSurveyJson(version, { keepAfrapportProperties: true });
    const result = importSurveyJson(exported, { language: "da", audience: version.audience, reportSections: version.reportSections });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.draft.survey).toEqual(version.survey);
    expect(result.draft.title).toEqual(version.title);
    expect(result.draft.reportSections).toEqual(version.reportSections);
    expect(result.notes.map((n) => n.code).filter((c) => c !== "moved-to-draft" && c !== "dropped-locale-setting")).toEqual([]);
    const back = questionnaireFromDraft(result.draft, version);
    expect(back.issues).toEqual([]);
    expect(back.ok && back.questionnaire).toEqual(version);
  });

  it.each(named)("%s gives back the same questions from plain SurveyJS JSON", (_, version) => {
    const result = importSurveyJson(exportSurveyJson(version), { language: "da", audience: version.audience });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const strip = (json: unknown) => JSON.parse(JSON.stringify(json), (key, value) => (key === "reportSection" || key === "screening" || key === "previousNames" ? undefined : value));
    const withoutAggregation = (json: unknown) => JSON.parse(JSON.stringify(strip(json)), (key, value) => (key === "aggregation" ? undefined : value));
    expect(withoutAggregation(result.draft.survey)).toEqual(withoutAggregation(version.survey));
    // every aggregation the import infers is one validateQuestionnaire accepts for the question
    const back = questionnaireFromDraft(result.draft, version);
    expect(back.issues.filter((issue) => issue.code.includes("aggregation"))).toEqual([]);
  });
});
