import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { danishSurveyStrings } from "./survey-locale-da.js";
import { type AnswerValidation, validateAnswers } from "./validate-answers.js";

const questionnaire = JSON.parse(
  readFileSync(new URL("../fixtures/questionnaires/valid-offer.json", import.meta.url), "utf8"),
) as QuestionnaireVersion;

const complete = () => ({
  offerName: "Døgntilbuddet Solsikken",
  operator: "private",
  staffCount: 12,
  experienceYears: 8,
  flow: { "2017": 3, "2018": 4, "2019": 5 },
  hasAgreement: true,
  agreements: [{ name: "aftale.pdf", type: "application/pdf", content: "attachment:123" }],
  paragraphs: ["p101", "other"],
  "paragraphs-Comment": "Sundhedsloven § 141",
  notes: "Vi har venteliste i vinterhalvåret.",
  competences: { familie: "internal", psykiatri: "external" },
  partners: [
    { name: "Familieambulatoriet", operator: "municipal" },
    { name: "Privat rådgiver", operator: "private", places: 2 },
  ],
  cooperation: 1,
  "cooperation-Comment": "Fast samarbejde med kommunen.",
});

const check = (answers: unknown, mode?: "submit" | "draft") => validateAnswers(questionnaire, answers, mode ? { mode } : {});
const errorsOf = (result: AnswerValidation) => result.errors.map(({ question, path, code }) => ({ question, path, code }));
const warningsOf = (result: AnswerValidation) => result.warnings.map(({ question, path, code }) => ({ question, path, code }));

