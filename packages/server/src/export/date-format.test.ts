import { describe, expect, it } from "vitest";
import { formatDateText, formatLocalDateTime, formatLongDate, parseLocalDateTime } from "./date-format.js";

describe("date formats", () => {
  it("writes a moment as a Danish long date in Danish time", () => {
    expect(formatLongDate(new Date("2026-11-23T10:00:00Z"), "da")).toBe("23. november 2026");
    expect(formatLongDate(new Date("2026-11-22T23:30:00Z"), "da")).toBe("23. november 2026");
    expect(formatLongDate(new Date("2026-11-23T10:00:00Z"), "en")).toBe("23 November 2026");
  });

  it("writes a calendar date without shifting it, and keeps text that is not a date", () => {
    expect(formatDateText("2026-12-01", "da")).toBe("1. december 2026");
    expect(formatDateText("2026-02-28T22:59:59Z", "da")).toBe("28. februar 2026");
    expect(formatDateText("efteråret 2026", "da")).toBe("efteråret 2026");
  });

  it("writes spreadsheet times in Danish time, summer and winter, and reads them back for a spreadsheet date", () => {
    expect(formatLocalDateTime("2026-11-23T13:05:00Z")).toBe("2026-11-23 14:05");
    expect(formatLocalDateTime("2026-06-30T22:30:00Z")).toBe("2026-07-01 00:30");
    expect(formatLocalDateTime("ikke en dato")).toBe("ikke en dato");
    expect(parseLocalDateTime("2026-11-23 14:05")?.toISOString()).toBe("2026-11-23T14:05:00.000Z");
    expect(parseLocalDateTime("23-11-2026")).toBeUndefined();
  });
});
