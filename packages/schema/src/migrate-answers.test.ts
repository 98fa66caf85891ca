import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtInAnnouncements } from "./announcements/built-in.js";
import { migrateAnswers, type MigrationResult } from "./migrate-answers.js";
import type { Answers } from "./question-meta.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { answerShape } from "./answer-shape.js";
import { allowedValues, hasOtherItem } from "./choice-items.js";
import { surveyElements, type ElementJson } from "./survey-elements.js";

const meta = { aggregation: "none", reportSection: "maalgruppe" };

function questionnaire(version: string, elements: ElementJson[]): QuestionnaireVersion {
  return {
    announcement: "spiseforstyrrelser",
    key: "kommune",
    audience: "municipality",
    version,
    title: { da: "Spørgeskema", en: "Questionnaire" },
    reportSections: [{ id: "maalgruppe", title: { da: "Målgruppen", en: "The target group" } }],
    survey: {
      pages: [
        {
          name: "side1",
          elements: [{ type: "panel", name: "panel1", elements: elements.map((element) => ({ ...meta, ...element })) }],
        },
      ],
    },
  };
}

const v1 = questionnaire("1.0.0", [
  { type: "multipletext", name: "antal", items: [{ name: "2018" }, { name: "2019" }, { name: "2020" }] },
  { type: "radiogroup", name: "udvikling", choices: ["stigende", "uaendret", "faldende"], showCommentArea: true },
  { type: "checkbox", name: "indsatser", choices: ["ambulant", "doegn", "botilbud"], showOtherItem: true },
  { type: "matrixdynamic", name: "tilbud", columns: [{ name: "name" }, { name: "operator" }, { name: "paragraf" }] },
  { type: "matrix", name: "kompetencer", rows: ["familie", "psykiatri", "misbrug"], columns: ["internal", "external", "absent"] },
  { type: "dropdown", name: "form", choices: ["a", "b"] },
  { type: "text", name: "kontakt" },
  { type: "text", name: "antalTilbud", inputType: "number" },
  { type: "comment", name: "samarbejde" },
  { type: "boolean", name: "venteliste" },
  {
    type: "paneldynamic",
    name: "opfoelgning",
    templateElements: [{ type: "text", name: "aktoer" }, { type: "comment", name: "note" }, { type: "text", name: "gammel" }],
  },
  { type: "matrixdropdown", name: "ressourcer", rows: ["2019", "2020"], columns: [{ name: "fte" }, { name: "budget" }], cellType: "text" },
  { type: "radiogroup", name: "metode", choices: ["x", "y"], showOtherItem: true },
]);

const v2 = questionnaire("2.0.0", [
  { type: "multipletext", name: "antal", items: [{ name: "2019" }, { name: "2020" }, { name: "2021" }] },
  { type: "radiogroup", name: "udvikling", choices: ["stigende", "uaendret"], showCommentArea: true },
  { type: "checkbox", name: "indsatser", choices: ["ambulant", "doegn", "udredning"], showOtherItem: true },
  { type: "matrixdynamic", name: "tilbud", columns: [{ name: "name" }, { name: "operator" }] },
  { type: "matrix", name: "kompetencer", rows: ["familie", "misbrug"], columns: ["internal", "external"] },
  { type: "radiogroup", name: "form", choices: ["a", "b"] },
  { type: "checkbox", name: "antalTilbud", choices: ["1", "2"] },
  { type: "comment", name: "samarbejdsformer", previousNames: ["samarbejde"] },
  { type: "boolean", name: "venteliste" },
  {
    type: "paneldynamic",
    name: "opfoelgning",
    templateElements: [{ type: "text", name: "part", previousNames: ["aktoer"] }, { type: "comment", name: "note" }],
  },
  { type: "matrixdropdown", name: "ressourcer", rows: ["2020", "2021"], columns: [{ name: "fte" }], cellType: "text" },
  { type: "radiogroup", name: "metode", choices: ["x", "y", "z"] },
  { type: "text", name: "ny" },
]);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const entry of Object.values(value)) deepFreeze(entry);
    Object.freeze(value);
  }
  return value;
}

