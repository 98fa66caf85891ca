import { describe, expect, it } from "vitest";
import { editability } from "./response-editable.js";

describe("editability", () => {
  const now = new Date("2026-11-30T12:00:00.000Z");
  const open = { campaignStatus: "open" as const, deadline: "2026-12-01T12:00:00.000Z", now };
  it("allows a draft or a reopened response in an open campaign before the deadline", () => {
    expect(editability({ ...open, responseStatus: "draft" }).editable).toBe(true);
    expect(editability({ ...open, responseStatus: "reopened" }).editable).toBe(true);
  });
  it("refuses a submitted response, a campaign not open, and a passed deadline, saying why", () => {
    expect(editability({ ...open, responseStatus: "submitted" })).toMatchObject({ editable: false, reason: "submitted" });
    expect(editability({ ...open, campaignStatus: "closed", responseStatus: "draft" })).toMatchObject({ editable: false, reason: "campaign-not-open" });
    expect(editability({ ...open, campaignStatus: "draft", responseStatus: "draft" })).toMatchObject({ editable: false, reason: "campaign-not-open" });
    expect(editability({ ...open, deadline: "2026-11-30T11:59:59.999Z", responseStatus: "draft" })).toMatchObject({
      editable: false,
      reason: "deadline-passed",
    });
  });
});
