import type { Insertable, Kysely } from "kysely";
import type { Database, InviteLinksTable } from "../db/tables.js";

// The only place that queries invite links. Only token hashes are ever stored or looked up.

export async function insertInviteLink(db: Kysely<Database>, row: Insertable<InviteLinksTable>): Promise<void> {
  await db.insertInto("invite_links").values(row).execute();
}

/** Revokes every working link of a respondent; returns how many were revoked. */
export async function revokeActiveLinks(db: Kysely<Database>, respondentId: string, at: string): Promise<number> {
  const result = await db
    .updateTable("invite_links")
    .set({ revoked_at: at })
    .where("respondent_id", "=", respondentId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findLinkByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ id: string; respondent_id: string; revoked_at: string | null } | undefined> {
  return db
    .selectFrom("invite_links")
    .select(["id", "respondent_id", "revoked_at"])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Whether a link exists and has not been revoked. */
export async function isLinkActive(db: Kysely<Database>, linkId: string): Promise<boolean> {
  const row = await db.selectFrom("invite_links").select("id").where("id", "=", linkId).where("revoked_at", "is", null).executeTakeFirst();
  return row !== undefined;
}