describe("validateAnswers", () => {
  it("accepts complete, correct answers", () => {
    const result = check(complete());
    expect(result).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it("refuses anything but a plain object", () => {
    class Answers {
      offerName = "x";
    }
    for (const answers of [null, undefined, 5, "answers", [], [complete()], new Date(), new Answers(), new Map()]) {
      expect(errorsOf(check(answers))).toEqual([{ question: "", path: "", code: "not-an-object" }]);
    }
    expect(check(Object.assign(Object.create(null), complete())).ok).toBe(true);
  });

  it("refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing", () => {
    const answers = JSON.parse(
      '{"offerName":"A","__proto__":{"polluted":true},"flow":{"2019":1,"constructor":{"x":1}},"partners":[{"name":"B","prototype":1}]}',
    ) as unknown;
    const result = check(answers, "draft");
    expect(errorsOf(result)).toEqual([
      { question: "flow", path: "flow.constructor", code: "forbidden-key" },
      { question: "partners", path: "partners[0].prototype", code: "forbidden-key" },
      { question: "__proto__", path: "__proto__", code: "forbidden-key" },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses keys that are no question, but knows the -Comment keys of questions with Other or a comment area", () => {
    const result = check({ ...complete(), offerNam: "typo", "offerName-Comment": "x", calculated: 1 });
    expect(errorsOf(result)).toEqual([
      { question: "offerNam", path: "offerNam", code: "unknown-question" },
      { question: "offerName-Comment", path: "offerName-Comment", code: "unknown-question" },
      { question: "calculated", path: "calculated", code: "unknown-question" },
    ]);
    expect(result.errors[0]?.message).toEqual({
      da: 'Spørgeskemaet har intet spørgsmål med navnet "offerNam".',
      en: 'The questionnaire has no question named "offerNam".',
    });
  });

  it("checks required questions on submit, including required multipletext items and matrix cells, but not in a draft", () => {
    const answers = { operator: "private", flow: { "2017": 1 }, partners: [{ operator: "private" }] };
    expect(errorsOf(check(answers))).toEqual([
      { question: "offerName", path: "offerName", code: "required" },
      { question: "staffCount", path: "staffCount", code: "required" },
      { question: "flow", path: "flow.2019", code: "required" },
      { question: "partners", path: "partners[0].name", code: "required" },
    ]);
    expect(check(answers, "draft")).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it("gives survey-core's messages in reviewed Danish and in English", () => {
    const result = check({ ...complete(), offerName: undefined, staffCount: 501, flow: { "2017": -1, "2019": 1 } });
    expect(result.errors).toEqual([
      { question: "offerName", path: "offerName", code: "required", message: { da: danishSurveyStrings.requiredError, en: "Response required." } },
      { question: "staffCount", path: "staffCount", code: "out-of-range", message: { da: "Tallet må ikke være større end 500.", en: "The value should not be greater than 500" } },
      { question: "flow", path: "flow.2017", code: "out-of-range", message: { da: "Angiv venligst et tal på mindst 0.", en: "The 'value' should be at least 0" } },
    ]);
  });

  it("keeps checking validators, types and choices in a draft", () => {
    const result = check({ staffCount: -3, operator: "county", offerName: 7 }, "draft");
    expect(errorsOf(result)).toEqual([
      { question: "offerName", path: "offerName", code: "wrong-type" },
      { question: "operator", path: "operator", code: "unknown-choice" },
      { question: "staffCount", path: "staffCount", code: "out-of-range" },
    ]);
  });

  it("refuses values of the wrong type, without repeating survey-core's errors for them, in questionnaire order", () => {
    const result = check({
      ...complete(),
      offerName: 5,
      staffCount: "12",
      flow: { "2017": 1, "2018": "4", "2019": 2 },
      hasAgreement: "yes",
      agreements: "aftale.pdf",
      paragraphs: "p101",
      "paragraphs-Comment": 3,
      competences: ["internal"],
      partners: [{ name: "A", operator: "municipal" }, 5, { name: ["B"], operator: "municipal" }],
      cooperation: { value: 1 },
    });
    expect(errorsOf(result)).toEqual([
      { question: "offerName", path: "offerName", code: "wrong-type" },
      { question: "staffCount", path: "staffCount", code: "wrong-type" },
      { question: "flow", path: "flow.2018", code: "wrong-type" },
      { question: "hasAgreement", path: "hasAgreement", code: "wrong-type" },
      { question: "agreements", path: "agreements", code: "wrong-type" },
      { question: "paragraphs", path: "paragraphs", code: "wrong-type" },
      { question: "paragraphs", path: "paragraphs-Comment", code: "wrong-type" },
      { question: "competences", path: "competences", code: "wrong-type" },
      { question: "partners", path: "partners[1]", code: "wrong-type" },
      { question: "partners", path: "partners[2].name", code: "wrong-type" },
      { question: "cooperation", path: "cooperation", code: "wrong-type" },
    ]);
    expect(result.errors[1]?.message).toEqual({ da: "Angiv venligst et tal.", en: "Please enter a number." });
  });

  it("refuses choices, rows, items and columns that the question does not have", () => {
    const result = check({
      ...complete(),
      operator: "county",
      paragraphs: ["p101", "p999"],
      flow: { "2019": 1, "2020": 1 },
      competences: { familie: "sometimes", jura: "internal" },
      partners: [{ name: "A", operator: "state", phone: "12345678" }],
      cooperation: 2,
    });
    expect(errorsOf(result)).toEqual([
      { question: "operator", path: "operator", code: "unknown-choice" },
      { question: "flow", path: "flow.2020", code: "unknown-item" },
      { question: "paragraphs", path: "paragraphs[1]", code: "unknown-choice" },
      { question: "competences", path: "competences.familie", code: "unknown-choice" },
      { question: "competences", path: "competences.jura", code: "unknown-row" },
      { question: "partners", path: "partners[0].phone", code: "unknown-column" },
      { question: "partners", path: "partners[0].operator", code: "unknown-choice" },
      { question: "cooperation", path: "cooperation", code: "unknown-choice" },
    ]);
  });

  it("takes a choice value as SurveyJS does: 1 and \"1\" are the same choice; Other is a choice when offered", () => {
    expect(check({ ...complete(), cooperation: "1" }).ok).toBe(true);
    expect(errorsOf(check({ ...complete(), operator: "other" }))).toEqual([{ question: "operator", path: "operator", code: "unknown-choice" }]);
  });

  it("does not apply the rules of hidden questions, and warns on submit about answers to them", () => {
    const hidden = { ...complete(), hasAgreement: false, partners: [{ name: "A", operator: "municipal", places: -1 }] };
    const result = check(hidden);
    expect(result.errors).toEqual([]);
    expect(warningsOf(result)).toEqual([{ question: "agreements", path: "agreements", code: "hidden-answer" }]);
    expect(check(hidden, "draft").warnings).toEqual([]);
    // the same cell, shown: its min applies
    const shown = check({ ...complete(), partners: [{ name: "A", operator: "private", places: -1 }] });
    expect(errorsOf(shown)).toEqual([{ question: "partners", path: "partners[0].places", code: "out-of-range" }]);
  });

  it("still checks the type of an answer to a hidden question (it is stored)", () => {
    expect(errorsOf(check({ ...complete(), hasAgreement: false, agreements: 5 }))).toEqual([
      { question: "agreements", path: "agreements", code: "wrong-type" },
    ]);
  });

  it("warns, never refuses, when free text looks like a CPR number", () => {
    const result = check({
      ...complete(),
      offerName: "Tilbud 010190-1234",
      notes: "Borgerne 0101901234 og 020202 4321.",
      "paragraphs-Comment": "se 311299-0001",
      "cooperation-Comment": "ring 12345678",
      partners: [{ name: "Kontakt 010190-1234", operator: "municipal" }],
      staffCount: 101,
    });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(warningsOf(result)).toEqual([
      { question: "offerName", path: "offerName", code: "cpr" },
      { question: "paragraphs", path: "paragraphs-Comment", code: "cpr" },
      { question: "notes", path: "notes", code: "cpr" },
      { question: "notes", path: "notes", code: "cpr" },
      { question: "partners", path: "partners[0].name", code: "cpr" },
    ]);
    expect(result.warnings[0]?.message).toEqual({
      da: "Teksten ligner et CPR-nummer. Skriv ikke personoplysninger om borgere.",
      en: "The text looks like a CPR number. Do not write personal data about citizens.",
    });
    expect(JSON.stringify(result.warnings)).not.toContain("1234");
  });

  it("does not scan numbers", () => {
    const result = check({ ...complete(), staffCount: 101901234 });
    expect(result.warnings).toEqual([]);
    expect(errorsOf(result)).toEqual([{ question: "staffCount", path: "staffCount", code: "out-of-range" }]);
  });

  it("does not report cells of matrix rows the answers do not have", () => {
    const q = structuredClone(questionnaire);
    const partners = q.survey.pages[1]!.elements[1] as Record<string, unknown>;
    Object.assign(partners, { isRequired: true, minRowCount: 1 });
    const result = validateAnswers(q, { ...complete(), partners: undefined });
    expect(errorsOf(result)).toEqual([
      { question: "partners", path: "partners", code: "required" },
      { question: "partners", path: "partners", code: "min-row-count" },
    ]);
  });

  it("gives every error a Danish and an English message", () => {
    const result = check({ offerName: 1, operator: "x", flow: { "2017": -1 }, bogus: 1, partners: [{}] });
    expect(result.errors.length).toBeGreaterThan(3);
    for (const error of result.errors) {
      expect(error.message.da.trim()).not.toBe("");
      expect(error.message.en.trim()).not.toBe("");
    }
  });

  it("never throws", () => {
    const cyclic: Record<string, unknown> = { offerName: "A" };
    cyclic.flow = cyclic;
    expect(errorsOf(check(cyclic, "draft"))).toEqual([{ question: "flow", path: "flow", code: "not-json" }]);
    const broken = Object.defineProperty({ ...questionnaire }, "survey", {
      get() {
        throw new Error("boom");
      },
    });
    expect(errorsOf(validateAnswers(broken, {}))).toEqual([{ question: "", path: "", code: "internal-error" }]);
  });
});

describe("validateAnswers with dynamic panels and matrixdropdown", () => {
  const json = structuredClone(questionnaire);
  json.survey.pages[1]!.elements.push(
    {
      type: "paneldynamic", name: "visits", title: { da: "Besøg", en: "Visits" }, aggregation: "none", reportSection: "profil",
      templateElements: [
        { type: "text", name: "place", isRequired: true, title: { da: "Sted", en: "Place" } },
        { type: "text", name: "count", inputType: "number", min: 0, title: { da: "Antal", en: "Count" } },
        { type: "dropdown", name: "kind", title: { da: "Slags", en: "Kind" }, choices: [{ value: "a", text: { da: "A", en: "A" } }] },
      ],
    },
    {
      type: "matrixdropdown", name: "hours", title: { da: "Timer", en: "Hours" }, aggregation: "none", reportSection: "profil",
      rows: [{ value: "nurse", text: { da: "Sygeplejerske", en: "Nurse" } }],
      columns: [{ name: "perWeek", title: { da: "Pr. uge", en: "Per week" }, cellType: "text", inputType: "number", max: 80 }],
    },
  );

  it("checks the questions inside each panel and each row", () => {
    const result = validateAnswers(json, {
      ...complete(),
      visits: [{ place: "Odense", count: 2, kind: "a" }, { count: -1, kind: "b", extra: 1 }, { place: "CPR 010190-1234", count: "2" }],
      hours: { nurse: { perWeek: 90 }, doctor: { perWeek: 1 } },
    });
    expect(errorsOf(result)).toEqual([
      { question: "visits", path: "visits[1].extra", code: "unknown-question" },
      { question: "visits", path: "visits[2].count", code: "wrong-type" },
      { question: "visits", path: "visits[1].kind", code: "unknown-choice" },
      { question: "visits", path: "visits[1].place", code: "required" },
      { question: "visits", path: "visits[1].count", code: "out-of-range" },
      { question: "hours", path: "hours.doctor", code: "unknown-row" },
      { question: "hours", path: "hours.nurse.perWeek", code: "out-of-range" },
    ]);
    expect(warningsOf(result)).toEqual([{ question: "visits", path: "visits[2].place", code: "cpr" }]);
  });
});

describe("validateAnswers with a checkbox's valuePropertyName", () => {
  const fruits = { type: "checkbox", name: "fruits", valuePropertyName: "fruit", choices: ["apple", "pear"] };
  const survey = (...elements: Record<string, unknown>[]) => ({ survey: { pages: [{ name: "p", elements }] } }) as unknown as QuestionnaireVersion;
  const basket = survey(
    { ...fruits, isRequired: true },
    { type: "tagbox", name: "tags", valuePropertyName: "tag", choices: ["a", "b"] },
    { type: "checkbox", name: "plain", choices: ["apple", "pear"] },
    { type: "paneldynamic", name: "boxes", templateElements: [fruits] },
  );
  const checkBasket = (answers: Record<string, unknown>, mode?: "submit" | "draft") => validateAnswers(basket, answers, mode ? { mode } : {});

  it("accepts the list of objects survey-core stores, and a plain list where there is no valuePropertyName", () => {
    const answers = { fruits: [{ fruit: "pear" }, { fruit: "apple" }], tags: [{ tag: "b" }], plain: ["apple"], boxes: [{ fruits: [{ fruit: "apple" }] }] };
    expect(checkBasket(answers)).toEqual({ ok: true, errors: [], warnings: [] });
    expect(checkBasket(answers, "draft")).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it("refuses values inside the objects that are not choices", () => {
    const result = checkBasket({ fruits: [{ fruit: "apple" }, { fruit: "kiwi" }], boxes: [{ fruits: [{ fruit: 7 }] }] });
    expect(errorsOf(result)).toEqual([
      { question: "fruits", path: "fruits[1].fruit", code: "unknown-choice" },
      { question: "boxes", path: "boxes[0].fruits[0].fruit", code: "unknown-choice" },
    ]);
  });

  it("refuses a plain list, other objects and a single object, in a draft too, saying what is expected", () => {
    for (const value of [["apple"], [{ fruit: "apple" }, "pear"], [{ name: "apple" }], [{ fruit: "apple", extra: 1 }], [{ fruit: ["apple"] }], [{}], [null], { fruit: "apple" }]) {
      for (const mode of ["submit", "draft"] as const) {
        expect(errorsOf(checkBasket({ fruits: value }, mode))).toEqual([{ question: "fruits", path: "fruits", code: "wrong-type" }]);
      }
    }
    expect(checkBasket({ fruits: ["apple"] }).errors[0]?.message).toEqual({
      da: 'Svaret skal være en liste af svarmuligheder, hver som et objekt med feltet "fruit".',
      en: 'The answer must be a list of options, each an object with the field "fruit".',
    });
    expect(errorsOf(checkBasket({ fruits: [{ fruit: "apple" }], plain: [{ fruit: "apple" }] }))).toEqual([{ question: "plain", path: "plain", code: "wrong-type" }]);
  });

  it("applies required on submit, not in a draft", () => {
    expect(errorsOf(checkBasket({ fruits: [] }))).toEqual([{ question: "fruits", path: "fruits", code: "required" }]);
    expect(checkBasket({ fruits: [] }, "draft").ok).toBe(true);
  });

  it("takes the text of Other inside the object, as survey-core stores it, and scans it for CPR numbers", () => {
    const other = survey({ ...fruits, showOtherItem: true });
    expect(validateAnswers(other, { fruits: [{ fruit: "apple" }, { fruit: "banan" }] }).ok).toBe(true);
    // "other" itself is a choice, whose text survey-core then misses
    expect(errorsOf(validateAnswers(other, { fruits: [{ fruit: "other" }] }))).toEqual([{ question: "fruits", path: "fruits", code: "other-empty" }]);
    const result = validateAnswers(other, { fruits: [{ fruit: "banan 010190-1234" }] });
    expect(result.errors).toEqual([]);
    expect(warningsOf(result)).toEqual([{ question: "fruits", path: "fruits[0].fruit", code: "cpr" }]);
  });
});
