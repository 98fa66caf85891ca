import type { Insertable, Kysely } from "kysely";
import type { Database, OutboxKind, OutboxRow, OutboxTable } from "../db/tables.js";

// The only place that queries the outbox.

export async function insertOutboxMessage(db: Kysely<Database>, row: Insertable<OutboxTable>): Promise<void> {
  await db.insertInto("outbox").values(row).execute();
}

export interface OutboxListRow extends OutboxRow {
  respondent_name: string;
}

/** A campaign's messages with their respondents' names, newest first. */
export async function listOutboxMessages(db: Kysely<Database>, campaignId: string, limit = 2000): Promise<OutboxListRow[]> {
  return db
    .selectFrom("outbox")
    .innerJoin("respondents", "respondents.id", "outbox.respondent_id")
    .selectAll("outbox")
    .select("respondents.name as respondent_name")
    .where("outbox.campaign_id", "=", campaignId)
    .orderBy("outbox.created_at", "desc")
    .orderBy("outbox.id")
    .limit(limit)
    .execute();
}

export async function findOutboxMessage(db: Kysely<Database>, campaignId: string, id: string): Promise<OutboxListRow | undefined> {
  return db
    .selectFrom("outbox")
    .innerJoin("respondents", "respondents.id", "outbox.respondent_id")
    .selectAll("outbox")
    .select("respondents.name as respondent_name")
    .where("outbox.campaign_id", "=", campaignId)
    .where("outbox.id", "=", id)
    .executeTakeFirst();
}

export async function hasDedupeKey(db: Kysely<Database>, dedupeKey: string): Promise<boolean> {
  const row = await db.selectFrom("outbox").select("id").where("dedupe_key", "=", dedupeKey).executeTakeFirst();
  return row !== undefined;
}

/** Whether a respondent has a message of this kind (sent or not). */
export async function hasMessageOfKind(db: Kysely<Database>, respondentId: string, kind: OutboxKind): Promise<boolean> {
  const row = await db.selectFrom("outbox").select("id").where("respondent_id", "=", respondentId).where("kind", "=", kind).executeTakeFirst();
  return row !== undefined;
}

/** Sends a respondent's unsent messages to a new address (null: none known); returns how many changed. */
export async function readdressUnsent(db: Kysely<Database>, respondentId: string, recipient: string | null): Promise<number> {
  const result = await db
    .updateTable("outbox")
    .set({ recipient })
    .where("respondent_id", "=", respondentId)
    .where("sent_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Messages due for SMTP: unsent, with a recipient, due by now, fewer than `maxAttempts` tries, of an open campaign,
 * to a respondent that has not submitted. Oldest first.
 */
export async function dueMessages(db: Kysely<Database>, now: string, limit: number, maxAttempts: number): Promise<OutboxRow[]> {
  return db
    .selectFrom("outbox")
    .innerJoin("campaigns", "campaigns.id", "outbox.campaign_id")
    .innerJoin("responses", "responses.respondent_id", "outbox.respondent_id")
    .selectAll("outbox")
    .where("outbox.sent_at", "is", null)
    .where("outbox.recipient", "is not", null)
    .where("outbox.scheduled_for", "<=", now)
    .where("outbox.attempts", "<", maxAttempts)
    .where("campaigns.status", "=", "open")
    .where("responses.status", "!=", "submitted")
    .orderBy("outbox.scheduled_for")
    .orderBy("outbox.created_at")
    .orderBy("outbox.id")
    .limit(limit)
    .execute();
}

/**
 * Takes a message for one sending attempt: counts the attempt and moves `scheduled_for` to `leaseUntil`, only if
 * no one else took it since it was read. Another process then neither sees it as due nor can take it; after a
 * failure it is due again when the lease ends.
 */
export async function claimMessage(
  db: Kysely<Database>,
  row: Pick<OutboxRow, "id" | "attempts" | "scheduled_for">,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ attempts: row.attempts + 1, scheduled_for: leaseUntil })
    .where("id", "=", row.id)
    .where("sent_at", "is", null)
    .where("attempts", "=", row.attempts)
    .where("scheduled_for", "=", row.scheduled_for)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks an unsent message sent and forgets its link; false when it was already sent. */
export async function markMessageSent(db: Kysely<Database>, id: string, at: string, by: string): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ sent_at: at, sent_by: by, link_url: null, link_sealed: null, error: null })
    .where("id", "=", id)
    .where("sent_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function recordSendError(db: Kysely<Database>, id: string, error: string): Promise<void> {
  await db.updateTable("outbox").set({ error }).where("id", "=", id).where("sent_at", "is", null).execute();
}

/** Gives a message another link: its id and its sealed token (outbox-links.ts); any plain link_url is dropped. */
export async function setMessageLink(db: Kysely<Database>, id: string, link: { linkId: string; sealed: string }): Promise<void> {
  await db.updateTable("outbox").set({ link_id: link.linkId, link_sealed: link.sealed, link_url: null }).where("id", "=", id).where("sent_at", "is", null).execute();
}

/** Unsent messages that hold a link in any form, for sealing at start. */
export async function unsentMessagesWithLinks(db: Kysely<Database>): Promise<OutboxRow[]> {
  return db
    .selectFrom("outbox")
    .selectAll()
    .where("sent_at", "is", null)
    .where((eb) => eb.or([eb("link_url", "is not", null), eb("link_sealed", "is not", null)]))
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Drops every plain link of a sent message (none should be left; a database from before sealing may hold some). */
export async function clearSentLinks(db: Kysely<Database>): Promise<number> {
  const result = await db
    .updateTable("outbox")
    .set({ link_url: null, link_sealed: null })
    .where("sent_at", "is not", null)
    .where((eb) => eb.or([eb("link_url", "is not", null), eb("link_sealed", "is not", null)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Forgets a waiting message's link in every form (it was withdrawn, and its token can no longer be read). */
export async function dropMessageLink(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable("outbox").set({ link_sealed: null, link_url: null }).where("id", "=", id).where("sent_at", "is", null).execute();
}
