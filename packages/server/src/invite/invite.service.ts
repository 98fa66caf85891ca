import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import { consumeRateLimit } from "../rate-limit/rate-limit.js";
import { generateToken, hashToken, inviteUrl, isWellFormedToken } from "./invite-token.js";
import { findLinkByTokenHash, insertInviteLink, revokeActiveLinks } from "./invite.repository.js";

/** A new link: the token is in this value and nowhere else, so it is shown once. */
export interface IssuedLink {
  token: string;
  url: string;
}

/**
 * Gives a respondent a new capability link, revoking any link it had. Call it inside the transaction of the
 * change that needs it (inviting, replacing), so the link and its audit entry commit together.
 */
export async function issueLink(
  trx: Kysely<Database>,
  input: { respondentId: string; campaignId: string; actor: string; publicUrl: string },
  now: Date,
): Promise<IssuedLink> {
  const at = now.toISOString();
  const revoked = await revokeActiveLinks(trx, input.respondentId, at);
  const token = generateToken();
  const id = randomUUID();
  await insertInviteLink(trx, { id, respondent_id: input.respondentId, token_hash: hashToken(token), created_by: input.actor, created_at: at, revoked_at: null });
  await recordAudit(
    trx,
    {
      actor: input.actor,
      action: revoked > 0 ? "invite.link_replaced" : "invite.link_issued",
      campaignId: input.campaignId,
      subjectType: "respondent",
      subjectId: input.respondentId,
      details: { linkId: id, revokedLinks: revoked },
    },
    now,
  );
  return { token, url: inviteUrl(input.publicUrl, token) };
}

/** One more working link of a respondent, for a mail: its id, its token and its address. */
export interface AdditionalLink {
  id: string;
  token: string;
  url: string;
}

/**
 * Gives a respondent one more working link, for a mail. Invite tokens are stored only hashed, so a mail sent later
 * (a reminder, an invitation after the contact email became known) cannot reuse the link shown when the respondent
 * was invited: it gets a fresh one. Unlike issueLink, which replaces, this revokes nothing – invite_links allows
 * several working links per respondent, and colleagues who share the first link must not be locked out by a
 * reminder. Call it inside the transaction that queues the mail.
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
  return { id, token, url: inviteUrl(input.publicUrl, token) };
}

/** The id of the link a token belongs to (e.g. one just issued, to refer to it in a mail), or undefined. */
export async function linkIdOfToken(db: Kysely<Database>, token: string): Promise<string | undefined> {
  return (await findLinkByTokenHash(db, hashToken(token)))?.id;
}

/** Revokes a respondent's working links; returns how many there were. */
export async function revokeLinks(
  trx: Kysely<Database>,
  input: { respondentId: string; campaignId: string; actor: string },
  now: Date,
): Promise<number> {
  const revoked = await revokeActiveLinks(trx, input.respondentId, now.toISOString());
  if (revoked > 0) {
    await recordAudit(
      trx,
      { actor: input.actor, action: "invite.link_revoked", campaignId: input.campaignId, subjectType: "respondent", subjectId: input.respondentId, details: { revokedLinks: revoked } },
      now,
    );
  }
  return revoked;
}

/** Failed token look-ups allowed per client and window; beyond it the client hears 429 until the window ends. */
export const tokenLookupLimit = { limit: 20, windowMs: 10 * 60 * 1000 } as const;

/**
 * The respondent a token belongs to. An unknown token is 404 `link_invalid`, a revoked one 410 `link_revoked`.
 * Failed look-ups (unknown or malformed tokens) count against the client's rate limit; past it, 429
 * `rate_limited` with `retryAfterSeconds` in `extra`. A working token always works: with 256-bit tokens, guessing
 * one is not a risk the limit needs to cover, and a colleague behind the same proxy is not locked out by it.
 */
export async function resolveToken(
  db: Kysely<Database>,
  token: string,
  clientKey: string,
  now: Date,
): Promise<Result<{ respondentId: string; linkId: string }>> {
  const link = isWellFormedToken(token) ? await findLinkByTokenHash(db, hashToken(token)) : undefined;
  if (link === undefined) {
    const limit = await consumeRateLimit(db, `respond-token:ip:${clientKey}`, tokenLookupLimit, now);
    if (!limit.allowed) {
      return fail("rate_limited", "Too many invalid links from this address; wait a while and try again.", undefined, {
        retryAfterSeconds: limit.retryAfterSeconds,
      });
    }
    return fail("link_invalid", "This link is not valid. Check that you copied all of it, or ask the secretariat for a new one.");
  }
  if (link.revoked_at !== null) {
    return fail("link_revoked", "This link has been replaced or withdrawn. Ask the secretariat for the current link.");
  }
  return ok({ respondentId: link.respondent_id, linkId: link.id });
}
