/**
 * A queued mail's body holds its invite link as a placeholder; the link's token is kept beside it, sealed with the
 * server's key (outbox-links.ts), only until the mail is sent (by SMTP, or by hand and marked sent). So the database
 * never holds a working link, and a sent mail kept for the record holds none at all.
 */
export const LINK_PLACEHOLDER = "[[afrapport-link]]";

/** Shown in place of the link once the mail has gone. */
export const LINK_REMOVED = "[linket er sendt til modtageren og gemmes ikke her]";

/**
 * Shown in place of the link of a waiting mail that this server cannot open (another LINK_KEY, or none set and the
 * server restarted); the next start gives the mail a new link.
 */
export const LINK_UNAVAILABLE = "[linket kan ikke vises lige nu; det erstattes af et nyt, når serveren starter igen]";

/** Shown in place of the link of a waiting mail whose link the secretariat withdrew before it was sent. */
export const LINK_WITHDRAWN = "[linket er trukket tilbage]";

/** The body as the recipient gets it: with the link, or with a note where it was (by default: removed after sending). */
export function renderBody(body: string, linkUrl: string | null, note: string = LINK_REMOVED): string {
  return body.split(LINK_PLACEHOLDER).join(linkUrl ?? note);
}

/** Text from people (a note, a name) must not smuggle a placeholder into a mail. */
export function withoutPlaceholder(text: string): string {
  let result = text;
  while (result.includes(LINK_PLACEHOLDER)) result = result.split(LINK_PLACEHOLDER).join("");
  return result;
}
