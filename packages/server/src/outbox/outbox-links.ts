import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { Database, OutboxRow } from "../db/tables.js";
import { hashToken, inviteUrl, isWellFormedToken } from "../invite/invite-token.js";
import { findLinkByTokenHash, isLinkActive } from "../invite/invite.repository.js";
import { issueAdditionalLink } from "../invite/invite.service.js";
import { openSealedToken, sealToken } from "../invite/sealed-link.js";
import { LINK_REMOVED, LINK_UNAVAILABLE, LINK_WITHDRAWN, renderBody } from "./outbox-body.js";
import { clearSentLinks, dropMessageLink, setMessageLink, unsentMessagesWithLinks } from "./outbox.repository.js";

/**
 * The links of mail waiting in the outbox. An invite token is known only when it is made, and the mail that carries
 * it may wait for days (for SMTP, or for the secretariat to copy it), so the token must be kept – but the database
 * must never hold a working link (issue 14). It is kept sealed with LINK_KEY, bound to its message, opened only to
 * show the waiting mail to its secretariat or to send it, and dropped once the mail is sent.
 *
 * Why sealed rather than made anew at sending: the link in a waiting mail may already be out – shown once when an
 * offer was invited, or copied from the outbox into the secretariat's own mail – and must keep working; a new token
 * at sending would be a second link, not the one already given. When the key cannot open a token (LINK_KEY changed,
 * or was never set and the server restarted), the mail gets one more link (issueAdditionalLink); the one it had
 * stays valid, so nothing that was handed out stops working.
 */
export type MailLinks = Pick<Config, "publicUrl" | "linkKey">;

const boundTo = (messageId: string) => `outbox:${messageId}`;

/** The sealed form of a token for a message. */
export function sealMessageToken(links: MailLinks, messageId: string, token: string): string {
  return sealToken(links.linkKey, token, boundTo(messageId));
}

/** The link of a waiting message: its address, or why there is none (sent, or not to be opened with this key). */
export function messageLinkUrl(row: Pick<OutboxRow, "id" | "link_sealed">, links: MailLinks): { url: string } | { url: null; reason: "none" | "unreadable" } {
  if (row.link_sealed === null) return { url: null, reason: "none" };
  const token = openSealedToken(links.linkKey, row.link_sealed, boundTo(row.id));
  return token === undefined ? { url: null, reason: "unreadable" } : { url: inviteUrl(links.publicUrl, token) };
}

/** A message's text with its link, or the note that stands where the link was (sent, withdrawn, unreadable). */
export function messageBody(row: Pick<OutboxRow, "id" | "body" | "link_sealed" | "sent_at">, links: MailLinks): string {
  if (row.sent_at !== null) return renderBody(row.body, null, LINK_REMOVED);
  const link = messageLinkUrl(row, links);
  return renderBody(row.body, link.url, link.url === null && link.reason === "unreadable" ? LINK_UNAVAILABLE : LINK_WITHDRAWN);
}

/**
 * Gives a waiting message one more link, sealed with the current key, and returns its address – unless the link it
 * had was withdrawn (revoked or replaced by the secretariat): a lost key must not bring back access that was taken
 * away, so such a message keeps no link (undefined).
 */
async function replaceMessageLink(db: Kysely<Database>, row: OutboxRow, links: MailLinks, now: Date): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    if (row.link_id === null || !(await isLinkActive(trx, row.link_id))) {
      await dropMessageLink(trx, row.id);
      return undefined;
    }
    const link = await issueAdditionalLink(
      trx,
      { respondentId: row.respondent_id, campaignId: row.campaign_id, actor: "system", publicUrl: links.publicUrl, purpose: row.kind },
      now,
    );
    await setMessageLink(trx, row.id, { linkId: link.id, sealed: sealMessageToken(links, row.id, link.token) });
    return link.url;
  });
}

/**
 * The address to send a message with: its sealed link, or – when this key cannot open it – a new one; undefined
 * when its link was withdrawn.
 */
export async function linkForSending(db: Kysely<Database>, row: OutboxRow, links: MailLinks, now: Date): Promise<string | undefined> {
  const link = messageLinkUrl(row, links);
  return link.url ?? replaceMessageLink(db, row, links, now);
}

/**
 * Run at start: seals the plain links of a database from before sealing (outbox.link_url) – each still valid link
 * as it is, so a link already out keeps working – and gives a waiting message whose sealed link this key cannot
 * open a new one (none when its link was withdrawn). Plain links left on sent mail are dropped. Returns how many
 * links were sealed, replaced and dropped.
 */
export async function sealWaitingLinks(db: Kysely<Database>, links: MailLinks, now: Date): Promise<{ sealed: number; replaced: number; dropped: number }> {
  let sealed = 0;
  let replaced = 0;
  let dropped = 0;
  await clearSentLinks(db);
  for (const row of await unsentMessagesWithLinks(db)) {
    if (row.link_url === null && messageLinkUrl(row, links).url !== null) continue;
    const token = row.link_url === null ? undefined : row.link_url.split("/svar/").pop();
    const valid = token !== undefined && isWellFormedToken(token) ? await findLinkByTokenHash(db, hashToken(token)) : undefined;
    if (token !== undefined && valid !== undefined && valid.revoked_at === null) {
      await setMessageLink(db, row.id, { linkId: valid.id, sealed: sealMessageToken(links, row.id, token) });
      sealed += 1;
    } else if ((await replaceMessageLink(db, row, links, now)) === undefined) {
      dropped += 1;
    } else {
      replaced += 1;
    }
  }
  return { sealed, replaced, dropped };
}
