import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionnaireVersion } from "../questionnaire.js";
import { validateAnswers, type AnswerValidation } from "../validate-answers.js";
import { fuzzRuns, fuzzSeed, fuzzTimeout, withoutConsoleWarnings } from "./fuzz-settings.js";
import { mutatedJson, nastyValue, withOwnKey } from "./json-mutation.js";
import { publishedQuestionnaires, questionNames } from "./published-fixtures.js";

// Issue 14, item 8: validateAnswers never throws and always answers; ok exactly when there are no errors.

const runs = fuzzRuns(20);
const questionnaires = publishedQuestionnaires().map(({ json }) => json as unknown as QuestionnaireVersion);
const mode = fc.constantFrom("submit" as const, "draft" as const);

function expectAnswer(result: AnswerValidation): void {
  expect(typeof result.ok).toBe("boolean");
  expect(Array.isArray(result.errors)).toBe(true);
  expect(Array.isArray(result.warnings)).toBe(true);
  expect(result.ok).toBe(result.errors.length === 0);
}

/** Answers keyed by the questionnaire's own question names, with arbitrary or nasty values and a stray key or two. */
function answersFor(questionnaire: QuestionnaireVersion): fc.Arbitrary<unknown> {
  const names = questionNames(questionnaire.survey);
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyValue, fc.constantFrom("other", "none", "1", 1, ["other"], [{ value: "x" }]));
  const shaped = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: Math.min(8, names.length) });
  const stray = fc.option(fc.tuple(fc.constantFrom("__proto__", "constructor", "x", ""), value), { nil: undefined });
  return fc.tuple(shaped, stray).map(([answers, extra]) => (extra === undefined ? answers : withOwnKey(answers, extra[0], extra[1])));
}

describe("validateAnswers under fuzzing", () => {
  it("answers arbitrary JSON and nasty values as answers without throwing", () => {
    withoutConsoleWarnings(() =>
      fc.assert(
        fc.property(fc.constantFrom(...questionnaires), fc.oneof(fc.jsonValue({ maxDepth: 4 }), nastyValue), mode, (questionnaire, answers, m) =>
          expectAnswer(validateAnswers(questionnaire, answers, { mode: m })),
        ),
        { numRuns: runs, seed: fuzzSeed() },
      ),
    );
  }, fuzzTimeout(runs, 100));

  it("answers near-valid answers – the questions' own names with odd values – without throwing", () => {
    const arbitrary = fc.constantFrom(...questionnaires).chain((q) => fc.tuple(fc.constant(q), answersFor(q), mode));
    withoutConsoleWarnings(() =>
      fc.assert(fc.property(arbitrary, ([questionnaire, answers, m]) => expectAnswer(validateAnswers(questionnaire, answers, { mode: m }))), {
        numRuns: runs,
        seed: fuzzSeed() + 1,
      }),
    );
  }, fuzzTimeout(runs, 200));

  it("answers against a broken questionnaire without throwing", () => {
    const arbitrary = fc.constantFrom(...questionnaires).chain((q) => fc.tuple(mutatedJson(q), answersFor(q), mode));
    withoutConsoleWarnings(() =>
      fc.assert(
        fc.property(arbitrary, ([questionnaire, answers, m]) => expectAnswer(validateAnswers(questionnaire as QuestionnaireVersion, answers, { mode: m }))),
        { numRuns: Math.ceil(runs / 2), seed: fuzzSeed() + 2 },
      ),
    );
  }, fuzzTimeout(runs, 1_500));
});
