// The joint report with its figures' sources by reference, against the same report with them inline: every figure
// the same but for its sources, and reportFigureSources giving back exactly the sources each figure had inline.
import { describe, expect, it } from "vitest";
import kommuneComplete from "../fixtures/gravide-rusmiddel/kommune-2019/valid-complete.json" with { type: "json" };
import kommuneCounts from "../fixtures/gravide-rusmiddel/kommune-2019/invalid-counts.json" with { type: "json" };
import kommuneNoOffers from "../fixtures/gravide-rusmiddel/kommune-2019/valid-no-offers-no-cooperation.json" with { type: "json" };
import kommuneUnknown from "../fixtures/gravide-rusmiddel/kommune-2019/invalid-unknown-keys-and-choices.json" with { type: "json" };
import tilbudComplete from "../fixtures/gravide-rusmiddel/tilbud-2019/valid-complete.json" with { type: "json" };
import tilbudSmall from "../fixtures/gravide-rusmiddel/tilbud-2019/valid-small-outpatient.json" with { type: "json" };
import tilbudNumbers from "../fixtures/gravide-rusmiddel/tilbud-2019/invalid-not-numbers.json" with { type: "json" };
import { aggregateReport, reportFigureSources, type AggregateReportInput } from "./aggregate-report.js";
import { findQuestionnaire } from "./announcements/built-in.js";
import { gravideRusmiddel } from "./announcements/gravide-rusmiddel.js";
import type { Figure, FigureRef, SubmittedResponse } from "./joint-report.js";
import { parseFigureAddress } from "./report-figure.js";

const kommune = findQuestionnaire(gravideRusmiddel, "kommune-2019")!;
const tilbud = findQuestionnaire(gravideRusmiddel, "tilbud-2019")!;

/** `count` responses cycling through the answer fixtures, one on a version the report cannot carry, one respondent twice. */
function responses(version: string, fixtures: { answers: Record<string, unknown> }[], count: number): SubmittedResponse[] {
  const list = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    respondent: { id: `resp-${i % (count - 1)}`, name: `Respondent ${i}` },
    questionnaireVersion: i === 3 ? "0.0.1" : version,
    answers: structuredClone(fixtures[i % fixtures.length]!.answers),
  }));
  return list;
}

/** Every figure of a report with its path, in the order JSON lists them. */
function figuresOf(value: unknown, path = "", found: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) value.forEach((v, i) => figuresOf(v, `${path}.${i}`, found));
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.value === "number" && typeof record.small === "boolean") found.push([path, record]);
    else for (const [key, v] of Object.entries(record)) figuresOf(v, `${path}.${key}`, found);
  }
  return found;
}

const inputs: [string, AggregateReportInput][] = [
  ["municipalities", { questionnaire: kommune, responses: responses(kommune.version, [kommuneComplete, kommuneNoOffers, kommuneCounts, kommuneUnknown], 23) }],
  [
    "offers, screened",
    {
      questionnaire: tilbud,
      responses: responses(tilbud.version, [tilbudComplete, tilbudSmall, tilbudNumbers], 17),
      screening: { competences: gravideRusmiddel.competences, thresholds: { minStaff: 5 } },
    },
  ],
];

describe.each(inputs)("the joint report of %s with its sources by reference", (_, input) => {
  const inline = aggregateReport(input);
  const refs = aggregateReport(input, { sources: "refs" });
  const inlineFigures = figuresOf(inline) as [string, unknown][] as [string, Figure][];
  const refFigures = figuresOf(refs) as [string, unknown][] as [string, FigureRef][];

  it("is the inline report but for the figures' sources, with notes and skipped responses alike", () => {
    expect(inline.notes.length + inline.skipped.length).toBeGreaterThan(0);
    expect(refFigures.map(([path]) => path)).toEqual(inlineFigures.map(([path]) => path));
    expect(refFigures.length).toBeGreaterThan(30);
    for (const [i, [path, figure]] of refFigures.entries()) {
      const [, full] = inlineFigures[i]!;
      expect({ path, value: figure.value, small: figure.small, sourceCount: figure.sourceCount }).toEqual({ path, value: full.value, small: full.small, sourceCount: full.sources.length });
      expect(Object.keys(figure).sort()).toEqual(["ref", "small", "sourceCount", "value"]);
    }
    const strip = (report: unknown) => JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === "sources" || key === "sourceCount" || key === "ref" ? undefined : value))) as unknown;
    expect(strip(refs)).toEqual(strip(inline));
  });

  it("gives every figure a distinct address, and its sources back from it", () => {
    const refsSeen = new Set(refFigures.map(([, f]) => f.ref));
    expect(refsSeen.size).toBe(refFigures.length);
    for (const [i, [path, figure]] of refFigures.entries()) {
      const address = parseFigureAddress(figure.ref);
      expect(address, path).toBeDefined();
      expect({ path, sources: reportFigureSources(input, address!) }).toEqual({ path, sources: inlineFigures[i]![1].sources });
    }
  });

  it("has nothing at an address its report does not have", () => {
    const audience = input.questionnaire.audience;
    expect(reportFigureSources(input, { audience: audience === "offer" ? "municipality" : "offer", part: 0, n: 0 })).toBeUndefined();
    expect(reportFigureSources(input, { audience, part: 999, n: 0 })).toBeUndefined();
    expect(reportFigureSources(input, { audience, part: "respondents", n: 1 })).toBeUndefined();
    expect(reportFigureSources(input, { audience, part: 0, n: 100_000 })).toBeUndefined();
  });
});

describe("the screening's figures by reference", () => {
  it("are only in a screened report", () => {
    const input = { questionnaire: tilbud, responses: responses(tilbud.version, [tilbudComplete], 5) };
    expect(reportFigureSources(input, { audience: "offer", part: "screening", n: 0 })).toBeUndefined();
    const screened = { ...input, screening: { competences: gravideRusmiddel.competences } };
    expect(reportFigureSources(screened, { audience: "offer", part: "screening", n: 0 })).toEqual(["r0", "r1", "r2", "r4"]);
  });
});
