import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateQuestionnaire } from "../validate-questionnaire.js";
import { fuzzRuns, fuzzSeed, fuzzTimeout, withoutConsoleWarnings } from "./fuzz-settings.js";
import { mutatedJson, nastyValue } from "./json-mutation.js";
import { publishedQuestionnaires } from "./published-fixtures.js";

// Issue 14, item 8: validateQuestionnaire never throws and always answers – ok with the questionnaire, or issues.

const runs = fuzzRuns(30);
const published = publishedQuestionnaires();

function expectAnswer(input: unknown): void {
  const result = validateQuestionnaire(input);
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) expect(result.issues).toEqual([]);
  else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(typeof issue.message).toBe("string");
  }
}

describe("validateQuestionnaire under fuzzing", () => {
  it("accepts the published questionnaires it starts from", () => {
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const { file, json } of published) expect(validateQuestionnaire(json).ok, file).toBe(true);
  });

  it("answers arbitrary JSON and nasty values without throwing", () => {
    withoutConsoleWarnings(() =>
      fc.assert(fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), nastyValue), expectAnswer), { numRuns: runs, seed: fuzzSeed() }),
    );
  }, fuzzTimeout(runs, 50));

  it("answers a published questionnaire broken in a few places without throwing", () => {
    const arbitrary = fc.constantFrom(...published).chain(({ json }) => mutatedJson(json));
    withoutConsoleWarnings(() =>
      fc.assert(fc.property(arbitrary, expectAnswer), { numRuns: runs, seed: fuzzSeed() + 1 }),
    );
  }, fuzzTimeout(runs, 300));
});
