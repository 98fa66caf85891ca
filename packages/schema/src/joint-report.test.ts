import { describe, expect, expectTypeOf, it } from "vitest";
import { municipalityV2 } from "../fixtures/report/questionnaires.js";
import { aggregateReport } from "./aggregate-report.js";
import { reportNoteKinds, type Figure, type JointReport, type ReportItem, type SumPerYearItem } from "./joint-report.js";

/** True when a value is made only of JSON: plain objects, arrays, strings, finite numbers, booleans, null. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === "object") return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainJson);
  return false;
}

describe("JointReport", () => {
  const report = aggregateReport({
    questionnaire: municipalityV2,
    responses: [
      {
        id: "r1",
        respondent: { id: "k101", name: "København", kommuneCode: "101" },
        questionnaireVersion: "2.0.0",
        answers: { antalGravide: { "2017": 3 }, anbragt: "x", tilbud: [{ name: "Skovly", operator: "private" }], aftaler: [{ name: "a.pdf", type: "application/pdf", content: "att-1" }] },
        submittedAt: "2020-09-01T10:00:00Z",
      },
    ],
  });

  it("is plain JSON: no classes, dates, maps or undefined", () => {
    expect(isPlainJson(report)).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("only uses the documented note kinds", () => {
    expect(report.notes.length).toBeGreaterThan(0);
    for (const note of report.notes) expect(reportNoteKinds).toContain(note.kind);
  });

  it("narrows items by kind", () => {
    expectTypeOf<Extract<ReportItem, { kind: "sumPerYear" }>>().toEqualTypeOf<SumPerYearItem>();
    expectTypeOf<JointReport["respondentCount"]>().toEqualTypeOf<Figure>();
    const item = report.sections[0]!.items[0]!;
    if (item.kind === "sumPerYear") expectTypeOf(item.yearTotals).toEqualTypeOf<Figure[]>();
    if (item.kind === "choiceCounts" && item.layout === "matrix") expectTypeOf(item.rows[0]!.choices[0]!.count).toEqualTypeOf<Figure>();
  });
});
