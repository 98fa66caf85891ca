import { randomUUID } from "node:crypto";
import { findRegion } from "@afrapport/schema";
import { announcementInfo } from "../catalogue/catalogue.service.js";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { CampaignRow, Database, OutboxKind, OutboxRow, RespondentRow } from "../db/tables.js";
import { issueAdditionalLink } from "../invite/invite.service.js";
import { invitationMail, reminderMail, type MailContext } from "../mail/mail-templates.js";
import { effectiveDeadline } from "../rules/effective-deadline.js";
import { LINK_PLACEHOLDER, withoutPlaceholder } from "./outbox-body.js";
import { sealMessageToken, type MailLinks } from "./outbox-links.js";
import { insertOutboxMessage } from "./outbox.repository.js";

export interface QueueMailInput {
  campaign: CampaignRow;
  respondent: RespondentRow;
  kind: OutboxKind;
  /** a user id, or "system" for the scheduled reminders */
  actor: string;
  /** who signs the mail */
  senderName: string | null;
  /** the public address and the key that seals the link while the mail waits */
  links: MailLinks;
  /** the secretariat's own words in a reminder */
  note?: string | null;
  /** the link to send (its token, as just issued); without it the respondent gets an additional link (its other links stay valid) */
  link?: { id: string | null; token: string };
  /** unique across the outbox: a second message with the same key is refused by the database */
  dedupeKey?: string | null;
}

/** The facts a mail states about its campaign, from the campaign row, the catalogue and the reference data. */
export async function mailContext(db: Kysely<Database>, campaign: CampaignRow, respondent: RespondentRow, senderName: string | null): Promise<Omit<MailContext, "link">> {
  const announcement = await announcementInfo(db, campaign.announcement_id);
  const clean = (text: string) => withoutPlaceholder(text);
  return {
    kind: respondent.kind,
    respondentName: clean(respondent.name),
    contactName: respondent.contact_name === null ? null : clean(respondent.contact_name),
    campaignTitle: clean(campaign.title),
    announcementTitle: announcement?.title.da ?? campaign.announcement_id,
    regionName: findRegion(campaign.region_code)?.name.da ?? campaign.region_code,
    deadline: effectiveDeadline(campaign.deadline, respondent.deadline),
    senderName: senderName === null ? null : clean(senderName),
  };
}

/**
 * Queues one mail to a respondent, addressed to its contact email (none known: it waits in the outbox for the
 * secretariat to copy). Its link is kept sealed until it is sent (outbox-links.ts). Call it inside a transaction:
 * the link, the message and the audit entries commit together.
 */
export async function queueRespondentMail(trx: Kysely<Database>, input: QueueMailInput, now: Date): Promise<OutboxRow> {
  const { campaign, respondent } = input;
  const link =
    input.link ??
    (await issueAdditionalLink(
      trx,
      { respondentId: respondent.id, campaignId: campaign.id, actor: input.actor, publicUrl: input.links.publicUrl, purpose: input.kind },
      now,
    ));
  const context: MailContext = { ...(await mailContext(trx, campaign, respondent, input.senderName)), link: LINK_PLACEHOLDER };
  const text =
    input.kind === "invitation"
      ? invitationMail(context)
      : reminderMail({ ...context, note: input.note === undefined || input.note === null ? null : withoutPlaceholder(input.note) });
  const at = now.toISOString();
  const id = randomUUID();
  const row: OutboxRow = {
    id,
    campaign_id: campaign.id,
    respondent_id: respondent.id,
    kind: input.kind,
    recipient: respondent.contact_email,
    subject: text.subject,
    body: text.body,
    link_id: link.id,
    link_url: null,
    link_sealed: sealMessageToken(input.links, id, link.token),
    created_by: input.actor,
    created_at: at,
    scheduled_for: at,
    sent_at: null,
    sent_by: null,
    error: null,
    attempts: 0,
    dedupe_key: input.dedupeKey ?? null,
  };
  await insertOutboxMessage(trx, row);
  await recordAudit(
    trx,
    {
      actor: input.actor,
      action: "outbox.queued",
      campaignId: campaign.id,
      subjectType: "outbox",
      subjectId: row.id,
      details: { kind: row.kind, respondentId: respondent.id, hasRecipient: row.recipient !== null, linkId: row.link_id, dedupeKey: row.dedupe_key },
    },
    now,
  );
  return row;
}
