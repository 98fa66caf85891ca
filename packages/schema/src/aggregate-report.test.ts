import { describe, expect, it } from "vitest";
import { competences, municipalityV1, municipalityV2, offerQuestionnaire, offerQuestionnaireWithoutScreening } from "../fixtures/report/questionnaires.js";
import { aggregateReport } from "./aggregate-report.js";
import type {
  ChoiceCountsItem,
  Figure,
  FilesItem,
  JointReport,
  MatrixCountsItem,
  OfferListItem,
  ReportItem,
  SubmittedResponse,
  SumItem,
  SumPerYearItem,
  TextsItem,
} from "./joint-report.js";
import { kommunerInRegion } from "./kommune.js";
import type { Answers } from "./question-meta.js";

// ——— helpers ———

let counter = 0;
function response(answers: Answers, options: { id?: string; name?: string; respondentId?: string; kommuneCode?: string; version?: string } = {}): SubmittedResponse {
  const id = options.id ?? `r${++counter}`;
  return {
    id,
    respondent: {
      id: options.respondentId ?? `resp-${id}`,
      name: options.name ?? `Kommune ${id}`,
      ...(options.kommuneCode ? { kommuneCode: options.kommuneCode } : {}),
    },
    questionnaireVersion: options.version ?? municipalityV2.version,
    answers,
  };
}

function item<T extends ReportItem>(report: JointReport, question: string): T {
  for (const section of report.sections) for (const it of section.items) if (it.question === question) return it as T;
  throw new Error(`no item for ${question}`);
}

/** Every Figure anywhere in the report. */
function figures(value: unknown, found: Figure[] = []): Figure[] {
  if (Array.isArray(value)) value.forEach((v) => figures(v, found));
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.value === "number" && Array.isArray(record.sources) && typeof record.small === "boolean") found.push(record as unknown as Figure);
    else Object.values(record).forEach((v) => figures(v, found));
  }
  return found;
}

