import { describe, expect, it } from "vitest";
import { effectiveDeadline } from "./effective-deadline.js";

describe("effectiveDeadline", () => {
  it("is the respondent's own deadline when later, else the campaign's", () => {
    expect(effectiveDeadline("2026-12-01T12:00:00.000Z", null)).toBe("2026-12-01T12:00:00.000Z");
    expect(effectiveDeadline("2026-12-01T12:00:00.000Z", "2026-12-15T12:00:00.000Z")).toBe("2026-12-15T12:00:00.000Z");
    // a later campaign-wide extension never shortens a respondent's time, nor does an older respondent deadline win
    expect(effectiveDeadline("2027-01-10T12:00:00.000Z", "2026-12-15T12:00:00.000Z")).toBe("2027-01-10T12:00:00.000Z");
  });
});
