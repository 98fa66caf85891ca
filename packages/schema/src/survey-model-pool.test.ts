import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerIssues } from "./answer-issues.js";
import { builtInAnnouncements } from "./announcements/built-in.js";
import { itemValue } from "./choice-items.js";
import type { QuestionnaireVersion, SurveyJson } from "./questionnaire.js";
import { matrixColumns, multipleTextItems, surveyQuestions, type ElementJson } from "./survey-elements.js";
import { freshSurveyModel, isModelPooled, isPoolable, maxPooledVersions, withSurveyModel } from "./survey-model-pool.js";
import { validateAnswers } from "./validate-answers.js";
import { validateOnModel } from "./validate-on-model.js";

// A pooled model is reused by one respondent after another: it must never let one respondent's answers show in
// another's findings. These tests validate sequences of generated answer sets with the pool (validateAnswers) and
// each set on a model built afresh for it, and want exactly the same errors and warnings – across respondents
// who leave empty what the one before filled, answers that show and hide questions and panels, dynamic matrices
// and panels that grow and shrink, choices offered depending on other answers, and "Other" texts.

const fresh = (questionnaire: QuestionnaireVersion, answers: unknown, mode: "submit" | "draft") =>
  validateOnModel(freshSurveyModel(questionnaire), questionnaire, answers as Record<string, unknown>, new AnswerIssues(), mode);

const anyNumber = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constantFrom(-1, 0, 0.5, 11, 1e21));
const freeText = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("", "  ", "CPR 010190-1234 står her", "a@b.dk", "not an e-mail", "x".repeat(40)));
const wildcard = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyNumber, freeText);

function choiceValues(element: Record<string, unknown>): unknown[] {
  const items = [element.choices, element.rateValues, element.columns].find(Array.isArray) ?? [];
  return [...items.map(itemValue), "other", "none", "not-a-choice", 1];
}

/** A value for a question of this JSON: mostly of its kind, sometimes anything; `undefined` leaves it out. */
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
        return fc.array(choice, { maxLength: 3 });
      case "multipletext":
        return fc.dictionary(fc.constantFrom(...multipleTextItems(element).map((item) => item.name)), fc.oneof(anyNumber, freeText), { maxKeys: 3 });
      case "matrix": {
        const rows = Array.isArray(element.rows) ? element.rows.map(itemValue) : [];
        return fc.dictionary(fc.constantFrom(...rows.map(String)), choice, { maxKeys: 3 });
      }
      case "matrixdynamic":
      case "matrixdropdown": {
        const columns = matrixColumns(element);
        const row = fc.record(Object.fromEntries(columns.map((column) => [column.name, valueOf(column)])), { requiredKeys: [] });
        if (element.type === "matrixdynamic") return fc.array(row, { maxLength: 4 });
        const rows = Array.isArray(element.rows) ? element.rows.map(itemValue).map(String) : [];
        return fc.dictionary(fc.constantFrom(...rows), row, { maxKeys: rows.length });
      }
      case "paneldynamic": {
        const inner = (Array.isArray(element.templateElements) ? element.templateElements : []) as ElementJson[];
        const panel = fc.record(Object.fromEntries(inner.map((question) => [question.name, valueOf(question)])), { requiredKeys: [] });
        return fc.array(panel, { maxLength: 3 });
      }
      case "file":
        return fc.array(fc.record({ name: fc.constantFrom("a.pdf", "b.pdf"), type: fc.constant("application/pdf"), content: fc.constant("attachment:x") }), { maxLength: 2 });
      default:
        return wildcard;
    }
  })();
  return fc.oneof({ weight: 8, arbitrary: ofKind }, { weight: 1, arbitrary: wildcard });
}

