import type { AttachmentQuota } from "../config.js";
import { fail, type DomainError } from "../http/result.js";

export type QuotaScope = "response" | "campaign";

/** How large the next file may be, and which limit says so. */
export interface UploadRoom {
  maxFileBytes: number;
  /** `upload`: the limit on one file (MAX_UPLOAD_MB); otherwise the quota with the least room left. */
  limitedBy: "upload" | QuotaScope;
  /** the limit that applies: one file's, or the quota's total */
  limitBytes: number;
  /** what the quota's files take up now (0 for `upload`) */
  usedBytes: number;
}

/**
 * The room for one more file, given what the response's and the campaign's files take up: the smallest of the
 * upload limit and what each quota has left. On a tie the upload limit is named, as the more useful thing to tell.
 */
export function roomForFile(usage: { response: number; campaign: number }, quota: AttachmentQuota, maxUploadBytes: number): UploadRoom {
  const responseLeft = Math.max(0, quota.perResponseBytes - usage.response);
  const campaignLeft = Math.max(0, quota.perCampaignBytes - usage.campaign);
  if (maxUploadBytes <= responseLeft && maxUploadBytes <= campaignLeft) {
    return { maxFileBytes: maxUploadBytes, limitedBy: "upload", limitBytes: maxUploadBytes, usedBytes: 0 };
  }
  if (responseLeft <= campaignLeft) {
    return { maxFileBytes: responseLeft, limitedBy: "response", limitBytes: quota.perResponseBytes, usedBytes: usage.response };
  }
  return { maxFileBytes: campaignLeft, limitedBy: "campaign", limitBytes: quota.perCampaignBytes, usedBytes: usage.campaign };
}

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * 413 `quota_exceeded` for a file that does not fit in the room a quota has left. `quota` in the body tells the
 * respondent's page which quota it was and how large it is.
 */
export function quotaExceeded(room: UploadRoom & { limitedBy: QuotaScope }): { ok: false; error: DomainError } {
  const message =
    room.limitedBy === "response"
      ? `file: the files of one response may take up at most ${mb(room.limitBytes)} in all, and ${mb(room.usedBytes)} is taken; delete a file first.`
      : `file: the files of this campaign may take up at most ${mb(room.limitBytes)} in all, and there is no room for this file; ask the secretariat.`;
  return fail("quota_exceeded", message, "file", { quota: { scope: room.limitedBy, limitBytes: room.limitBytes, usedBytes: room.usedBytes } });
}
