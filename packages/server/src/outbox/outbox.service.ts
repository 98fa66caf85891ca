import type { OutboxMessage } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database, OutboxKind, OutboxRow } from "../db/tables.js";
import { messageBody, type MailLinks } from "./outbox-links.js";
import {
  claimMessage,
  dueMessages,
  findOutboxMessage,
  hasDedupeKey,
  hasMessageOfKind,
  listOutboxMessages,
  markMessageSent,
  readdressUnsent,
  recordSendError,
  type OutboxListRow,
} from "./outbox.repository.js";

/** A stored message as the API sends it: while unsent its text holds the link, once sent a note in its place. */
export function toMessageView(row: OutboxListRow, links: MailLinks): OutboxMessage {
  return {
    id: row.id,
    respondentId: row.respondent_id,
    respondentName: row.respondent_name,
    kind: row.kind,
    to: row.recipient,
    subject: row.subject,
    body: messageBody(row, links),
    createdAt: row.created_at,
    scheduledFor: row.scheduled_for,
    sentAt: row.sent_at,
    sentBy: row.sent_by,
    error: row.error,
    attempts: Number(row.attempts),
  };
}

/**
 * The campaign's mail, newest first. Unsent mails carry working invite links, so only those who manage the
 * campaign see them: a reviewer or the national board is refused (403), as for any change.
 */
export async function listOutbox(db: Kysely<Database>, user: SessionUser, campaignId: string, links: MailLinks): Promise<Result<OutboxMessage[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const rows = await listOutboxMessages(db, campaignId);
  return ok(rows.map((row) => toMessageView(row, links)));
}

/** For a secretariat that copied the text into its own mail: the message counts as sent, and its link is forgotten. */
export async function markSent(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  messageId: string,
  links: MailLinks,
  now: Date,
): Promise<Result<OutboxMessage>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const row = await findOutboxMessage(db, campaignId, messageId);
  if (row === undefined) return fail("not_found", "No message with this id in the campaign.");
  if (row.sent_at !== null) return fail("conflict", `The message was already sent (${row.sent_at}).`);
  const at = now.toISOString();
  const marked = await db.transaction().execute(async (trx) => {
    if (!(await markMessageSent(trx, messageId, at, user.id))) return false;
    await recordAudit(
      trx,
      {
        actor: user.id,
        action: "outbox.marked_sent",
        campaignId,
        subjectType: "outbox",
        subjectId: messageId,
        details: { kind: row.kind, respondentId: row.respondent_id },
      },
      now,
    );
    return true;
  });
  if (!marked) return fail("conflict", "The message was sent in the meantime.");
  const updated = await findOutboxMessage(db, campaignId, messageId);
  return ok(toMessageView(updated!, links));
}

// ——— what other features ask of the outbox ———

/** Whether a message with this dedupe key was queued already (e.g. one scheduled reminder). */
export async function isMailQueued(db: Kysely<Database>, dedupeKey: string): Promise<boolean> {
  return hasDedupeKey(db, dedupeKey);
}

/** Whether a respondent has a message of this kind (sent or not). */
export async function hasMailOfKind(db: Kysely<Database>, respondentId: string, kind: OutboxKind): Promise<boolean> {
  return hasMessageOfKind(db, respondentId, kind);
}

/** Sends a respondent's unsent mail to its new address (null: none known); returns how many messages changed. */
export async function readdressUnsentMail(db: Kysely<Database>, respondentId: string, recipient: string | null): Promise<number> {
  return readdressUnsent(db, respondentId, recipient);
}

// ——— sending over SMTP (mail-sender.ts) ———

/**
 * Messages due for SMTP: unsent, with a recipient, due by `now`, fewer than `maxAttempts` tries, of an open
 * campaign, to a respondent that has not submitted. Oldest first, at most `limit`.
 */
export async function mailDueForSending(db: Kysely<Database>, now: Date, limit: number, maxAttempts: number): Promise<OutboxRow[]> {
  return dueMessages(db, now.toISOString(), limit, maxAttempts);
}

/**
 * Takes a message for one sending attempt (its attempt counted, its next due time moved to `leaseUntil`); false
 * when another process took it first.
 */
export async function claimForSending(db: Kysely<Database>, message: OutboxRow, leaseUntil: string): Promise<boolean> {
  return claimMessage(db, message, leaseUntil);
}

/** Records how a sending attempt went – sent (its link forgotten) or the error – with an audit entry by "system". */
export async function recordSendOutcome(
  db: Kysely<Database>,
  message: OutboxRow,
  outcome: { sent: true; attempt: number } | { sent: false; error: string; attempt: number },
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (outcome.sent) await markMessageSent(trx, message.id, now.toISOString(), "smtp");
    else await recordSendError(trx, message.id, outcome.error);
    await recordAudit(
      trx,
      {
        actor: "system",
        action: outcome.sent ? "outbox.sent" : "outbox.send_failed",
        campaignId: message.campaign_id,
        subjectType: "outbox",
        subjectId: message.id,
        details: { kind: message.kind, respondentId: message.respondent_id, attempt: outcome.attempt, ...(outcome.sent ? {} : { error: outcome.error }) },
      },
      now,
    );
  });
}
