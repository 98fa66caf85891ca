import type { InvitationPreview, InvitationsQueued, OutboxMessage, SendInvitationsInput } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import type { CampaignRow, Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { fail, ok, type Result } from "../http/result.js";
import { loadMailConfig } from "../mail/mail-config.js";
import { invitationMail } from "../mail/mail-templates.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { mailContext, queueRespondentMail } from "../outbox/outbox-queue.js";
import { toMessageView } from "../outbox/outbox.service.js";
import { respondentsOnBoard, type RespondentOnBoard } from "../respondent/respondent-records.js";
import { respondentsWithInvitation } from "./invitation.repository.js";

/** Stands for the personal link in the preview: each mail gets its own when it is queued. */
export const PREVIEW_LINK = "[personligt link – laves til hver modtager, når invitationen sendes]";

type Standing = "recipient" | "no-address" | "already-invited" | "submitted";

/** Where a respondent stands for an invitation: who would get one, and why the others would not. */
function standing(row: RespondentOnBoard, invited: Set<string>): Standing {
  if (invited.has(row.id)) return "already-invited";
  if (row.status === "submitted") return "submitted";
  return row.contact_email === null ? "no-address" : "recipient";
}

const canSend = (campaign: CampaignRow) => campaign.status === "draft" || campaign.status === "open";

/**
 * What "send the invitations" would do, before it does it: who gets one (an address, no invitation yet, not
 * submitted), who cannot (no address), how many were invited before, whether the server mails them or they wait for
 * the secretariat to copy, and the mail to the first recipient with its greeting.
 */
export async function invitationPreview(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Result<InvitationPreview>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const board = await respondentsOnBoard(db, campaignId);
  const invited = await respondentsWithInvitation(db, campaignId);
  const by = (wanted: Standing) => board.filter((row) => standing(row, invited) === wanted);
  const recipients = by("recipient");
  const first = recipients[0];
  let sample: InvitationPreview["sample"] = null;
  if (first !== undefined) {
    const text = invitationMail({ ...(await mailContext(db, campaign, first, user.name)), link: PREVIEW_LINK });
    sample = { respondentId: first.id, to: first.contact_email!, subject: text.subject, body: text.body };
  }
  const mail = loadMailConfig(env);
  return ok({
    recipients: recipients.map((row) => ({ respondentId: row.id, name: row.name, contactName: row.contact_name, to: row.contact_email! })),
    withoutAddress: by("no-address").map((row) => ({ respondentId: row.id, name: row.name })),
    alreadyInvited: by("already-invited").length,
    submitted: by("submitted").length,
    delivery: mail.ok && mail.config.smtpUrl !== null ? "smtp" : "by-hand",
    sample,
    canSend: canSend(campaign),
  });
}

/**
 * Queues the invitation to each chosen respondent that has an address, no invitation yet, and has not submitted –
 * each with a fresh additional link (its other links keep working), each in its own transaction under the dedupe
 * key the contact form uses too, so an invitation is queued once even when two people send at the same moment.
 */
export async function sendInvitations(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: SendInvitationsInput,
  links: MailLinks,
  now: Date,
): Promise<Result<InvitationsQueued>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (!canSend(campaign)) return fail("conflict", `The campaign is ${campaign.status}; reopen it before inviting respondents.`);
  const board = new Map((await respondentsOnBoard(db, campaignId)).map((row) => [row.id, row]));
  const chosen: RespondentOnBoard[] = [];
  for (const [i, id] of input.respondentIds.entries()) {
    const row = board.get(id);
    if (row === undefined) return fail("validation_failed", `respondentIds.${i}: no respondent with this id in the campaign.`, `respondentIds.${i}`);
    if (!chosen.includes(row)) chosen.push(row);
  }
  const invited = await respondentsWithInvitation(db, campaignId);
  const messages: OutboxMessage[] = [];
  const skipped: InvitationsQueued["skipped"] = [];
  for (const respondent of chosen) {
    const where = standing(respondent, invited);
    if (where !== "recipient") {
      skipped.push({ respondentId: respondent.id, reason: where });
      continue;
    }
    try {
      const row = await db.transaction().execute((trx) =>
        queueRespondentMail(
          trx,
          { campaign, respondent, kind: "invitation", actor: user.id, senderName: user.name, links, dedupeKey: `invitation:${respondent.id}` },
          now,
        ),
      );
      messages.push(toMessageView({ ...row, respondent_name: respondent.name }, links));
    } catch (error) {
      // its invitation was queued a moment ago by someone else (the contact form, or a second click)
      if (!isUniqueViolation(error)) throw error;
      skipped.push({ respondentId: respondent.id, reason: "already-invited" });
    }
  }
  return ok({ queued: messages.length, messages, skipped });
}
