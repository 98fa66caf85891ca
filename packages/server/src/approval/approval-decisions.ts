import type { ApprovalDecision } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { toDecisionView } from "./approval-decision-view.js";
import { findDecisionBySnapshot, listDecisionRows } from "./approval.repository.js";

// The decisions recorded on a campaign's approval path, as the snapshots and the report documents show them. Kept
// apart from approval.service.ts, which builds on the snapshot service and so cannot be imported by it.

/** A campaign's decisions, oldest first. */
export async function campaignDecisions(db: Kysely<Database>, campaignId: string): Promise<ApprovalDecision[]> {
  return (await listDecisionRows(db, campaignId)).map(toDecisionView);
}

/** The decision that froze this snapshot, or undefined. */
export async function decisionOfSnapshot(db: Kysely<Database>, campaignId: string, snapshotId: string): Promise<ApprovalDecision | undefined> {
  const row = await findDecisionBySnapshot(db, campaignId, snapshotId);
  return row === undefined ? undefined : toDecisionView(row);
}
