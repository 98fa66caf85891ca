import { describe, expect, it } from "vitest";
import { answersSha256, canonicalJson } from "./answers-hash.js";
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

describe("answersSha256", () => {
  it("does not depend on key order, and ignores undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(answersSha256({ a: 1, b: 2 })).toBe(answersSha256({ b: 2, a: 1 }));
    expect(answersSha256({ a: 1 })).not.toBe(answersSha256({ a: "1" }));
    expect(answersSha256({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
