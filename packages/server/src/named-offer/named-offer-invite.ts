import { randomUUID } from "node:crypto";
import { offerOperators, type InviteNamedOffersInput, type InviteNamedOffersResult, type NamedOffer, type OfferSkipReason } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, Database, RespondentRow } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { linkIdOfToken } from "../invite/invite.service.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { queueRespondentMail } from "../outbox/outbox-queue.js";
import { createRespondent } from "../respondent/respondent.service.js";
import { resolveKey } from "./named-offer-merge.js";
import { insertNamedOfferInvite } from "./named-offer.repository.js";
import { collectNamedOffers } from "./named-offer.service.js";

/**
 * Invites a chosen set of named offers as offer respondents, in one transaction: name, operator and legal basis
 * from the municipalities' answers, the key recorded in named_offer_invites, an invitation mail queued where a
 * contact email is given. Idempotent: a key already invited (or whose offer was invited by hand) is skipped with
 * the reason, as are unknown keys, a key given twice, and an offer without a known operator.
 */
export async function inviteNamedOffers(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: InviteNamedOffersInput,
  links: MailLinks,
  now: Date,
): Promise<Result<InviteNamedOffersResult>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (campaign.status === "closed" || campaign.status === "reported") {
    return fail("conflict", `The campaign is ${campaign.status}; reopen it before inviting respondents.`);
  }
  if (campaign.offer_version_id === null) {
    return fail("conflict", "The campaign has no questionnaire for offers; create the campaign with an offerQuestionnaire to invite offers.");
  }
  for (let attempt = 0; ; attempt++) {
    const named = await collectNamedOffers(db, campaign);
    const byKey = new Map(named.offers.map((offer) => [offer.key, offer]));
    try {
      return ok(await db.transaction().execute((trx) => inviteAll(trx, campaign, named.merges, byKey, user, input, links, now)));
    } catch (error) {
      // two invitations at once: the key's primary key refused the second; run again, and it is skipped
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

async function inviteAll(
  trx: Kysely<Database>,
  campaign: CampaignRow,
  merges: Map<string, string>,
  byKey: Map<string, NamedOffer>,
  user: SessionUser,
  input: InviteNamedOffersInput,
  links: MailLinks,
  now: Date,
): Promise<InviteNamedOffersResult> {
  const result: InviteNamedOffersResult = { invited: [], skipped: [] };
  const done = new Set<string>();
  const at = now.toISOString();
  for (const key of input.keys) {
    const root = resolveKey(merges, key);
    const offer = byKey.get(root);
    const operator = offerOperators.find((o) => o === offer?.operator);
    const reason: OfferSkipReason | undefined =
      offer === undefined ? "unknown-key" : done.has(root) ? "duplicate" : offer.invitedRespondentId !== null ? "already-invited" : operator === undefined ? "no-operator" : undefined;
    if (reason !== undefined || offer === undefined || operator === undefined) {
      result.skipped.push({ key, reason: reason ?? "unknown-key" });
      continue;
    }
    done.add(root);
    const contact = input.contacts?.[key];
    const row: RespondentRow = {
      id: randomUUID(),
      campaign_id: campaign.id,
      kind: "offer",
      kommune_code: null,
      name: offer.name.slice(0, 300),
      operator,
      legal_basis: offer.legalBasis.length > 0 ? offer.legalBasis.join(", ").slice(0, 300) : null,
      contact_name: contact?.contactName || null,
      contact_email: contact?.contactEmail || null,
      deadline: null,
      created_at: at,
      first_opened_at: null,
      last_activity_at: null,
    };
    const { link } = await createRespondent(trx, campaign, row, user.id, links.publicUrl, now);
    await insertNamedOfferInvite(trx, { campaign_id: campaign.id, offer_key: root, respondent_id: row.id, created_by: user.id, created_at: at });
    await recordAudit(
      trx,
      { actor: user.id, action: "named_offer.invited", campaignId: campaign.id, subjectType: "named_offer", subjectId: root, details: { key: root, respondentId: row.id } },
      now,
    );
    let invitationQueued = false;
    if (row.contact_email !== null) {
      const linkId = await linkIdOfToken(trx, link.token);
      await queueRespondentMail(
        trx,
        {
          campaign,
          respondent: row,
          kind: "invitation",
          actor: user.id,
          senderName: user.name,
          links,
          link: { id: linkId ?? null, token: link.token },
          dedupeKey: `invitation:${row.id}`,
        },
        now,
      );
      invitationQueued = true;
    }
    result.invited.push({ key: root, respondentId: row.id, name: row.name, link, invitationQueued });
  }
  return result;
}
