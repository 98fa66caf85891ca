import type { Insertable, Kysely } from "kysely";
import type { Database, ReportSnapshotRow, ReportSnapshotsTable } from "../db/tables.js";

// The only place that queries report_snapshots. A snapshot is written once and never changed.

export interface SnapshotRow extends ReportSnapshotRow {
  created_by_name: string | null;
}

export async function insertSnapshot(db: Kysely<Database>, row: Insertable<ReportSnapshotsTable>): Promise<void> {
  await db.insertInto("report_snapshots").values(row).execute();
}

/** The snapshot with this id in this campaign (one of another campaign is not found). */
export async function findSnapshot(db: Kysely<Database>, campaignId: string, snapshotId: string): Promise<SnapshotRow | undefined> {
  return db
    .selectFrom("report_snapshots")
    .leftJoin("users", "users.id", "report_snapshots.created_by")
    .selectAll("report_snapshots")
    .select("users.name as created_by_name")
    .where("report_snapshots.campaign_id", "=", campaignId)
    .where("report_snapshots.id", "=", snapshotId)
    .executeTakeFirst();
}

/** The content hash of the snapshot of the campaign's latest decision, or undefined before the first. */
export async function latestSnapshotHash(db: Kysely<Database>, campaignId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("approval_decisions")
    .innerJoin("report_snapshots", "report_snapshots.id", "approval_decisions.snapshot_id")
    .select("report_snapshots.sha256")
    .where("approval_decisions.campaign_id", "=", campaignId)
    .orderBy("approval_decisions.sequence", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.sha256;
}