/** Answers to a survey: any of its questions (often none), now and then an "other" text or an unknown key. */
function answersOf(survey: SurveyJson): fc.Arbitrary<Record<string, unknown>> {
  const questions = surveyQuestions(survey).map(({ element }) => element);
  const answers = fc.record(Object.fromEntries(questions.map((element) => [element.name, valueOf(element)])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.constantFrom("unknownQuestion", ...questions.map((q) => `${q.name}-Comment`)), freeText, { maxKeys: 2 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 6, arbitrary: fc.tuple(answers, extra, fc.boolean()).map(([a, e, withExtra]) => (withExtra ? { ...a, ...e } : a)) },
  );
}

const builtIns = builtInAnnouncements.flatMap((announcement) => announcement.questionnaires);

/** What a pooled model could carry over from one respondent to the next, in one questionnaire. */
const rich: QuestionnaireVersion = {
  ...builtIns[0]!,
  key: "model-pool-test",
  version: "1.0.0",
  survey: {
    pages: [
      {
        name: "p1",
        elements: [
          { type: "boolean", name: "more", isRequired: true },
          { type: "radiogroup", name: "pick", choices: ["a", "b", "c"], showOtherItem: true, isRequired: true },
          { type: "dropdown", name: "pickAlso", choices: ["a", "b"], showOtherItem: true },
          { type: "checkbox", name: "many", choices: ["x", "y", "z"], choicesVisibleIf: "{pick} != 'a' or {item} != 'z'", showNoneItem: true, showOtherItem: true },
          { type: "text", name: "count", inputType: "number", isRequired: true, validators: [{ type: "numeric", minValue: 0, maxValue: 10 }] },
          { type: "text", name: "mail", inputType: "email", visibleIf: "{more} = true", isRequired: true },
          { type: "comment", name: "why", visibleIf: "{pick} = 'b'", requiredIf: "{count} > 5", maxLength: 10 },
          { type: "text", name: "limit", validators: [{ type: "expression", expression: "{limit} <> 'nej'", text: "Ikke nej." }, { type: "text", maxLength: 5 }] },
          {
            type: "panel",
            name: "group",
            isRequired: true,
            visibleIf: "{more} = true",
            elements: [
              { type: "text", name: "g1" },
              { type: "rating", name: "g2", rateMin: 1, rateMax: 3 },
            ],
          },
        ],
      },
      {
        name: "p2",
        visibleIf: "{more} = true",
        elements: [
          {
            type: "multipletext",
            name: "years",
            isRequired: true,
            items: [
              { name: "y1", inputType: "number", isRequired: true, validators: [{ type: "numeric", minValue: 0 }] },
              { name: "y2", inputType: "number", validators: [{ type: "regex", regex: "^\\d+$" }] },
            ],
          },
          { type: "matrix", name: "grid", columns: ["lo", "hi"], rows: ["r1", "r2"], isAllRowRequired: true },
          {
            type: "matrixdynamic",
            name: "rows",
            rowCount: 1,
            minRowCount: 1,
            isRequired: true,
            columns: [
              { name: "label", cellType: "text", isRequired: true },
              { name: "kind", cellType: "dropdown", choices: ["k1", "k2"], showOtherItem: true },
              { name: "tags", cellType: "checkbox", choices: ["t1", "t2"], visibleIf: "{row.kind} = 'k2'" },
              { name: "n", cellType: "text", inputType: "number", validators: [{ type: "numeric", maxValue: 3 }] },
            ],
          },
          { type: "matrixdynamic", name: "quietRows", rowCount: 2, columns: [{ name: "a", cellType: "text", isRequired: true }] },
          {
            type: "matrixdropdown",
            name: "perRow",
            rows: ["m1", "m2"],
            columns: [
              { name: "yes", cellType: "boolean", isRequired: true },
              { name: "note", cellType: "comment" },
            ],
          },
          { type: "html", name: "info", html: "<p>Info</p>" },
        ],
      },
    ],
  } as unknown as SurveyJson,
};

const questionnaires = [...builtIns, rich];
const modes = fc.constantFrom("submit" as const, "draft" as const);

describe("the survey-core model pool", () => {
  for (const questionnaire of questionnaires) {
    it(`gives a reused model a fresh model's findings, respondent after respondent (${questionnaire.key}@${questionnaire.version})`, () => {
      // now and then the same answers twice running: survey-core skips setting a value equal to the one it has
      const step = fc
        .tuple(answersOf(questionnaire.survey), modes, fc.nat(3))
        .map(([answers, mode, times]) => Array<[Record<string, unknown>, "submit" | "draft"]>(times === 0 ? 2 : 1).fill([answers, mode]));
      fc.assert(
        fc.property(fc.array(step, { minLength: 2, maxLength: 5 }).map((steps) => steps.flat()), (sequence) => {
          for (const [answers, mode] of sequence) {
            expect(validateAnswers(questionnaire, answers, { mode })).toEqual(fresh(questionnaire, answers, mode));
          }
        }),
        { numRuns: Number(process.env.MODEL_POOL_RUNS ?? 15), endOnFailure: true },
      );
    }, 600_000); // a fresh survey-core model per answer set
  }

  it("forgets what the respondent before filled in: matrices, errors of questions hidden now", () => {
    const full = {
      more: true,
      pick: "other",
      "pick-Comment": "egen",
      count: 20,
      mail: "x",
      g1: "",
      years: { y1: -1, y2: 1.5 },
      grid: { r1: "lo" },
      rows: [{ label: "a", kind: "k2", tags: ["t1"], n: 9 }, { kind: "other" }, {}, { n: 1 }],
      quietRows: [{}, {}, {}],
      perRow: { m1: { note: "n" } },
    };
    for (const next of [{}, { more: false, pick: "a", count: 1 }, { more: true, rows: [{ label: "b" }] }, { more: true, rows: [{ label: "a", kind: "k2", tags: ["t1"], n: 9 }, { kind: "other" }, {}, { n: 1 }] }]) {
      for (const mode of ["submit", "draft"] as const) {
        validateAnswers(rich, full, { mode });
        expect(validateAnswers(rich, next, { mode })).toEqual(fresh(rich, next, mode));
      }
    }
  }, 120_000);

  it("uses a fresh model every time for a version with what it does not know to put back", () => {
    const variants: SurveyJson[] = [
      { pages: [{ name: "p", elements: [{ type: "paneldynamic", name: "d", templateElements: [{ type: "text", name: "t" }] }] }] },
      { pages: [{ name: "p", elements: [{ type: "dropdown", name: "d", choices: ["a"], showOtherItem: true, storeOthersAsComment: false }] }] },
      { storeOthersAsComment: false, pages: [{ name: "p", elements: [{ type: "text", name: "t" }] }] },
      { pages: [{ name: "p", elements: [{ type: "text", name: "t", defaultValue: "x" }] }] },
      { pages: [{ name: "p", elements: [{ type: "text", name: "t", setValueIf: "{u} = 1", setValueExpression: "2" }, { type: "text", name: "u" }] }] },
      { pages: [{ name: "p", elements: [{ type: "text", name: "t" }] }], triggers: [{ type: "setvalue", expression: "{t} = 1", setToName: "t", setValue: 2 }] },
      { pages: [{ name: "p", elements: [{ type: "matrixdynamic", name: "m", columns: [{ name: "c", cellType: "text", defaultValue: "x" }] }] }] },
      // kinds of element no property test has reused
      { pages: [{ name: "p", elements: [{ type: "text", name: "t" }, { type: "expression", name: "e", expression: "{t}" }] }] },
      { pages: [{ name: "p", elements: [{ type: "matrixdynamic", name: "m", columns: [{ name: "c", cellType: "expression", expression: "1" }] }] }] },
      { pages: [{ name: "p", elements: [{ type: "matrixdynamic", name: "m", columns: [{ name: "c", cellType: "text", totalType: "sum" }] }] }] },
      { pages: [{ name: "p", elements: [{ type: "tagbox", name: "t", choices: ["a", "b"] }] }] },
    ] as unknown as SurveyJson[];
    for (const survey of variants) {
      const questionnaire = { ...rich, survey };
      expect(isPoolable(survey)).toBe(false);
      const lent: unknown[] = [];
      withSurveyModel(questionnaire, ({ model }) => lent.push(model));
      withSurveyModel(questionnaire, ({ model }) => lent.push(model));
      expect(lent[1]).not.toBe(lent[0]);
    }
    expect(questionnaires.every((questionnaire) => isPoolable(questionnaire.survey))).toBe(true);
  });

  it("lends the same model again, but not one whose use threw", () => {
    const lent: unknown[] = [];
    withSurveyModel(rich, ({ model }) => lent.push(model));
    withSurveyModel(rich, ({ model }) => lent.push(model));
    expect(lent[1]).toBe(lent[0]);
    expect(() =>
      withSurveyModel(rich, ({ model }) => {
        lent.push(model);
        throw new Error("broken");
      }),
    ).toThrow("broken");
    withSurveyModel(rich, ({ model }) => lent.push(model));
    expect(lent[2]).toBe(lent[0]);
    expect(lent[3]).not.toBe(lent[0]);
  });

  it("lends another model to a validation inside a validation", () => {
    const lent: unknown[] = [];
    withSurveyModel(rich, ({ model }) => {
      lent.push(model);
      withSurveyModel(rich, ({ model: inner }) => lent.push(inner));
    });
    expect(lent[1]).not.toBe(lent[0]);
  });

  it(`keeps models of at most ${maxPooledVersions} versions, dropping the least recently used`, () => {
    const copy = () => structuredClone(builtIns.find((q) => q.key === "kommune-2022")!);
    const first = copy();
    validateAnswers(first, {});
    const others = Array.from({ length: maxPooledVersions }, copy);
    for (const [i, other] of others.entries()) {
      withSurveyModel(other, () => undefined);
      if (i === maxPooledVersions / 2) validateAnswers(rich, {}); // used again: kept
    }
    expect(isModelPooled(first)).toBe(false);
    expect(isModelPooled(rich)).toBe(true);
    expect(isModelPooled(others.at(-1)!)).toBe(true);
  }, 300_000);
});
