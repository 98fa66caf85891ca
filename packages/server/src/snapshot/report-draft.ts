import type { JointReport } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { campaignJointReports } from "../report/report.service.js";
import { currentSummaryTexts } from "../summary/summary.service.js";
import { canonicalJson, sha256Hex } from "./canonical-json.js";

/** What a snapshot freezes and what "the report changed" compares: the joint reports and the secretariat's text. */
export interface ReportContent {
  report: { municipality: JointReport; offer: JointReport | null };
  /** the current text per section id; sections without text are left out */
  summaries: Record<string, string>;
}

/** The hash of the canonical JSON of the report and the summaries: equal content, equal hash. */
export function reportContentHash(content: ReportContent): string {
  return sha256Hex(canonicalJson({ report: content.report, summaries: content.summaries }));
}

/**
 * The live draft of the campaign's report: the joint reports over the submitted responses (the screening model's
 * default thresholds), every figure's sources inline, and the current summaries. Pass a transaction to read it
 * consistently with a change. (`_now` is kept for the callers: the content has no time in it.)
 */
export async function liveReportContent(
  db: Kysely<Database>,
  user: SessionUser,
  campaign: CampaignRow,
  _now: Date,
): Promise<Result<ReportContent & { sha256: string }>> {
  const report = await campaignJointReports(db, user, campaign.id, {});
  if (!report.ok) return fail(report.error.code, report.error.message);
  const content: ReportContent = {
    report: { municipality: report.value.municipality, offer: report.value.offer },
    summaries: await currentSummaryTexts(db, campaign),
  };
  return ok({ ...content, sha256: reportContentHash(content) });
}
