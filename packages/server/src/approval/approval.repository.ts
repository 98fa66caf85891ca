import type { Insertable, Kysely } from "kysely";
import type { ApprovalCouncilDecisionsTable, ApprovalDecisionRow, ApprovalDecisionsTable, Database } from "../db/tables.js";
import type { StoredCouncilDecision } from "./approval-councils.js";

// The only place that queries approval_steps, approval_decisions, approval_step_plans and approval_council_decisions. Decisions are never updated or deleted.

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

export interface StepPlanRow {
  step_name: string;
  planned_from: string;
  planned_to: string | null;
}

/** The campaign's planned dates, by step name. */
export async function listStepPlans(db: Kysely<Database>, campaignId: string): Promise<StepPlanRow[]> {
  return db.selectFrom("approval_step_plans").select(["step_name", "planned_from", "planned_to"]).where("campaign_id", "=", campaignId).execute();
}

/** Sets a step's plan (replacing any), or removes it when `plan` is null. */
export async function saveStepPlan(
  db: Kysely<Database>,
  campaignId: string,
  stepName: string,
  plan: { planned_from: string; planned_to: string | null; updated_by: string; updated_at: string } | null,
): Promise<void> {
  await db.deleteFrom("approval_step_plans").where("campaign_id", "=", campaignId).where("step_name", "=", stepName).execute();
  if (plan !== null) await db.insertInto("approval_step_plans").values({ campaign_id: campaignId, step_name: stepName, ...plan }).execute();
}

/** Every council decision recorded for the campaign. */
export async function listCouncilDecisions(db: Kysely<Database>, campaignId: string): Promise<StoredCouncilDecision[]> {
  return db
    .selectFrom("approval_council_decisions")
    .select(["council_code", "decision", "decision_date", "note"])
    .where("campaign_id", "=", campaignId)
    .execute();
}

/** Records a council's decision, replacing an earlier one of the same council (a correction). */
export async function saveCouncilDecision(db: Kysely<Database>, row: Insertable<ApprovalCouncilDecisionsTable>): Promise<void> {
  await db.deleteFrom("approval_council_decisions").where("campaign_id", "=", row.campaign_id).where("council_code", "=", row.council_code).execute();
  await db.insertInto("approval_council_decisions").values(row).execute();
}
