import { describe, expect, it } from "vitest";
import { effectiveDeadline, respondentState } from "./respondent-state.js";

describe("respondentState", () => {
  it("names the four states of the status board", () => {
    expect(respondentState({ status: "draft", firstOpenedAt: null, currentRevision: 0 })).toBe("not-opened");
    expect(respondentState({ status: "draft", firstOpenedAt: "2026-11-23T10:00:00.000Z", currentRevision: 0 })).toBe("in-progress");
    expect(respondentState({ status: "draft", firstOpenedAt: null, currentRevision: 2 })).toBe("in-progress");
    expect(respondentState({ status: "submitted", firstOpenedAt: "x", currentRevision: 3 })).toBe("submitted");
    expect(respondentState({ status: "reopened", firstOpenedAt: "x", currentRevision: 4 })).toBe("reopened");
  });
});

describe("effectiveDeadline", () => {
  it("is the respondent's own deadline when later, else the campaign's", () => {
    expect(effectiveDeadline("2026-12-01T12:00:00.000Z", null)).toBe("2026-12-01T12:00:00.000Z");
    expect(effectiveDeadline("2026-12-01T12:00:00.000Z", "2026-12-15T12:00:00.000Z")).toBe("2026-12-15T12:00:00.000Z");
    // a later campaign-wide extension never shortens a respondent's time, nor does an older respondent deadline win
    expect(effectiveDeadline("2027-01-10T12:00:00.000Z", "2026-12-15T12:00:00.000Z")).toBe("2027-01-10T12:00:00.000Z");
  });
});
