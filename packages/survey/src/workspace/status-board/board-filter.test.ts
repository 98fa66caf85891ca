import { describe, expect, it } from "vitest";
import type { BoardEntry } from "@afrapport/schema/api";
import { countByState, filterBoard, noFilter, notSubmitted } from "./board-filter.js";

function entry(partial: Partial<BoardEntry> & Pick<BoardEntry, "id" | "name">): BoardEntry {
  return {
    kind: "municipality",
    kommuneCode: null,
    operator: null,
    legalBasis: null,
    contactName: null,
    contactEmail: null,
    createdAt: "2026-10-01T10:00:00Z",
    state: "not-opened",
    responseId: `resp-${partial.id}`,
    revision: 0,
    firstOpenedAt: null,
    lastActivityAt: null,
    submittedAt: null,
    deadline: "2026-12-01T11:00:00Z",
    deadlineExtended: false,
    editable: true,
    hasActiveLink: true,
    linkIssuedAt: null,
    remindersSent: 0,
    ...partial,
  };
}

const entries = [
  entry({ id: "1", name: "København", kommuneCode: "101", state: "submitted" }),
  entry({ id: "2", name: "Frederiksberg", kommuneCode: "147", state: "in-progress", contactEmail: "anne@frb.dk" }),
  entry({ id: "3", name: "Tårnborg", kind: "offer", state: "not-opened" }),
  entry({ id: "4", name: "Ballerup", state: "reopened", deadline: "2026-10-15T10:00:00Z" }),
];
const names = (list: BoardEntry[]) => list.map((e) => e.name);

describe("the status board's filters", () => {
  it("filters by state, kind and free text together", () => {
    expect(names(filterBoard(entries, noFilter))).toHaveLength(4);
    expect(names(filterBoard(entries, { ...noFilter, state: "submitted" }))).toEqual(["København"]);
    expect(names(filterBoard(entries, { ...noFilter, kind: "offer" }))).toEqual(["Tårnborg"]);
    expect(names(filterBoard(entries, { ...noFilter, search: "  KØBEN " }))).toEqual(["København"]);
    expect(names(filterBoard(entries, { ...noFilter, search: "frb.dk" }))).toEqual(["Frederiksberg"]);
    expect(names(filterBoard(entries, { ...noFilter, search: "147" }))).toEqual(["Frederiksberg"]);
    expect(names(filterBoard(entries, { state: "submitted", kind: "offer", search: "" }))).toEqual([]);
  });

  it("counts by state and finds whom to remind", () => {
    expect(countByState(entries)).toEqual({ "not-opened": 1, "in-progress": 1, submitted: 1, reopened: 1 });
    expect(names(notSubmitted(entries, new Date("2026-11-01T00:00:00Z")))).toEqual(["Frederiksberg", "Tårnborg"]);
  });
});