describe("migrateAnswers", () => {
  it("carries, renames and drops every kind of answer, listing each drop with its reason", () => {
    const answers: Answers = deepFreeze({
      antal: { "2018": 3, "2019": 4, "2020": 5 },
      udvikling: "faldende",
      "udvikling-Comment": "færre henvisninger",
      indsatser: ["ambulant", "botilbud", "other"],
      "indsatser-Comment": "egen model",
      tilbud: [{ name: "Center A", operator: "regional", paragraf: "§ 107" }, { name: "B" }],
      kompetencer: { familie: "internal", psykiatri: "external", misbrug: "absent" },
      form: "b",
      kontakt: "Jens Hansen",
      antalTilbud: 3,
      samarbejde: "Vi samarbejder med regionen",
      "samarbejde-Comment": "stray comment",
      venteliste: true,
      opfoelgning: [{ aktoer: "Region", note: "x", gammel: "y" }, { note: "z" }],
      ressourcer: { "2019": { fte: 1, budget: 100 }, "2020": { fte: 2, budget: 200 } },
      metode: "other",
      "metode-Comment": "vores egen",
      stray: 42,
    });
    expect(migrateAnswers(v1, v2, answers)).toEqual<MigrationResult>({
      answers: {
        antal: { "2019": 4, "2020": 5 },
        "udvikling-Comment": "færre henvisninger",
        indsatser: ["ambulant", "other"],
        "indsatser-Comment": "egen model",
        tilbud: [{ name: "Center A", operator: "regional" }, { name: "B" }],
        kompetencer: { familie: "internal" },
        form: "b",
        samarbejdsformer: "Vi samarbejder med regionen",
        venteliste: true,
        opfoelgning: [{ part: "Region", note: "x" }, { note: "z" }],
        ressourcer: { "2020": { fte: 2 } },
      },
      carried: ["antal", "udvikling-Comment", "indsatser", "indsatser-Comment", "tilbud", "kompetencer", "form", "venteliste", "opfoelgning", "ressourcer"],
      renamed: [{ from: "samarbejde", to: "samarbejdsformer" }],
      dropped: [
        { question: "antal", value: { "2018": 3 }, reason: "column-removed" },
        { question: "udvikling", value: "faldende", reason: "choice-removed" },
        { question: "indsatser", value: ["botilbud"], reason: "choice-removed" },
        { question: "tilbud", value: [{ paragraf: "§ 107" }, {}], reason: "column-removed" },
        { question: "kompetencer", value: { psykiatri: "external", misbrug: "absent" }, reason: "choice-removed" },
        { question: "kontakt", value: "Jens Hansen", reason: "removed" },
        { question: "antalTilbud", value: 3, reason: "type-changed" },
        { question: "samarbejde-Comment", value: "stray comment", reason: "removed" },
        { question: "opfoelgning", value: [{ gammel: "y" }, {}], reason: "column-removed" },
        { question: "ressourcer", value: { "2019": { fte: 1, budget: 100 } }, reason: "choice-removed" },
        { question: "ressourcer", value: { "2020": { budget: 200 } }, reason: "column-removed" },
        { question: "metode", value: "other", reason: "choice-removed" },
        { question: "metode-Comment", value: "vores egen", reason: "choice-removed" },
        { question: "stray", value: 42, reason: "removed" },
      ],
    });
  });

  it("carries everything between identical versions, as copies", () => {
    const answers = { antal: { "2018": 1 }, indsatser: ["doegn"], "indsatser-Comment": "x", tilbud: [{ name: "A" }] };
    const result = migrateAnswers(v1, structuredClone(v1), answers);
    expect(result).toEqual({ answers, carried: Object.keys(answers), renamed: [], dropped: [] });
    (result.answers.tilbud as { name: string }[])[0]!.name = "changed";
    expect(answers.tilbud[0]!.name).toBe("A");
  });

  it("renames a question's comment with it", () => {
    const from = questionnaire("1.0.0", [{ type: "radiogroup", name: "a", choices: ["x"], showCommentArea: true }]);
    const to = questionnaire("2.0.0", [{ type: "radiogroup", name: "b", choices: ["x"], showCommentArea: true, previousNames: ["a"] }]);
    expect(migrateAnswers(from, to, { a: "x", "a-Comment": "why" })).toEqual({
      answers: { b: "x", "b-Comment": "why" },
      carried: [],
      renamed: [
        { from: "a", to: "b" },
        { from: "a-Comment", to: "b-Comment" },
      ],
      dropped: [],
    });
  });

  it("drops a checkbox answer whole when none of its choices remain, and keeps the text of 'Other' stored as the value", () => {
    const from = questionnaire("1.0.0", [
      { type: "checkbox", name: "c", choices: ["a", "b"] },
      { type: "dropdown", name: "d", choices: ["a", "b"], showOtherItem: true, storeOthersAsComment: false },
    ]);
    const to = questionnaire("2.0.0", [
      { type: "checkbox", name: "c", choices: ["x"] },
      { type: "dropdown", name: "d", choices: ["b"], showOtherItem: true, storeOthersAsComment: false },
    ]);
    expect(migrateAnswers(from, to, { c: ["a", "b"], d: "our own model" })).toEqual({
      answers: { d: "our own model" },
      carried: ["d"],
      renamed: [],
      dropped: [{ question: "c", value: ["a", "b"], reason: "choice-removed" }],
    });
    expect(migrateAnswers(from, to, { d: "a" }).dropped).toEqual([{ question: "d", value: "a", reason: "choice-removed" }]);
  });

  it("keeps the answers of a question whose choices come from elsewhere at run time", () => {
    const from = questionnaire("1.0.0", [{ type: "dropdown", name: "kommune", choicesByUrl: { url: "/api/kommuner" } }]);
    expect(migrateAnswers(from, from, { kommune: "101" }).carried).toEqual(["kommune"]);
  });

  it("treats a key named __proto__ as an ordinary key, at the top and inside answers", () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}, "antal": {"2019": 2, "__proto__": {"polluted": true}}}') as Answers;
    const result = migrateAnswers(v1, v2, answers);
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.answers.antal)).toBe(Object.prototype);
    expect(result.answers).toEqual({ antal: { "2019": 2 } });
    expect(result.dropped.map((d) => [d.question, d.reason])).toEqual([
      ["antal", "column-removed"],
      ["__proto__", "removed"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps a stray key that names a question of the new version", () => {
    const result = migrateAnswers(v1, v2, { ny: "hello", "ny-Comment": "no comment area" });
    expect(result.carried).toEqual(["ny"]);
    expect(result.dropped).toEqual([{ question: "ny-Comment", value: "no comment area", reason: "removed" }]);
  });
});

