/**
 * A queued mail's body holds its invite link as a placeholder; the link itself is stored beside it only until the
 * mail is sent (by SMTP, or by hand and marked sent). So the plain capability token stays in the database no longer
 * than the mail waits, and a sent mail kept for the record no longer opens anyone's answers.
 */
export const LINK_PLACEHOLDER = "[[afrapport-link]]";

/** Shown in place of the link once the mail has gone. */
export const LINK_REMOVED = "[linket er sendt til modtageren og gemmes ikke her]";

/** The body as the recipient gets it: with the link, or with a note that it was removed after sending. */
export function renderBody(body: string, linkUrl: string | null): string {
  return body.split(LINK_PLACEHOLDER).join(linkUrl ?? LINK_REMOVED);
}

/** Text from people (a note, a name) must not smuggle a placeholder into a mail. */
export function withoutPlaceholder(text: string): string {
  let result = text;
  while (result.includes(LINK_PLACEHOLDER)) result = result.split(LINK_PLACEHOLDER).join("");
  return result;
}
