import type { Kysely } from "kysely";
import type { ContactUpdated, UpdateRespondentInput } from "@afrapport/schema/api";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { rememberContact } from "../contact/contact.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database, RespondentRow } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { queueRespondentMail } from "../outbox/outbox-queue.js";
import { hasMailOfKind, readdressUnsentMail } from "../outbox/outbox.service.js";
import { responseOfRespondent } from "../response/response.service.js";
import { updateRespondentContact } from "./respondent-contact.repository.js";
import { toRespondentView } from "./respondent-view.js";
import { findRespondent } from "./respondent.repository.js";

/** "" or null clears a field; a field left out stays as it is. */
const cleared = (value: string | null) => (value === null || value === "" ? null : value);

/**
 * Sets a respondent's contact person. A new email also readdresses the respondent's unsent mail, and queues its
 * invitation (with a fresh additional link) when none was queued before – unless it submitted, or the campaign is
 * closed or reported.
 */
export async function updateContact(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  respondentId: string,
  input: UpdateRespondentInput,
  links: MailLinks,
  now: Date,
): Promise<Result<ContactUpdated>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const respondent = await findRespondent(db, campaignId, respondentId);
  if (respondent === undefined) return fail("not_found", "No respondent with this id in the campaign.");
  const next: RespondentRow = {
    ...respondent,
    contact_name: input.contactName === undefined ? respondent.contact_name : cleared(input.contactName),
    contact_email: input.contactEmail === undefined ? respondent.contact_email : cleared(input.contactEmail),
  };
  const nameChanged = next.contact_name !== respondent.contact_name;
  const emailChanged = next.contact_email !== respondent.contact_email;
  if (!nameChanged && !emailChanged) return ok({ ...toRespondentView(respondent), invitationQueued: false });

  const response = await responseOfRespondent(db, respondentId);
  const wantsInvitation =
    emailChanged &&
    next.contact_email !== null &&
    response?.status !== "submitted" &&
    (campaign.status === "draft" || campaign.status === "open") &&
    !(await hasMailOfKind(db, respondentId, "invitation"));

  const apply = (invite: boolean) =>
    db.transaction().execute(async (trx) => {
      await updateRespondentContact(trx, respondentId, { contact_name: next.contact_name, contact_email: next.contact_email });
      // a municipality's address is remembered for the region's next campaign, as the bulk contacts are
      if (next.kind === "municipality" && next.kommune_code !== null && next.contact_email !== null) {
        await rememberContact(
          trx,
          { regionCode: campaign.region_code, kommuneCode: next.kommune_code, contactName: next.contact_name, contactEmail: next.contact_email, actor: user.id },
          now,
        );
      }
      const readdressed = emailChanged ? await readdressUnsentMail(trx, respondentId, next.contact_email) : 0;
      await recordAudit(
        trx,
        {
          actor: user.id,
          action: "respondent.contact_updated",
          campaignId,
          subjectType: "respondent",
          subjectId: respondentId,
          details: {
            ...(nameChanged ? { contactName: { from: respondent.contact_name, to: next.contact_name } } : {}),
            ...(emailChanged ? { contactEmail: { from: respondent.contact_email, to: next.contact_email }, readdressedMessages: readdressed } : {}),
          },
        },
        now,
      );
      if (invite) {
        await queueRespondentMail(
          trx,
          { campaign, respondent: next, kind: "invitation", actor: user.id, senderName: user.name, links, dedupeKey: `invitation:${respondentId}` },
          now,
        );
      }
    });
  let invitationQueued = wantsInvitation;
  try {
    await apply(wantsInvitation);
  } catch (error) {
    // an invitation was queued for the respondent a moment ago by someone else: keep the change, not a second one
    if (!wantsInvitation || !isUniqueViolation(error)) throw error;
    await apply(false);
    invitationQueued = false;
  }
  return ok({ ...toRespondentView(next), invitationQueued });
}
