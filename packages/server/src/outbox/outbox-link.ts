import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { Database } from "../db/tables.js";
import { generateToken, hashToken, inviteUrl } from "../invite/invite-token.js";
import { insertInviteLink } from "../invite/invite.repository.js";

export interface AdditionalLink {
  id: string;
  url: string;
}

/**
 * Gives a respondent one more working link, for a mail. Invite tokens are stored only hashed, so a mail sent later
 * (a reminder, an invitation after the contact email became known) cannot reuse the link shown when the respondent
 * was invited: it gets a fresh one. Unlike issueLink (invite.service.ts), which replaces, this revokes nothing –
 * invite_links allows several working links per respondent, and colleagues who share the first link must not be
 * locked out by a reminder. Built from the invite module's own token and repository functions; call it inside the
 * transaction that queues the mail.
 */
export async function issueAdditionalLink(
  trx: Kysely<Database>,
  input: { respondentId: string; campaignId: string; actor: string; publicUrl: string; purpose: "invitation" | "reminder" },
  now: Date,
): Promise<AdditionalLink> {
  const token = generateToken();
  const id = randomUUID();
  await insertInviteLink(trx, {
    id,
    respondent_id: input.respondentId,
    token_hash: hashToken(token),
    created_by: input.actor,
    created_at: now.toISOString(),
    revoked_at: null,
  });
  await recordAudit(
    trx,
    {
      actor: input.actor,
      action: "invite.link_issued",
      campaignId: input.campaignId,
      subjectType: "respondent",
      subjectId: input.respondentId,
      details: { linkId: id, revokedLinks: 0, purpose: input.purpose },
    },
    now,
  );
  return { id, url: inviteUrl(input.publicUrl, token) };
}
