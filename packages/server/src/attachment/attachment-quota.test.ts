import { describe, expect, it } from "vitest";
import { quotaExceeded, roomForFile } from "./attachment-quota.js";

const quota = { perResponseBytes: 100, perCampaignBytes: 1000 };

describe("roomForFile", () => {
  it("is the upload limit while both quotas have more room than that", () => {
    expect(roomForFile({ response: 0, campaign: 0 }, quota, 20)).toEqual({ maxFileBytes: 20, limitedBy: "upload", limitBytes: 20, usedBytes: 0 });
    expect(roomForFile({ response: 80, campaign: 0 }, quota, 20)).toMatchObject({ maxFileBytes: 20, limitedBy: "upload" });
  });

  it("is what the response's quota has left, when that is less", () => {
    expect(roomForFile({ response: 90, campaign: 500 }, quota, 20)).toEqual({ maxFileBytes: 10, limitedBy: "response", limitBytes: 100, usedBytes: 90 });
    expect(roomForFile({ response: 130, campaign: 500 }, quota, 20)).toMatchObject({ maxFileBytes: 0, limitedBy: "response" });
  });

  it("is what the campaign's quota has left, when that is the least", () => {
    expect(roomForFile({ response: 50, campaign: 995 }, quota, 20)).toEqual({ maxFileBytes: 5, limitedBy: "campaign", limitBytes: 1000, usedBytes: 995 });
  });
});

describe("quotaExceeded", () => {
  it("is 413 quota_exceeded naming the file field, the quota and its size", () => {
    const MB = 1024 * 1024;
    const response = quotaExceeded({ maxFileBytes: 0, limitedBy: "response", limitBytes: 100 * MB, usedBytes: 99.5 * MB });
    expect(response.error).toEqual({
      code: "quota_exceeded",
      message: "file: the files of one response may take up at most 100 MB in all, and 99.5 MB is taken; delete a file first.",
      field: "file",
      extra: { quota: { scope: "response", limitBytes: 100 * MB, usedBytes: 99.5 * MB } },
    });
    expect(quotaExceeded({ maxFileBytes: 0, limitedBy: "campaign", limitBytes: 2048 * MB, usedBytes: 2048 * MB }).error.message).toBe(
      "file: the files of this campaign may take up at most 2048 MB in all, and there is no room for this file; ask the secretariat.",
    );
  });
});
