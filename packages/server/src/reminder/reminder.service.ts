import type { OutboxMessage, ReminderInput, ReminderSchedule, ReminderSkipReason, RemindersQueued } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { messageLinkUrl, type MailLinks } from "../outbox/outbox-links.js";
import { queueRespondentMail } from "../outbox/outbox-queue.js";
import { isMailQueued, toMessageView } from "../outbox/outbox.service.js";
import { respondentsOnBoard, type RespondentOnBoard } from "../respondent/respondent-records.js";
import { effectiveDeadline } from "../rules/effective-deadline.js";
import { dueScheduledReminder, normaliseSchedule, parseStoredSchedule, scheduledReminderKey } from "./reminder-due.js";
import { findSchedule, openCampaignsWithSchedule, remindersSent, saveSchedule } from "./reminder.repository.js";

/**
 * Queues a reminder to each chosen respondent (default: every one that has not submitted), each with a fresh
 * additional link. Only in an open campaign. A respondent that submitted, or whose deadline has passed (extend it
 * first), is skipped with the reason.
 */
export async function sendReminders(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: ReminderInput,
  links: MailLinks,
  now: Date,
): Promise<Result<RemindersQueued>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (campaign.status !== "open") return fail("conflict", `The campaign is ${campaign.status}; reminders can only be sent while it is open.`);
  const board = await respondentsOnBoard(db, campaignId);
  let chosen: RespondentOnBoard[];
  if (input.respondentIds === undefined) {
    chosen = board.filter((row) => row.status !== "submitted");
  } else {
    const byId = new Map(board.map((row) => [row.id, row]));
    chosen = [];
    for (const [i, id] of input.respondentIds.entries()) {
      const row = byId.get(id);
      if (row === undefined) return fail("validation_failed", `respondentIds.${i}: no respondent with this id in the campaign.`, `respondentIds.${i}`);
      if (!chosen.includes(row)) chosen.push(row);
    }
  }
  const skipped: RemindersQueued["skipped"] = [];
  const targets = chosen.filter((row) => {
    const reason: ReminderSkipReason | undefined =
      row.status === "submitted" ? "submitted" : now.getTime() > Date.parse(effectiveDeadline(campaign.deadline, row.deadline)) ? "deadline-passed" : undefined;
    if (reason !== undefined) skipped.push({ respondentId: row.id, reason });
    return reason === undefined;
  });
  const withoutAddress: RemindersQueued["withoutAddress"] = [];
  const messages = await db.transaction().execute(async (trx) => {
    const queued: OutboxMessage[] = [];
    for (const respondent of targets) {
      const row = await queueRespondentMail(
        trx,
        { campaign, respondent, kind: "reminder", actor: user.id, senderName: user.name, links, note: input.note ?? null },
        now,
      );
      queued.push(toMessageView({ ...row, respondent_name: respondent.name }, links));
      // nothing can mail these: their reminder's link, made just now, is handed to the secretariat to pass on
      if (row.recipient === null) withoutAddress.push({ respondentId: respondent.id, name: respondent.name, url: messageLinkUrl(row, links).url });
    }
    return queued;
  });
  return ok({ queued: messages.length, messages, skipped, withoutAddress });
}

/** How many reminders each respondent of a campaign has been sent (by SMTP or marked sent by hand), by respondent id. */
export async function remindersSentPerRespondent(db: Kysely<Database>, campaignId: string): Promise<Map<string, number>> {
  return remindersSent(db, campaignId);
}

export async function getReminderSchedule(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<ReminderSchedule>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const row = await findSchedule(db, campaignId);
  return ok(
    row === undefined
      ? { daysBefore: [], updatedBy: null, updatedAt: null }
      : { daysBefore: parseStoredSchedule(row.days_before_json), updatedBy: row.updated_by, updatedAt: row.updated_at },
  );
}

export async function setReminderSchedule(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  daysBefore: number[],
  now: Date,
): Promise<Result<ReminderSchedule>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const days = normaliseSchedule(daysBefore);
  const previous = await findSchedule(db, campaignId);
  const before = previous === undefined ? [] : parseStoredSchedule(previous.days_before_json);
  if (previous !== undefined && JSON.stringify(before) === JSON.stringify(days)) {
    return ok({ daysBefore: days, updatedBy: previous.updated_by, updatedAt: previous.updated_at });
  }
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await saveSchedule(trx, { campaign_id: campaignId, days_before_json: JSON.stringify(days), updated_by: user.id, updated_at: at });
    await recordAudit(
      trx,
      { actor: user.id, action: "reminder.schedule_set", campaignId, subjectType: "campaign", subjectId: campaignId, details: { from: before, to: days } },
      now,
    );
  });
  return ok({ daysBefore: days, updatedBy: user.id, updatedAt: at });
}

/**
 * Housekeeping: queues the scheduled reminders that are due (see dueScheduledReminder) in every open campaign, each
 * in its own transaction with a dedupe key, so several processes running this at once queue each reminder once.
 * Returns how many it queued.
 */
export async function scheduleDueReminders(deps: { db: Kysely<Database>; links: MailLinks }, now: Date): Promise<number> {
  let queued = 0;
  for (const { campaign, daysBeforeJson } of await openCampaignsWithSchedule(deps.db)) {
    const daysBefore = parseStoredSchedule(daysBeforeJson);
    if (daysBefore.length === 0) continue;
    for (const respondent of await respondentsOnBoard(deps.db, campaign.id)) {
      if (respondent.status === "submitted") continue;
      const deadline = effectiveDeadline(campaign.deadline, respondent.deadline);
      const days = dueScheduledReminder({ daysBefore, deadline, invitedAt: respondent.created_at, now });
      if (days === undefined) continue;
      const dedupeKey = scheduledReminderKey(respondent.id, deadline, days);
      if (await isMailQueued(deps.db, dedupeKey)) continue;
      try {
        await deps.db.transaction().execute((trx) =>
          queueRespondentMail(
            trx,
            { campaign, respondent, kind: "reminder", actor: "system", senderName: null, links: deps.links, dedupeKey },
            now,
          ),
        );
        queued += 1;
      } catch (error) {
        // another process queued the same reminder a moment ago: its transaction won, ours rolled back
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  return queued;
}
