import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importSurveyJson } from "../import-survey-json.js";
import { fuzzRuns, fuzzSeed, fuzzTimeout, withoutConsoleWarnings } from "./fuzz-settings.js";
import { mutatedJson, nastyValue } from "./json-mutation.js";
import { publishedQuestionnaires } from "./published-fixtures.js";

// Issue 14, item 8: importSurveyJson never throws and always answers – a draft with notes, or errors.

const runs = fuzzRuns(30);
const surveys = publishedQuestionnaires().map(({ json }) => json.survey);
const language = fc.constantFrom("da" as const, "en" as const);

function expectAnswer(input: unknown, lang: "da" | "en"): void {
  const result = importSurveyJson(input, { language: lang });
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) {
    expect(result.draft).toBeTypeOf("object");
    expect(Array.isArray(result.notes)).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(typeof error.message).toBe("string");
  }
}

describe("importSurveyJson under fuzzing", () => {
  it("imports the published surveys it starts from", () => {
    for (const survey of surveys) expect(importSurveyJson(survey, { language: "da" }).ok).toBe(true);
  });

  it("answers arbitrary JSON and nasty values without throwing", () => {
    withoutConsoleWarnings(() =>
      fc.assert(fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), nastyValue), language, expectAnswer), { numRuns: runs, seed: fuzzSeed() }),
    );
  }, fuzzTimeout(runs, 50));

  it("answers a published survey broken in a few places without throwing", () => {
    const arbitrary = fc.constantFrom(...surveys).chain((survey) => mutatedJson(survey));
    withoutConsoleWarnings(() =>
      fc.assert(fc.property(arbitrary, language, expectAnswer), { numRuns: runs, seed: fuzzSeed() + 1 }),
    );
  }, fuzzTimeout(runs, 300));
});
