import { describe, expect, it } from "vitest";
import { emptyStateCounts, respondentState } from "./respondent-state.js";

describe("respondentState", () => {
  it("names the four states of the status board", () => {
    expect(respondentState({ status: "draft", firstOpenedAt: null, currentRevision: 0 })).toBe("not-opened");
    expect(respondentState({ status: "draft", firstOpenedAt: "2026-11-23T10:00:00.000Z", currentRevision: 0 })).toBe("in-progress");
    expect(respondentState({ status: "draft", firstOpenedAt: null, currentRevision: 2 })).toBe("in-progress");
    expect(respondentState({ status: "submitted", firstOpenedAt: "x", currentRevision: 3 })).toBe("submitted");
    expect(respondentState({ status: "reopened", firstOpenedAt: "x", currentRevision: 4 })).toBe("reopened");
  });
  it("counts from zero in every state", () => {
    expect(emptyStateCounts()).toEqual({ "not-opened": 0, "in-progress": 0, submitted: 0, reopened: 0 });
  });
});
