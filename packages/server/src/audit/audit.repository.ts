import type { Kysely, Transaction } from "kysely";
import type { Database, NewAuditEntry } from "../db/tables.js";

/**
 * The audit log is append-only: this repository inserts and reads, and there is deliberately no update or
 * delete anywhere in the code base.
 */
export async function insertAuditEntry(db: Kysely<Database> | Transaction<Database>, entry: NewAuditEntry): Promise<void> {
  await db.insertInto("audit_log").values(entry).execute();
}

export interface AuditQuery {
  campaignId?: string | undefined;
  /** Only entries of campaigns in this region (secretariat's view); undefined: every entry (admin). */
  regionCode?: string | undefined;
  /** Only entries with an id below this one: the cursor for the next page (newest first). */
  before?: number | undefined;
  limit: number;
}

export interface AuditEntryRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  campaign_id: string | null;
  subject_type: string;
  subject_id: string;
  details_json: string;
}

/** Newest first. Entries without a campaign are only visible when no region restricts the query. */
export async function listAuditEntries(db: Kysely<Database>, query: AuditQuery): Promise<AuditEntryRow[]> {
  let q = db
    .selectFrom("audit_log")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.actor",
      "audit_log.action",
      "audit_log.campaign_id",
      "audit_log.subject_type",
      "audit_log.subject_id",
      "audit_log.details_json",
    ]);
  if (query.regionCode !== undefined) {
    q = q.innerJoin("campaigns", "campaigns.id", "audit_log.campaign_id").where("campaigns.region_code", "=", query.regionCode);
  }
  if (query.campaignId !== undefined) q = q.where("audit_log.campaign_id", "=", query.campaignId);
  if (query.before !== undefined) q = q.where("audit_log.id", "<", query.before);
  const rows = await q.orderBy("audit_log.id", "desc").limit(query.limit).execute();
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}