// ---- every answer accounted for, over many generated answer objects ----------------------------------------------

/** A small seeded generator (mulberry32), so a failure can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const some = <T>(values: readonly T[]): T[] => values.filter(() => next() < 0.5);
  return { next, pick, some };
}

const choicePool = ["stigende", "uaendret", "faldende", "ambulant", "doegn", "botilbud", "udredning", "a", "b", "x", "y", "z", "other", "1", "2", 1, true, false, "fri tekst"];
const keyPool = ["2018", "2019", "2020", "2021", "name", "operator", "paragraf", "aktoer", "part", "note", "gammel", "fte", "budget", "familie", "psykiatri", "misbrug", "note-Comment"];
const scalarPool = ["tekst", 0, 7, null, true, "internal", "external", "absent", "§ 107"];

function generateAnswers(questions: ElementJson[], rng: ReturnType<typeof random>): Answers {
  const answers: Answers = {};
  const object = () => Object.fromEntries(rng.some(keyPool).map((key) => [key, rng.pick(scalarPool)]));
  for (const question of questions) {
    if (rng.next() < 0.25) continue;
    const shape = answerShape(question);
    answers[question.name] =
      shape === "single" || shape === "boolean"
        ? rng.pick(choicePool)
        : shape === "multi"
          ? rng.some(choicePool)
          : shape === "matrix" || shape === "multipletext"
            ? object()
            : shape === "matrixdropdown"
              ? Object.fromEntries(rng.some(keyPool).map((row) => [row, object()]))
              : shape === "matrixdynamic" || shape === "paneldynamic"
                ? Array.from({ length: Math.floor(rng.next() * 4) }, object)
                : rng.pick(scalarPool);
    if (rng.next() < 0.3) answers[`${question.name}-Comment`] = "kommentar";
  }
  if (rng.next() < 0.5) answers[rng.pick(["stray", "ny", "samarbejde", "samarbejdsformer", "x-Comment"])] = rng.pick(scalarPool);
  return answers;
}

describe("migrateAnswers over generated answers", () => {
  const pairs: [string, QuestionnaireVersion, QuestionnaireVersion][] = [
    ["1.0.0 → 2.0.0", v1, v2],
    ["2.0.0 → 1.0.0", v2, v1],
    ["1.0.0 → 1.0.0", v1, v1],
  ];

  it.each(pairs)("accounts for every answer key, %s", (_, from, to) => {
    const questions = surveyElements(from.survey).map((location) => location.element);
    const target = new Map(surveyElements(to.survey).map((location) => [location.element.name, location.element] as const));
    for (let seed = 1; seed <= 400; seed++) {
      const rng = random(seed);
      const answers = deepFreeze(generateAnswers(questions, rng));
      const before = structuredClone(answers);
      const result = migrateAnswers(from, to, answers);
      const context = `seed ${seed}`;

      // nothing lost: input keys = carried ∪ renamed.from ∪ dropped.question
      const accounted = new Set([...result.carried, ...result.renamed.map((r) => r.from), ...result.dropped.map((d) => d.question)]);
      expect([...accounted].sort(), context).toEqual(Object.keys(answers).sort());
      // nothing invented: output keys = carried ∪ renamed.to, each key carried once
      const outputKeys = [...result.carried, ...result.renamed.map((r) => r.to)];
      expect(new Set(outputKeys).size, context).toBe(outputKeys.length);
      expect(outputKeys.sort(), context).toEqual(Object.keys(result.answers).sort());
      expect(result.carried.filter((key) => result.renamed.some((r) => r.from === key)), context).toEqual([]);
      // the input is untouched
      expect(answers, context).toEqual(before);

      // what is carried fits the new version
      for (const [key, value] of Object.entries(result.answers)) {
        const question = target.get(key);
        const allowed = question && allowedValues(question);
        if (!question || !allowed || hasOtherItem(question)) continue;
        const shape = answerShape(question);
        const values = shape === "multi" && Array.isArray(value) ? value : shape === "single" || shape === "boolean" ? [value] : [];
        for (const v of values) if (v !== null) expect(allowed.map(String), `${context}: ${key}`).toContain(String(v));
      }

      // a checkbox carried in part: kept + dropped values = the original values
      for (const { question, value } of result.dropped) {
        const old = questions.find((q) => q.name === question);
        if (!old || answerShape(old) !== "multi" || !Object.hasOwn(result.answers, question)) continue;
        const kept = result.answers[question] as unknown[];
        expect([...kept, ...(value as unknown[])].map(String).sort(), context).toEqual((answers[question] as unknown[]).map(String).sort());
      }
    }
  });
});

describe("migrateAnswers on the built-in questionnaires", () => {
  const fixtures = builtInAnnouncements
    .flatMap((announcement) => announcement.questionnaires)
    .flatMap((questionnaire) => {
      const folder = new URL(`../fixtures/${questionnaire.announcement}/${questionnaire.key}/`, import.meta.url);
      return readdirSync(folder)
        .filter((name) => name.endsWith(".json"))
        .map((file) => ({ questionnaire, file, answers: (JSON.parse(readFileSync(new URL(file, folder), "utf8")) as { answers: Answers }).answers }));
    });

  it("carries every answer of the valid answer fixtures to the same version unchanged", () => {
    const valid = fixtures.filter(({ file }) => file.startsWith("valid-"));
    expect(valid.length).toBeGreaterThan(0);
    for (const { questionnaire, file, answers } of valid) {
      expect(migrateAnswers(questionnaire, questionnaire, answers), file).toEqual({ answers, carried: Object.keys(answers), renamed: [], dropped: [] });
    }
  });

  it("accounts for every key of the invalid fixtures too, dropping only what no question can hold", () => {
    for (const { questionnaire, file, answers } of fixtures) {
      const result = migrateAnswers(questionnaire, questionnaire, answers);
      const accounted = new Set([...result.carried, ...result.renamed.map((r) => r.from), ...result.dropped.map((d) => d.question)]);
      expect([...accounted].sort(), file).toEqual(Object.keys(answers).sort());
      expect(result.renamed, file).toEqual([]);
      for (const { reason } of result.dropped) expect(["removed", "choice-removed", "column-removed"], file).toContain(reason);
    }
  });
});
