import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settings } from "survey-core";
import { checkDraft, draftCheckerOf, isDraftCheckerCached, maxCompiledVersions } from "./answer-draft-checker.js";
import { itemValue } from "./choice-items.js";
import { builtInAnnouncements } from "./announcements/built-in.js";
import type { QuestionnaireVersion, SurveyJson } from "./questionnaire.js";
import { matrixColumns, multipleTextItems, surveyQuestions, type ElementJson } from "./survey-elements.js";
import { validateAnswers, validateDraft } from "./validate-answers.js";

// validateDraft must give exactly what validateAnswers gives in draft mode – the compiled checker is only a faster
// way to the same findings. These tests hold the two to each other on generated answers: right and wrong types,
// choices in and out of the list, numbers on both sides of the validators' bounds, CPR numbers in free text,
// unknown keys – for every built-in questionnaire and for one built to use what the checker models.

const sameAsFullPass = (questionnaire: QuestionnaireVersion, answers: unknown) =>
  expect(validateDraft(questionnaire, answers)).toEqual(validateAnswers(questionnaire, answers, { mode: "draft" }));

const anyNumber = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constantFrom(-1, 0, -0, 0.5, 1.25, 1e21, 2 ** 53, -1e-7), fc.double({ noNaN: true }));
const freeText = fc.oneof(fc.string(), fc.constantFrom("", "  ", "CPR 010190-1234 står her", "0101901234", "1234-010190-1234", "x".repeat(300)));
const wildcard = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyNumber, freeText);

function choiceValues(element: Record<string, unknown>): unknown[] {
  const items = [element.choices, element.rateValues, element.columns].find(Array.isArray) ?? [];
  return [...items.map(itemValue), "other", "none", "not-a-choice", 1];
}

