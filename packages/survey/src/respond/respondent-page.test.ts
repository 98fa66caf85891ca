import { describe, expect, it } from "vitest";
import type { RespondState } from "./respond-api.js";
import { readOnlyReason } from "./respondent-page.js";

function state(over: { response?: "draft" | "submitted" | "reopened"; campaign?: "open" | "closed" | "reported"; deadline?: string }): RespondState {
  return {
    campaign: { id: "c", title: "t", announcementTitle: { da: "a", en: "a" }, deadline: over.deadline ?? "2026-12-01T11:00:00Z", status: over.campaign ?? "open" },
    respondent: { id: "r", name: "Aarhus", kind: "municipality" },
    questionnaire: {} as RespondState["questionnaire"],
    response: { id: "x", status: over.response ?? "draft", revision: 1, answers: {}, updatedAt: "2026-11-01T10:00:00Z", submittedAt: null },
    attachments: [],
    editable: false,
    prefill: null,
  };
}

describe("readOnlyReason", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it("names why a response cannot be changed, most specific first", () => {
    expect(readOnlyReason(state({ response: "submitted", campaign: "closed" }), now)).toBe("submitted");
    expect(readOnlyReason(state({ campaign: "closed" }), now)).toBe("closed");
    expect(readOnlyReason(state({ campaign: "reported" }), now)).toBe("closed");
    expect(readOnlyReason(state({}), now)).toBe("deadline");
    expect(readOnlyReason(state({ deadline: "2026-12-02T00:00:00Z" }), now)).toBe("notEditable");
  });
});