/** mulberry32: a small seeded generator, so the 29-municipality test is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkInvariants(report: JointReport): void {
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  const included = new Set(report.responses.map((r) => r.responseId));
  for (const f of figures(report)) {
    expect(f.small).toBe(f.value >= 1 && f.value <= 4);
    expect(new Set(f.sources).size).toBe(f.sources.length);
    for (const source of f.sources) expect(included.has(source)).toBe(true);
    if (f.value !== 0) expect(f.sources.length).toBeGreaterThan(0);
  }
}

const full: Answers = {
  antalGravide: { "2017": 4, "2018": 6, "2019": 9 },
  anbragt: 2,
  kontakt: "Hanne Hansen",
  udfordringer: "  Mangel på døgnpladser.  ",
  tilbud: [
    { name: "Familieambulatoriet Rigshospitalet", operator: "regional", legalBasis: "Sundhedsloven", location: "København" },
    { name: "Skovly ApS", operator: "private", legalBasis: "§ 107" },
  ],
  samarbejdsformer: ["supervision", "finansiering"],
  aftale: "ja",
  tvaerregionalt: false,
  parter: { region: "ofte", kommuner: "sjaeldent" },
  aftaler: [{ name: "aftale.pdf", type: "application/pdf", content: "att-1" }],
};

// ——— tests ———

describe("aggregateReport", () => {
  it("builds an empty report for a campaign without responses", () => {
    const report = aggregateReport({ questionnaire: municipalityV2, responses: [] });
    checkInvariants(report);
    expect(report.questionnaire).toEqual({
      announcement: "gravide-rusmiddel",
      key: "kommune",
      audience: "municipality",
      version: "2.0.0",
      title: municipalityV2.title,
    });
    expect(report.respondentCount).toEqual({ value: 0, sources: [], small: false });
    expect(report.sections.map((s) => s.id)).toEqual(["maalgruppen", "tilbud", "samarbejde", "fremtid"]);
    expect(report.sections[0]!.title).toEqual({ da: "Målgruppen", en: "The target group" });
    const perYear = item<SumPerYearItem>(report, "antalGravide");
    expect(perYear.years).toEqual(["2017", "2018", "2019"]);
    expect(perYear.rows).toEqual([]);
    expect(perYear.yearTotals.map((f) => f.value)).toEqual([0, 0, 0]);
    expect(perYear.total).toEqual({ value: 0, sources: [], small: false });
    expect(item<SumItem>(report, "anbragt").total.value).toBe(0);
    expect(item<OfferListItem>(report, "tilbud").offers).toEqual([]);
    expect(item<ChoiceCountsItem>(report, "aftale").choices.map((c) => c.count.value)).toEqual([0, 0]);
    expect(item<MatrixCountsItem>(report, "parter").rows).toHaveLength(2);
    expect(report.skipped).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.screening).toBeUndefined();
  });

  it("aggregates one municipality, every kind, in section and question order", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [response(full, { id: "r1", name: "Ballerup", respondentId: "k151", kommuneCode: "151" })],
    });
    checkInvariants(report);
    expect(report.respondentCount).toEqual({ value: 1, sources: ["r1"], small: true });
    expect(report.sections.map((s) => [s.id, s.items.map((i) => i.question)])).toEqual([
      ["maalgruppen", ["antalGravide", "anbragt"]],
      ["tilbud", ["tilbud"]],
      ["samarbejde", ["samarbejdsformer", "aftale", "tvaerregionalt", "parter", "aftaler"]],
      ["fremtid", ["udfordringer"]],
    ]);
    const ref = { responseId: "r1", respondentId: "k151", respondentName: "Ballerup", kommuneCode: "151" };

    const perYear = item<SumPerYearItem>(report, "antalGravide");
    expect(perYear.title).toEqual({ da: "Antal gravide i målgruppen", en: "Pregnant women in the target group" });
    expect(perYear.rows).toEqual([
      {
        respondent: ref,
        cells: [
          { value: 4, sources: ["r1"], small: true },
          { value: 6, sources: ["r1"], small: false },
          { value: 9, sources: ["r1"], small: false },
        ],
        total: { value: 19, sources: ["r1"], small: false },
      },
    ]);
    expect(perYear.total.value).toBe(19);
    expect(perYear.answered.value).toBe(1);

    const sum = item<SumItem>(report, "anbragt");
    expect(sum.total).toEqual({ value: 2, sources: ["r1"], small: true });
    expect(sum.rows).toEqual([{ respondent: ref, value: { value: 2, sources: ["r1"], small: true } }]);

    const offers = item<OfferListItem>(report, "tilbud");
    expect(offers.columns.map((c) => c.name)).toEqual(["legalBasis", "location"]);
    expect(offers.offers.map((o) => [o.name, o.operator, o.operatorText?.da])).toEqual([
      ["Familieambulatoriet Rigshospitalet", "regional", "Regional"],
      ["Skovly ApS", "private", "Privat"],
    ]);
    expect(offers.offers[1]!.details).toEqual([
      { column: "legalBasis", values: [{ value: "§ 107", sources: ["r1"] }] },
      { column: "location", values: [] },
    ]);
    expect(offers.offerCount).toEqual({ value: 2, sources: ["r1"], small: true });

    const checkbox = item<ChoiceCountsItem>(report, "samarbejdsformer");
    expect(checkbox.multiple).toBe(true);
    expect(checkbox.choices.map((c) => [c.value, c.text.en, c.count.value])).toEqual([
      ["supervision", "Supervision", 1],
      ["raadgivning", "Advice", 0],
      ["finansiering", "finansiering", 1],
      ["other", "Other", 0],
    ]);
    expect(checkbox.otherTexts).toEqual([]);
    const withOther = aggregateReport({
      questionnaire: municipalityV2,
      responses: [response({ samarbejdsformer: ["other"], "samarbejdsformer-Comment": " Netværksmøder " }, { id: "o1", name: "Gentofte" })],
    });
    const other = item<ChoiceCountsItem>(withOther, "samarbejdsformer");
    expect(other.choices.find((c) => c.value === "other")?.count).toEqual({ value: 1, sources: ["o1"], small: true });
    expect(other.otherTexts.map((t) => [t.respondent.respondentName, t.text])).toEqual([["Gentofte", "Netværksmøder"]]);
    const bool = item<ChoiceCountsItem>(report, "tvaerregionalt");
    expect(bool.choices.map((c) => [c.value, c.text.da, c.count.value, c.count.sources])).toEqual([
      [true, "Ja", 0, []],
      [false, "Nej", 1, ["r1"]],
    ]);
    const matrix = item<MatrixCountsItem>(report, "parter");
    expect(matrix.layout).toBe("matrix");
    expect(matrix.rows.map((r) => [r.value, r.text.da, r.choices.map((c) => c.count.value)])).toEqual([
      ["region", "Regionen", [1, 0, 0]],
      ["kommuner", "kommuner", [0, 1, 0]],
    ]);
    expect(item<TextsItem>(report, "udfordringer").texts).toEqual([{ respondent: ref, text: "Mangel på døgnpladser." }]);
    expect(item<FilesItem>(report, "aftaler").files).toEqual([{ respondent: ref, name: "aftale.pdf", type: "application/pdf", content: "att-1" }]);
    expect(report.notes).toEqual([]);
  });

  it("adds up 29 municipalities of Region Hovedstaden, checked by an independent sum", () => {
    const municipalities = kommunerInRegion("1084");
    expect(municipalities).toHaveLength(29);
    const random = seeded(2019);
    const years = ["2017", "2018", "2019"];
    const data = municipalities.map((k, i) => {
      const counts: Record<string, number> = {};
      for (const year of years) if (random() > 0.1) counts[year] = Math.floor(random() * 12); // some years unanswered
      const anbragt = random() > 0.2 ? Math.floor(random() * 6) : undefined;
      return { id: `resp-${k.code}`, code: k.code, name: k.name, counts, anbragt, index: i };
    });
    const responses = data.map((d) =>
      response({ antalGravide: d.counts, ...(d.anbragt !== undefined ? { anbragt: d.anbragt } : {}) }, { id: d.id, name: d.name, respondentId: `k${d.code}`, kommuneCode: d.code }),
    );
    const report = aggregateReport({ questionnaire: municipalityV2, responses });
    checkInvariants(report);
    expect(report.respondentCount.value).toBe(29);
    expect(report.responses.map((r) => r.kommuneCode)).toEqual(municipalities.map((k) => k.code));

    const perYear = item<SumPerYearItem>(report, "antalGravide");
    expect(perYear.rows.map((r) => r.respondent.kommuneCode)).toEqual(municipalities.map((k) => k.code));
    let grand = 0;
    years.forEach((year, y) => {
      let total = 0;
      const sources: string[] = [];
      for (const d of data) {
        const value = d.counts[year];
        if (value === undefined) continue;
        total += value;
        sources.push(d.id);
      }
      grand += total;
      expect(perYear.yearTotals[y]).toEqual({ value: total, sources, small: total >= 1 && total <= 4 });
    });
    expect(perYear.total.value).toBe(grand);
    data.forEach((d, i) => {
      const values = Object.values(d.counts);
      const row = perYear.rows[i]!;
      expect(row.total?.value ?? null).toBe(values.length > 0 ? values.reduce((a, b) => a + b, 0) : null);
      years.forEach((year, y) => expect(row.cells[y]?.value ?? null).toBe(d.counts[year] ?? null));
    });
    // the row totals add up to the grand total too
    expect(perYear.rows.reduce((a, r) => a + (r.total?.value ?? 0), 0)).toBe(grand);

    const sum = item<SumItem>(report, "anbragt");
    const answered = data.filter((d) => d.anbragt !== undefined);
    expect(sum.total.value).toBe(answered.reduce((a, d) => a + d.anbragt!, 0));
    expect(sum.total.sources).toEqual(answered.map((d) => d.id));
    expect(sum.answered.value).toBe(answered.length);
    expect(sum.unanswered.value).toBe(29 - answered.length);
    expect(sum.unanswered.sources).toEqual(data.filter((d) => d.anbragt === undefined).map((d) => d.id));
  });

  it("flags counts from 1 to 4 as small, and not 0 or 5", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [response({ antalGravide: { "2017": 0, "2018": 4, "2019": 5 }, anbragt: 1 }, { id: "a" })],
    });
    const cells = item<SumPerYearItem>(report, "antalGravide").rows[0]!.cells;
    expect(cells.map((c) => c?.small)).toEqual([false, true, false]);
    expect(cells[0]).toEqual({ value: 0, sources: ["a"], small: false });
    expect(item<SumItem>(report, "anbragt").total.small).toBe(true);
  });

  it("de-duplicates offers across municipalities by name and operator", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [
        response({ tilbud: [{ name: "Familieambulatoriet Rigshospitalet", operator: "regional", legalBasis: "Sundhedsloven" }] }, { id: "r1", name: "København" }),
        response({ tilbud: [{ name: "familieambulatoriet  rigshospitalet.", operator: "regional", location: "Blegdamsvej" }] }, { id: "r2", name: "Frederiksberg" }),
        response({ tilbud: [{ name: "Familieambulatoriet Rigshospitalet", operator: "regional", legalBasis: " Sundhedsloven " }] }, { id: "r3", name: "Ballerup" }),
        response({ tilbud: [{ name: "Familieambulatoriet Rigshospitalet", operator: "private" }] }, { id: "r4", name: "Brøndby" }),
      ],
    });
    checkInvariants(report);
    const list = item<OfferListItem>(report, "tilbud");
    expect(list.offers).toHaveLength(2);
    const [regional, other] = list.offers[0]!.operator === "regional" ? list.offers : [list.offers[1]!, list.offers[0]!];
    expect(regional!.name).toBe("Familieambulatoriet Rigshospitalet");
    expect(regional!.otherSpellings).toEqual(["familieambulatoriet rigshospitalet."]);
    expect(regional!.namedBy.map((r) => r.respondentName)).toEqual(["København", "Frederiksberg", "Ballerup"]);
    expect(regional!.namedByCount).toEqual({ value: 3, sources: ["r1", "r2", "r3"], small: true });
    expect(regional!.details).toEqual([
      { column: "legalBasis", values: [{ value: "Sundhedsloven", sources: ["r1", "r3"] }] },
      { column: "location", values: [{ value: "Blegdamsvej", sources: ["r2"] }] },
    ]);
    expect(other!.operator).toBe("private");
    expect(other!.namedBy.map((r) => r.responseId)).toEqual(["r4"]);
    expect(list.offerCount).toEqual({ value: 2, sources: ["r1", "r2", "r3", "r4"], small: true });
  });

  it("picks the most frequent spelling as the offer's name", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [
        response({ tilbud: [{ name: "skovly", operator: "private" }] }, { id: "a" }),
        response({ tilbud: [{ name: "Skovly ApS", operator: "private" }] }, { id: "b" }),
        response({ tilbud: [{ name: "Skovly ApS", operator: "private" }] }, { id: "c" }),
      ],
    });
    const offer = item<OfferListItem>(report, "tilbud").offers[0]!;
    expect(offer.name).toBe("Skovly ApS");
    expect(offer.otherSpellings).toEqual(["skovly"]);
  });

  it("skips non-numeric and malformed answers, counting and noting them", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [
        response({ antalGravide: { "2017": "ca. 10", "2018": "7", "2020": 3 }, anbragt: "mange", aftale: "maaske", parter: "ofte" }, { id: "j1", name: "Junkby" }),
        response({ antalGravide: 12, anbragt: 3, samarbejdsformer: "supervision", tilbud: [{ operator: "regional", location: "x" }, "Skovly"] }, { id: "j2" }),
        response({ aftaler: [{ name: "x.pdf" }, { name: "ok.pdf", type: "application/pdf", content: "att-9" }], udfordringer: { text: "?" } }, { id: "j3" }),
      ],
    });
    checkInvariants(report);
    const perYear = item<SumPerYearItem>(report, "antalGravide");
    expect(perYear.rows[0]!.cells.map((c) => c?.value ?? null)).toEqual([null, 7, null]);
    expect(perYear.rows[1]!.cells).toEqual([null, null, null]);
    expect(perYear.total).toEqual({ value: 7, sources: ["j1"], small: false });
    expect(perYear.answered.value).toBe(2);
    expect(perYear.invalid.sources).toEqual(["j1", "j2"]);
    const sum = item<SumItem>(report, "anbragt");
    expect(sum.total).toEqual({ value: 3, sources: ["j2"], small: true });
    expect(sum.rows.map((r) => r.value?.value ?? null)).toEqual([null, 3, null]);
    expect(sum.invalid.sources).toEqual(["j1"]);
    const radio = item<ChoiceCountsItem>(report, "aftale");
    expect(radio.choices.map((c) => [c.value, c.listed, c.count.value])).toEqual([
      ["ja", true, 0],
      ["nej", true, 0],
      ["maaske", false, 1],
    ]);
    expect(item<ChoiceCountsItem>(report, "samarbejdsformer").choices.every((c) => c.count.value === 0)).toBe(true);
    expect(item<MatrixCountsItem>(report, "parter").invalid.sources).toEqual(["j1"]);
    expect(item<OfferListItem>(report, "tilbud").offers).toEqual([]);
    expect(item<FilesItem>(report, "aftaler").files.map((f) => f.content)).toEqual(["att-9"]);
    expect(item<TextsItem>(report, "udfordringer").texts).toEqual([]);

    const kinds = report.notes.map((n) => [n.kind, n.responseId, n.question]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["not-a-number", "j1", "antalGravide"],
        ["unknown-year", "j1", "antalGravide"],
        ["not-a-number", "j1", "anbragt"],
        ["unknown-choice", "j1", "aftale"],
        ["invalid-answer", "j1", "parter"],
        ["invalid-answer", "j2", "antalGravide"],
        ["invalid-answer", "j2", "samarbejdsformer"],
        ["unnamed-offer", "j2", "tilbud"],
        ["invalid-answer", "j2", "tilbud"],
        ["invalid-answer", "j3", "aftaler"],
        ["invalid-answer", "j3", "udfordringer"],
      ]),
    );
    const note = report.notes.find((n) => n.kind === "not-a-number" && n.question === "anbragt")!;
    expect(note.message.da).toBe('Svaret på "anbragt" fra Junkby (j1) er ikke et tal: "mange". Det er ikke talt med.');
    expect(note.value).toBe("mange");
  });

  it("counts unanswered questions", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [response({ anbragt: 0 }, { id: "u1" }), response({ anbragt: null, udfordringer: "   " }, { id: "u2" })],
    });
    const sum = item<SumItem>(report, "anbragt");
    expect(sum.answered).toEqual({ value: 1, sources: ["u1"], small: true });
    expect(sum.unanswered).toEqual({ value: 1, sources: ["u2"], small: true });
    expect(sum.total).toEqual({ value: 0, sources: ["u1"], small: false });
    expect(item<TextsItem>(report, "udfordringer").unanswered.value).toBe(2);
  });

  it("carries a response on an older version to the report's version, noting what could not be carried", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      earlierVersions: [municipalityV1],
      responses: [
        response({ antal: { "2017": 2, "2018": 3 }, telefon: "12345678", udfordringer: "Lange ventelister." }, { id: "old", version: "1.0.0", name: "Dragør" }),
        response({ antalGravide: { "2017": 5 } }, { id: "new" }),
      ],
    });
    checkInvariants(report);
    expect(report.responses.map((r) => [r.responseId, r.answeredVersion, r.migrated])).toEqual([
      ["old", "1.0.0", true],
      ["new", "2.0.0", false],
    ]);
    const perYear = item<SumPerYearItem>(report, "antalGravide");
    expect(perYear.yearTotals.map((f) => [f.value, f.sources])).toEqual([
      [7, ["old", "new"]],
      [3, ["old"]],
      [0, []],
    ]);
    expect(item<TextsItem>(report, "udfordringer").texts.map((t) => t.text)).toEqual(["Lange ventelister."]);
    const dropped = report.notes.filter((n) => n.kind === "dropped-by-migration");
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ responseId: "old", question: "telefon", value: "12345678" });
    expect(dropped[0]!.message.da).toContain('Svaret på "telefon" fra Dragør (old) er ikke overført fra version 1.0.0 til 2.0.0');
  });

  it("skips a response on a version it cannot carry, with a reason", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [response({ antal: { "2017": 2 } }, { id: "lost", version: "1.0.0", name: "Dragør", respondentId: "k155" }), response({ anbragt: 1 }, { id: "kept" })],
    });
    checkInvariants(report);
    expect(report.skipped).toEqual([
      {
        responseId: "lost",
        respondentId: "k155",
        respondentName: "Dragør",
        questionnaireVersion: "1.0.0",
        reason: expect.objectContaining({ da: expect.stringContaining("version 1.0.0") }),
      },
    ]);
    expect(report.skipped[0]!.reason.en).toContain("not among the earlier versions");
    expect(report.respondentCount).toEqual({ value: 1, sources: ["kept"], small: true });
    // a version with the same number but of another questionnaire does not count
    const other = aggregateReport({
      questionnaire: municipalityV2,
      earlierVersions: [{ ...municipalityV1, key: "andet" }],
      responses: [response({}, { id: "x", version: "1.0.0" })],
    });
    expect(other.skipped.map((s) => s.responseId)).toEqual(["x"]);
  });

  it("notes several responses from one respondent and counts the respondent once", () => {
    const report = aggregateReport({
      questionnaire: municipalityV2,
      responses: [response({ anbragt: 1 }, { id: "d1", respondentId: "k101", name: "København" }), response({ anbragt: 2 }, { id: "d2", respondentId: "k101", name: "København" })],
    });
    expect(report.respondentCount).toEqual({ value: 1, sources: ["d1", "d2"], small: true });
    expect(report.notes.map((n) => n.kind)).toEqual(["duplicate-respondent"]);
    expect(item<SumItem>(report, "anbragt").total.value).toBe(3);
  });

  it("reads SurveyJS choice forms: \"value|text\", ratings, multi-select image pickers and run-time choices", () => {
    const questionnaire = {
      ...municipalityV2,
      survey: {
        pages: [
          {
            name: "p",
            elements: [
              { type: "dropdown", name: "d", aggregation: "choiceCounts", reportSection: "samarbejde", choices: ["ja|Ja tak", "nej|Nej tak"] },
              { type: "rating", name: "r", aggregation: "choiceCounts", reportSection: "samarbejde", rateMax: 3 },
              { type: "imagepicker", name: "i", aggregation: "choiceCounts", reportSection: "samarbejde", multiSelect: true, choices: ["a", "b"] },
              { type: "dropdown", name: "u", aggregation: "choiceCounts", reportSection: "samarbejde", choicesByUrl: { url: "https://example.org" } },
            ],
          },
        ],
      },
    };
    const report = aggregateReport({ questionnaire, responses: [response({ d: "ja", r: 2, i: ["a", "b"], u: "x" }, { id: "c1" }), response({ d: "ja", r: "3", u: "x" }, { id: "c2" })] });
    const counts = (name: string) => item<ChoiceCountsItem>(report, name).choices.map((c) => [c.value, c.text.da, c.count.value]);
    expect(counts("d")).toEqual([
      ["ja", "Ja tak", 2],
      ["nej", "Nej tak", 0],
    ]);
    expect(counts("r")).toEqual([
      [1, "1", 0],
      [2, "2", 1],
      [3, "3", 1],
    ]);
    expect(item<ChoiceCountsItem>(report, "i").multiple).toBe(true);
    expect(counts("i")).toEqual([
      ["a", "a", 1],
      ["b", "b", 1],
    ]);
    expect(counts("u")).toEqual([["x", "x", 2]]);
    expect(report.notes).toEqual([]);
  });

  it("counts a checkbox whose answers are objects with its valuePropertyName", () => {
    const questionnaire = {
      ...municipalityV2,
      survey: {
        pages: [
          {
            name: "p",
            elements: [{ type: "checkbox", name: "f", aggregation: "choiceCounts", reportSection: "samarbejde", valuePropertyName: "fruit", choices: ["apple", "pear"] }],
          },
        ],
      },
    };
    const report = aggregateReport({
      questionnaire,
      responses: [response({ f: [{ fruit: "apple" }, { fruit: "pear" }] }, { id: "v1" }), response({ f: [{ fruit: "pear" }] }, { id: "v2" })],
    });
    expect(item<ChoiceCountsItem>(report, "f").choices.map((c) => [c.value, c.count.value, c.count.sources])).toEqual([
      ["apple", 1, ["v1"]],
      ["pear", 2, ["v1", "v2"]],
    ]);
    expect(report.notes).toEqual([]);
  });

  it("puts a question of an unknown section in a section of its own, with a note", () => {
    const questionnaire = {
      ...municipalityV2,
      survey: { pages: [{ name: "p", elements: [{ type: "text", name: "x", aggregation: "sum", reportSection: "ukendt" }] }] },
    };
    const report = aggregateReport({ questionnaire, responses: [response({ x: 2 }, { id: "s1" })] });
    expect(report.sections.map((s) => s.id)).toEqual(["maalgruppen", "tilbud", "samarbejde", "fremtid", "ukendt"]);
    expect(report.notes.map((n) => n.kind)).toEqual(["unknown-section"]);
  });

  describe("screening", () => {
    const offers = [
      response(
        { borgerflow: { "2017": 3, "2018": 4, "2019": 3 }, medarbejdere: 2, erfaring: 2, kompetencer: { familie: "internal", svangre: "external", rusmiddel: "internal", psykiatri: "external" } },
        { id: "o1", name: "Skovly", version: "1.0.0" },
      ),
      response({ borgerflow: { "2017": 2, "2018": 4, "2019": 3 }, medarbejdere: 5, erfaring: 3 }, { id: "o2", name: "Kongens Ø", version: "1.0.0" }),
      response({ medarbejdere: 5 }, { id: "o3", name: "Nyt tilbud", version: "1.0.0" }),
    ];

    it("screens every offer and counts the verdicts", () => {
      const report = aggregateReport({ questionnaire: offerQuestionnaire, responses: offers, screening: { competences } });
      checkInvariants(report);
      expect(report.screening?.thresholds).toEqual({ minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 2 });
      expect(report.screening?.offers.map((o) => [o.respondent.respondentName, o.result.verdict])).toEqual([
        ["Skovly", "highly-specialised"],
        ["Kongens Ø", "not-highly-specialised"],
        ["Nyt tilbud", "incomplete"],
      ]);
      expect(report.screening?.verdicts).toEqual({
        "highly-specialised": { value: 1, sources: ["o1"], small: true },
        "not-highly-specialised": { value: 1, sources: ["o2"], small: true },
        incomplete: { value: 1, sources: ["o3"], small: true },
      });
    });

    it("uses the secretariat's thresholds", () => {
      const report = aggregateReport({ questionnaire: offerQuestionnaire, responses: offers, screening: { competences, thresholds: { minStaff: 3 } } });
      expect(report.screening?.offers[0]!.result.verdict).toBe("not-highly-specialised");
      expect(report.screening?.thresholds.minStaff).toBe(3);
    });

    it("is left out when not asked for or when the questionnaire has no screening questions", () => {
      expect(aggregateReport({ questionnaire: offerQuestionnaire, responses: offers }).screening).toBeUndefined();
      expect(
        aggregateReport({ questionnaire: offerQuestionnaireWithoutScreening, responses: [response({ beskrivelse: "x" }, { version: "1.0.0" })], screening: { competences } })
          .screening,
      ).toBeUndefined();
    });
  });
});
