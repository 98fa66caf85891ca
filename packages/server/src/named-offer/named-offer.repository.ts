import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";

// The only place that queries offer merges, the offers invited from a named key, and dismissed duplicate groups.

export interface MergeRow {
  from_key: string;
  into_key: string;
  created_by: string;
  created_at: string;
}

export async function listMerges(db: Kysely<Database>, campaignId: string): Promise<MergeRow[]> {
  return db
    .selectFrom("offer_merges")
    .select(["from_key", "into_key", "created_by", "created_at"])
    .where("campaign_id", "=", campaignId)
    .orderBy("created_at")
    .orderBy("from_key")
    .execute();
}

export async function insertMerge(db: Kysely<Database>, row: { campaign_id: string } & MergeRow): Promise<void> {
  await db.insertInto("offer_merges").values(row).execute();
}

/** Removes the merge of `fromKey`; returns whether there was one. */
export async function deleteMerge(db: Kysely<Database>, campaignId: string, fromKey: string): Promise<boolean> {
  const result = await db.deleteFrom("offer_merges").where("campaign_id", "=", campaignId).where("from_key", "=", fromKey).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface NamedOfferInviteRow {
  offer_key: string;
  respondent_id: string;
}

export async function listNamedOfferInvites(db: Kysely<Database>, campaignId: string): Promise<NamedOfferInviteRow[]> {
  return db.selectFrom("named_offer_invites").select(["offer_key", "respondent_id"]).where("campaign_id", "=", campaignId).execute();
}

/** Throws a unique violation when the key was invited in the meantime. */
export async function insertNamedOfferInvite(
  db: Kysely<Database>,
  row: { campaign_id: string; offer_key: string; respondent_id: string; created_by: string; created_at: string },
): Promise<void> {
  await db.insertInto("named_offer_invites").values(row).execute();
}

/** The group keys of the suggested duplicate groups the secretariat dismissed. */
export async function listDuplicateDismissals(db: Kysely<Database>, campaignId: string): Promise<Set<string>> {
  const rows = await db.selectFrom("offer_duplicate_dismissals").select("group_key").where("campaign_id", "=", campaignId).execute();
  return new Set(rows.map((row) => row.group_key));
}

/** Records a dismissal; returns false when the group was dismissed already. */
export async function insertDuplicateDismissal(
  db: Kysely<Database>,
  row: { campaign_id: string; group_key: string; dismissed_by: string; dismissed_at: string },
): Promise<boolean> {
  const existing = await db
    .selectFrom("offer_duplicate_dismissals")
    .select("group_key")
    .where("campaign_id", "=", row.campaign_id)
    .where("group_key", "=", row.group_key)
    .executeTakeFirst();
  if (existing !== undefined) return false;
  await db.insertInto("offer_duplicate_dismissals").values(row).execute();
  return true;
}
