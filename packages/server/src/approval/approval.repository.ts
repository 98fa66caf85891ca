import type { Insertable, Kysely } from "kysely";
import type { ApprovalDecisionRow, ApprovalDecisionsTable, Database } from "../db/tables.js";

// The only place that queries approval_steps and approval_decisions. Decisions are never updated or deleted.

/** The campaign's stored steps in order; empty when it still follows its region's default. */
export async function listStepNames(db: Kysely<Database>, campaignId: string): Promise<string[]> {
  const rows = await db.selectFrom("approval_steps").select("name").where("campaign_id", "=", campaignId).orderBy("position").execute();
  return rows.map((row) => row.name);
}

export async function replaceSteps(db: Kysely<Database>, campaignId: string, names: readonly string[]): Promise<void> {
  await db.deleteFrom("approval_steps").where("campaign_id", "=", campaignId).execute();
  if (names.length === 0) return;
  await db
    .insertInto("approval_steps")
    .values(names.map((name, index) => ({ campaign_id: campaignId, position: index + 1, name })))
    .execute();
}

export interface DecisionRow extends ApprovalDecisionRow {
  decided_by_name: string | null;
}

/** A campaign's decisions, oldest first. */
export async function listDecisionRows(db: Kysely<Database>, campaignId: string): Promise<DecisionRow[]> {
  return db
    .selectFrom("approval_decisions")
    .leftJoin("users", "users.id", "approval_decisions.decided_by")
    .selectAll("approval_decisions")
    .select("users.name as decided_by_name")
    .where("approval_decisions.campaign_id", "=", campaignId)
    .orderBy("approval_decisions.sequence")
    .execute();
}

/** The decision that froze this snapshot, if any. */
export async function findDecisionBySnapshot(db: Kysely<Database>, campaignId: string, snapshotId: string): Promise<DecisionRow | undefined> {
  return db
    .selectFrom("approval_decisions")
    .leftJoin("users", "users.id", "approval_decisions.decided_by")
    .selectAll("approval_decisions")
    .select("users.name as decided_by_name")
    .where("approval_decisions.campaign_id", "=", campaignId)
    .where("approval_decisions.snapshot_id", "=", snapshotId)
    .executeTakeFirst();
}

/** Appends a decision. Throws a unique violation when another decision took the same sequence number. */
export async function insertDecision(db: Kysely<Database>, row: Insertable<ApprovalDecisionsTable>): Promise<void> {
  await db.insertInto("approval_decisions").values(row).execute();
}