/** A value for a question of this JSON: mostly of its kind (right or slightly wrong), sometimes anything. */
function valueOf(element: ElementJson): fc.Arbitrary<unknown> {
  const choice = fc.constantFrom(...choiceValues(element));
  const ofKind = (() => {
    switch (element.type) {
      case "text":
        return element.inputType === "number" ? anyNumber : freeText;
      case "comment":
        return freeText;
      case "boolean":
        return fc.boolean();
      case "radiogroup":
      case "dropdown":
      case "rating":
        return choice;
      case "checkbox":
      case "tagbox":
        return fc.array(choice, { maxLength: 4 });
      case "multipletext":
        return fc.dictionary(fc.constantFrom(...multipleTextItems(element).map((item) => item.name), "unknown"), fc.oneof(anyNumber, freeText), { maxKeys: 4 });
      case "matrix": {
        const rows = Array.isArray(element.rows) ? element.rows.map(itemValue) : [];
        return fc.dictionary(fc.constantFrom(...rows.map(String), "unknown"), choice, { maxKeys: 4 });
      }
      case "matrixdynamic": {
        const columns = matrixColumns(element);
        const cell = (column: ElementJson) => valueOf(column);
        const row = fc.record(Object.fromEntries(columns.map((column) => [column.name, cell(column)])), { requiredKeys: [] });
        return fc.array(fc.oneof(row, fc.dictionary(fc.constantFrom("unknown", ...columns.map((c) => c.name)), wildcard, { maxKeys: 2 })), { maxLength: 3 });
      }
      case "file":
        return fc.array(fc.record({ name: fc.string(), type: fc.constant("application/pdf"), content: fc.constant("attachment:x") }), { maxLength: 2 });
      default:
        return wildcard;
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: ofKind }, { weight: 1, arbitrary: wildcard });
}

/** Answers to a survey: some of its questions, now and then an "other" text, an unknown key or a forbidden one. */
function answersOf(survey: SurveyJson): fc.Arbitrary<Record<string, unknown>> {
  const questions = surveyQuestions(survey).map(({ element }) => element);
  const entries = questions.map((element) => [element.name, valueOf(element)] as const);
  return fc
    .tuple(
      fc.record(Object.fromEntries(entries), { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom("unknownQuestion", ...questions.map((q) => `${q.name}-Comment`)), freeText, { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([answers, extra, withExtra]) => (withExtra ? { ...answers, ...extra } : answers));
}

const builtIns = builtInAnnouncements.flatMap((announcement) => announcement.questionnaires);

/** A questionnaire that uses what the checker models: choices with "Other" and "None", rating, matrix, a dynamic matrix, number fields with validators. */
const modelled: QuestionnaireVersion = {
  ...builtIns[0]!,
  key: "draft-checker-test",
  version: "1.0.0",
  survey: {
    pages: [
      {
        name: "p1",
        elements: [
          { type: "text", name: "count", inputType: "number", isRequired: true, validators: [{ type: "numeric", minValue: 1, maxValue: 10, text: "Mellem 1 og 10." }] },
          { type: "text", name: "free", maxLength: 5 },
          { type: "radiogroup", name: "pick", choices: ["a", { value: 2, text: "To" }], showOtherItem: true, storeOthersAsComment: false },
          { type: "checkbox", name: "many", choices: ["x", "y", { value: "z", text: "Z", isExclusive: true }], showNoneItem: true, showOtherItem: true },
          { type: "rating", name: "stars", rateMin: 1, rateMax: 5 },
          { type: "boolean", name: "yes", valueTrue: "ja", valueFalse: "nej" },
          {
            type: "panel",
            name: "box",
            visibleIf: "{yes} = 'ja'",
            elements: [{ type: "comment", name: "why", visibleIf: "{pick} = 'a'", isRequired: true }],
          },
        ],
      },
      {
        name: "p2",
        elements: [
          {
            type: "multipletext",
            name: "years",
            items: [
              { name: "2020", inputType: "number", validators: [{ type: "numeric", minValue: 0, text: { da: "Mindst 0.", en: "At least 0." } }, { type: "regex", regex: "^\\d+$", text: { da: "Helt tal.", en: "Whole number." } }] },
              { name: "note" },
            ],
          },
          { type: "matrix", name: "grid", columns: ["lo", "hi"], rows: ["r1", { value: "r2", text: "R2" }], isAllRowRequired: true },
          {
            type: "matrixdynamic",
            name: "rows",
            rowCount: 1,
            minRowCount: 1,
            columns: [
              { name: "label", cellType: "text", isRequired: true },
              { name: "kind", cellType: "dropdown", choices: ["k1", "k2"] },
              { name: "tags", cellType: "checkbox", choices: ["t1", "t2"] },
              { name: "n", cellType: "text", inputType: "number" },
            ],
          },
          { type: "html", name: "info", html: "<p>Info</p>" },
        ],
      },
    ],
  } as unknown as SurveyJson,
};

/** A copy of `modelled` with one element changed, for what the checker must leave to the full pass. */
function variant(change: (elements: Record<string, unknown>[]) => void): QuestionnaireVersion {
  const copy = structuredClone(modelled);
  change(copy.survey.pages[0]!.elements as unknown as Record<string, unknown>[]);
  return copy;
}

describe("validateDraft", () => {
  it("compiles the built-in questionnaires whose rules it models, and the test questionnaire", () => {
    const compiled = builtIns.filter((q) => draftCheckerOf(q) !== undefined).map((q) => q.key);
    expect(compiled).toContain("kommune-2022");
    expect(compiled.length).toBeGreaterThan(0);
    expect(draftCheckerOf(modelled)).toBeDefined();
  });

  for (const questionnaire of [...builtIns, modelled]) {
    it(`gives validateAnswers' draft findings for ${questionnaire.key}@${questionnaire.version} (${draftCheckerOf(questionnaire) ? "compiled" : "full pass"})`, () => {
      fc.assert(
        fc.property(answersOf(questionnaire.survey), (answers) => {
          sameAsFullPass(questionnaire, answers);
        }),
        { numRuns: Number(process.env.DRAFT_CHECKER_RUNS ?? 25), endOnFailure: true },
      );
    }, 300_000); // the full pass builds a survey-core model per call
  }

  it("gives the same findings as the full pass for answers that are no object, and for forbidden keys", () => {
    for (const answers of [null, [], "text", 3, { __proto__: null, count: 20 }, JSON.parse('{"years":{"__proto__":1,"2020":-1}}')]) {
      sameAsFullPass(modelled, answers);
    }
  });

  it("leaves a dynamic matrix with more rows than survey-core makes to the full pass", () => {
    const checker = draftCheckerOf(modelled)!;
    expect(checkDraft(checker, { rows: Array.from({ length: settings.matrix.maxRowCount }, () => ({ kind: "k1" })) })).toBeDefined();
    expect(checkDraft(checker, { rows: Array.from({ length: settings.matrix.maxRowCount + 1 }, () => ({ kind: "k1" })) })).toBeUndefined();
  });

  it("leaves to the full pass what it does not model", () => {
    const unmodelled = [
      variant((e) => ((e[0]!.validators as unknown[]).push({ type: "expression", expression: "{count} > 2", text: "Mere end 2." }))),
      variant((e) => (e[0]!.validators = [{ type: "numeric", minValue: 1 }])), // survey-core's own text
      variant((e) => (e[0]!.step = 1)),
      variant((e) => (e[0]!.visibleIf = "{yes} = 'ja'")), // survey-core does not validate a hidden question
      variant((e) => (e[2]!.choicesVisibleIf = "{item} != 'a'")),
      variant((e) => (e[3]!.defaultValue = ["x"])),
      variant((e) => e.push({ type: "paneldynamic", name: "dyn", templateElements: [{ type: "text", name: "t" }] })),
      variant((e) => e.push({ type: "expression", name: "sum", expression: "{count} + 1" })),
      { ...modelled, survey: { ...modelled.survey, triggers: [{ type: "setvalue", expression: "{yes} = 'ja'", setToName: "free", setValue: "x" }] } as SurveyJson },
    ];
    for (const questionnaire of unmodelled) {
      expect(draftCheckerOf(questionnaire)).toBeUndefined();
      sameAsFullPass(questionnaire, { count: 0, pick: "a", yes: "ja", many: ["x"] });
    }
  }, 60_000);
});

describe("the compiled checkers", () => {
  it("are compiled per version: a new version with other rules is not checked by the old one's", () => {
    const stricter = variant((e) => (e[0]!.validators = [{ type: "numeric", minValue: 5, text: "Mindst 5." }]));
    expect(validateDraft(modelled, { count: 3 }).errors).toEqual([]);
    expect(validateDraft(stricter, { count: 3 }).errors).toEqual([{ question: "count", path: "count", code: "out-of-range", message: { da: "Mindst 5.", en: "Mindst 5." } }]);
    expect(validateDraft(modelled, { count: 3 }).errors).toEqual([]);
  });

  it(`keep at most ${maxCompiledVersions} versions, dropping the least recently used`, () => {
    const first = variant(() => {});
    draftCheckerOf(first);
    const others = Array.from({ length: maxCompiledVersions }, () => variant(() => {}));
    for (const [i, other] of others.entries()) {
      draftCheckerOf(other);
      if (i === maxCompiledVersions / 2) draftCheckerOf(modelled); // used again: kept
    }
    expect(isDraftCheckerCached(first)).toBe(false);
    expect(isDraftCheckerCached(modelled)).toBe(true);
    expect(isDraftCheckerCached(others.at(-1)!)).toBe(true);
    // a version dropped from the cache is compiled again when it is used again, with the same findings
    sameAsFullPass(first, { count: 11, years: { "2020": 1.5 } });
  }, 120_000);
});
