import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatDateTime, formatNumber, formatPercent, formatTime, isPast } from "./format.js";

// 13:32 UTC on 1 December is 14:32 in Copenhagen (winter time); 14:32 UTC on 1 July is 16:32 (summer time).
const winter = "2026-12-01T13:32:00Z";
const summer = "2026-07-01T14:32:00Z";

describe("dates and times", () => {
  it("writes a date and time the Danish way, in Danish time", () => {
    expect(formatDateTime(winter, "da")).toBe("1. december 2026 kl. 14.32");
    expect(formatDateTime(summer, "da")).toBe("1. juli 2026 kl. 16.32");
  });

  it("writes British English for the English page", () => {
    expect(formatDateTime(winter, "en")).toBe("1 December 2026 at 14:32");
  });

  it("formats a date alone and a time alone", () => {
    expect(formatDate(winter, "da")).toBe("1. december 2026");
    expect(formatTime(winter, "da")).toBe("14.32");
    expect(formatTime(new Date(winter), "en")).toBe("14:32");
  });

  it("tells whether a deadline has passed", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(isPast("2026-12-01T11:59:59Z", now)).toBe(true);
    expect(isPast("2026-12-01T12:00:01Z", now)).toBe(false);
  });
});

describe("numbers", () => {
  it("uses a decimal comma and a thousands point in Danish", () => {
    expect(formatNumber(12345.67, "da")).toBe("12.345,7");
    expect(formatNumber(12345.67, "en")).toBe("12,345.7");
    expect(formatNumber(3, "da")).toBe("3");
  });

  it("writes percentages", () => {
    expect(formatPercent(0.45, "da")).toBe("45\u00a0%"); // a no-break space, as Danish typesetting wants
    expect(formatPercent(0.45, "en")).toBe("45%");
  });

  it("writes file sizes with binary units, as the upload limit counts them", () => {
    expect(formatBytes(512, "da")).toBe("512 B");
    expect(formatBytes(850 * 1024, "da")).toBe("850 kB");
    expect(formatBytes(20 * 1024 * 1024, "da")).toBe("20 MB");
    expect(formatBytes(12.34 * 1024 * 1024, "da")).toBe("12,3 MB");
    expect(formatBytes(12.34 * 1024 * 1024, "en")).toBe("12.3 MB");
  });
});
