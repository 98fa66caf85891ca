import { describe, expect, it } from "vitest";
import { checkDecision, danishToday, isIsoDate, maxNoteLength, noteNeeded } from "./decision-form.js";

const ok = { step: "Faglig referencegruppe", date: "2026-03-02", decision: "approved" as const, note: "" };

describe("recording a decision", () => {
  it("accepts a complete decision", () => {
    expect(checkDecision(ok, "2026-03-02")).toEqual([]);
  });

  it("names every missing field in the form's order", () => {
    expect(checkDecision({ step: " ", date: "", decision: "", note: "" }, "2026-03-02")).toEqual([
      { field: "step", reason: "missing" },
      { field: "date", reason: "missing" },
      { field: "decision", reason: "missing" },
    ]);
  });

  it("refuses a date that is not a date, or lies after today in Denmark", () => {
    expect(checkDecision({ ...ok, date: "2026-02-30" }, "2026-03-02")).toEqual([{ field: "date", reason: "invalid" }]);
    expect(checkDecision({ ...ok, date: "2026-03-03" }, "2026-03-02")).toEqual([{ field: "date", reason: "future" }]);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2.3.2026")).toBe(false);
  });

  it("asks for a note when the report is approved with changes or rejected", () => {
    expect(noteNeeded("approved-with-changes")).toBe(true);
    expect(noteNeeded("noted")).toBe(false);
    expect(checkDecision({ ...ok, decision: "rejected" }, "2026-03-02")).toEqual([{ field: "note", reason: "needed" }]);
    expect(checkDecision({ ...ok, note: "x".repeat(maxNoteLength + 1) }, "2026-03-02")).toEqual([{ field: "note", reason: "tooLong" }]);
  });

  it("dates by the Danish calendar: 23.30 UTC on 1 March is already 2 March in Copenhagen", () => {
    expect(danishToday(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02");
  });
});
