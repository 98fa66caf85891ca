import type { Kysely } from "kysely";
import type { Database, UserInvitationRow } from "../db/tables.js";

// The only place that queries user_invitations.

export async function insertInvitation(db: Kysely<Database>, row: UserInvitationRow): Promise<void> {
  await db.insertInto("user_invitations").values(row).execute();
}

export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<UserInvitationRow | undefined> {
  return db.selectFrom("user_invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
}

/** Ends a user's open invitations (a newer one replaces them, or the user got a password); the waiting mails keep no link. */
export async function revokeOpenInvitations(db: Kysely<Database>, userId: string, at: string): Promise<void> {
  await db
    .updateTable("user_invitations")
    .set({ revoked_at: at, link_sealed: null })
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
}

/** Marks an invitation used, only if it still was open; false when another request used it first. */
export async function markInvitationUsed(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("user_invitations")
    .set({ used_at: at, link_sealed: null })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The newest open (unused, unreplaced) invitation of each of these users – of every user when `userIds` is omitted. */
export async function openInvitations(db: Kysely<Database>, userIds?: readonly string[]): Promise<Map<string, UserInvitationRow>> {
  if (userIds !== undefined && userIds.length === 0) return new Map();
  let query = db.selectFrom("user_invitations").selectAll().where("used_at", "is", null).where("revoked_at", "is", null);
  if (userIds !== undefined) query = query.where("user_id", "in", userIds);
  const rows = await query.orderBy("created_at").orderBy("id").execute();
  return new Map(rows.map((row) => [row.user_id, row]));
}

/** Invitation mails due for SMTP: unsent, still holding their link, open, unexpired, fewer than `maxAttempts` tries. */
export async function dueInvitationMails(db: Kysely<Database>, now: string, limit: number, maxAttempts: number): Promise<UserInvitationRow[]> {
  return db
    .selectFrom("user_invitations")
    .selectAll()
    .where("sent_at", "is", null)
    .where("link_sealed", "is not", null)
    .where("used_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .where("scheduled_for", "<=", now)
    .where("attempts", "<", maxAttempts)
    .orderBy("scheduled_for")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** Takes an invitation mail for one attempt (as claimMessage does for the outbox); false when someone else took it. */
export async function claimInvitationMail(db: Kysely<Database>, row: Pick<UserInvitationRow, "id" | "attempts" | "scheduled_for">, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable("user_invitations")
    .set({ attempts: Number(row.attempts) + 1, scheduled_for: leaseUntil })
    .where("id", "=", row.id)
    .where("sent_at", "is", null)
    .where("attempts", "=", row.attempts)
    .where("scheduled_for", "=", row.scheduled_for)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The mail went: it forgets its link. */
export async function markInvitationMailSent(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable("user_invitations").set({ sent_at: at, link_sealed: null, error: null }).where("id", "=", id).where("sent_at", "is", null).execute();
}

export async function recordInvitationMailError(db: Kysely<Database>, id: string, error: string, dropLink: boolean): Promise<void> {
  await db
    .updateTable("user_invitations")
    .set(dropLink ? { error, link_sealed: null } : { error })
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .execute();
}
