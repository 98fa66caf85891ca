import type { OutboxMessage } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import { renderBody } from "./outbox-body.js";
import { findOutboxMessage, listOutboxMessages, markMessageSent, type OutboxListRow } from "./outbox.repository.js";

/** A stored message as the API sends it: while unsent its text holds the link, once sent a note in its place. */
export function toMessageView(row: OutboxListRow): OutboxMessage {
  return {
    id: row.id,
    respondentId: row.respondent_id,
    respondentName: row.respondent_name,
    kind: row.kind,
    to: row.recipient,
    subject: row.subject,
    body: renderBody(row.body, row.link_url),
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
export async function listOutbox(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<OutboxMessage[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const rows = await listOutboxMessages(db, campaignId);
  return ok(rows.map(toMessageView));
}

/** For a secretariat that copied the text into its own mail: the message counts as sent, and its link is forgotten. */
export async function markSent(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  messageId: string,
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
  return ok(toMessageView(updated!));
}
