import { describe, expect, it } from "vitest";
import { checkDecision, danishDateText, decisionsFor, danishToday, isoDate, maxNoteLength, noteNeeded } from "./decision-form.js";

const ok = { step: "1", date: "2.3.2026", decision: "approved" as const, note: "" };

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
    expect(checkDecision({ ...ok, date: "30.2.2026" }, "2026-03-02")).toEqual([{ field: "date", reason: "invalid" }]);
    expect(checkDecision({ ...ok, date: "3.3.2026" }, "2026-03-02")).toEqual([{ field: "date", reason: "future" }]);
    expect(isoDate("29-02-2024")).toBe("2024-02-29");
    expect(isoDate("29.2.2023")).toBeUndefined();
    expect(isoDate("2026-03-02")).toBeUndefined();
    expect(danishDateText("2026-03-02")).toBe("2.3.2026");
  });

  it("refuses a date before the previous decision's", () => {
    expect(checkDecision({ ...ok, date: "1.3.2026" }, "2026-03-02", "2026-03-02")).toEqual([{ field: "date", reason: "beforePrevious" }]);
    expect(checkDecision(ok, "2026-03-02", "2026-03-02")).toEqual([]);
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

describe("the decisions offered", () => {
  it("offers »Sendt« on the last step only", () => {
    expect(decisionsFor(6, 6)).toContain("sent");
    for (const position of [1, 2, 3, 4, 5]) expect(decisionsFor(position, 6)).not.toContain("sent");
    expect(decisionsFor(1, 6)).toEqual(["approved", "approved-with-changes", "rejected", "noted"]);
    expect(decisionsFor(1, 1)).toContain("sent");
  });
});
