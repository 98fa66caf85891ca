import { randomUUID } from "node:crypto";
import type { ApprovalDecision, ReportSnapshot, SnapshotApprovalStep, SnapshotCampaignFacts } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { decisionOfSnapshot } from "../approval/approval-decisions.js";
import type { SessionUser } from "../auth/current-user.js";
import { campaignView, loadCampaign, type LoadedCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import type { ReportContent } from "./report-draft.js";
import { findSnapshot, insertSnapshot, latestSnapshotHash, type SnapshotRow } from "./snapshot.repository.js";

/** The campaign's facts now, with the approval path as given (the decisions so far and the one being recorded). */
export async function campaignFacts(db: Kysely<Database>, loaded: LoadedCampaign, approval: SnapshotApprovalStep[]): Promise<SnapshotCampaignFacts> {
  const view = await campaignView(db, loaded);
  return {
    id: view.id,
    title: view.title,
    announcementId: view.announcementId,
    announcementTitle: view.announcementTitle,
    regionCode: view.regionCode,
    regionName: view.regionName,
    status: view.status,
    deadline: view.deadline,
    municipalityQuestionnaire: view.municipalityQuestionnaire,
    offerQuestionnaire: view.offerQuestionnaire,
    respondents: { total: view.respondents.total, submitted: view.respondents.submitted ?? 0 },
    approval,
  };
}

/** Writes a snapshot (inside the transaction of the decision it belongs to) and returns its id. */
export async function storeSnapshot(
  db: Kysely<Database>,
  input: { campaignId: string; content: ReportContent; sha256: string; facts: SnapshotCampaignFacts; userId: string },
  now: Date,
): Promise<{ id: string; createdAt: string }> {
  const row = {
    id: randomUUID(),
    campaign_id: input.campaignId,
    created_at: now.toISOString(),
    created_by: input.userId,
    report_json: JSON.stringify(input.content.report),
    summaries_json: JSON.stringify(input.content.summaries),
    campaign_json: JSON.stringify(input.facts),
    sha256: input.sha256,
  };
  await insertSnapshot(db, row);
  return { id: row.id, createdAt: row.created_at };
}

function toView(row: SnapshotRow, decision: ApprovalDecision | null): ReportSnapshot {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: row.created_by_name },
    sha256: row.sha256,
    decision,
    campaign: JSON.parse(row.campaign_json) as SnapshotCampaignFacts,
    report: JSON.parse(row.report_json) as ReportContent["report"],
    summaries: JSON.parse(row.summaries_json) as Record<string, string>,
  };
}

/** A snapshot of a campaign the user may read; one of another campaign is not found. */
export async function snapshotOf(db: Kysely<Database>, campaignId: string, snapshotId: string): Promise<Result<ReportSnapshot>> {
  const row = await findSnapshot(db, campaignId, snapshotId);
  if (row === undefined) return fail("not_found", "No snapshot with this id in this campaign.", "snapshot");
  const decision = await decisionOfSnapshot(db, campaignId, snapshotId);
  return ok(toView(row, decision ?? null));
}

export async function getSnapshot(db: Kysely<Database>, user: SessionUser, campaignId: string, snapshotId: string): Promise<Result<ReportSnapshot>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  return snapshotOf(db, campaignId, snapshotId);
}

/** The content hash of the snapshot of the campaign's latest approval decision, or undefined before the first. */
export async function latestSnapshotSha256(db: Kysely<Database>, campaignId: string): Promise<string | undefined> {
  return latestSnapshotHash(db, campaignId);
}
