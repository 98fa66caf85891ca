import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { Database } from "../db/tables.js";
import { openSealedToken } from "../invite/sealed-link.js";
import { loadMailConfig } from "../mail/mail-config.js";
import { smtpTransport, type MailTransport } from "../mail/mail-sender.js";
import { renderBody } from "../outbox/outbox-body.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { invitationSealBinding } from "./user-invitation.service.js";
import { setPasswordUrl } from "./user-invitation.js";
import { claimInvitationMail, dueInvitationMails, markInvitationMailSent, recordInvitationMailError } from "./user-invitation.repository.js";

export interface SendInvitationMailDeps {
  db: Kysely<Database>;
  /** null: no SMTP configured; nothing is sent (the person who invited passes the link on) */
  transport: MailTransport | null;
  from: string | null;
  links: MailLinks;
  now: () => Date;
  batchSize?: number;
  maxAttempts?: number;
  retryAfterMs?: number;
  log?: (message: string) => void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 500);

/**
 * Sends the due invitation mails over SMTP, as sendDueMail does for the outbox: each is claimed, its sealed link
 * opened and put in, sent, then marked sent – which forgets the link. A link this key cannot open (LINK_KEY
 * changed) is not replaced: the mail is dropped with an error and the admin resends the invitation. Never throws.
 */
export async function sendDueInvitationMail(deps: SendInvitationMailDeps): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (deps.transport === null || deps.from === null) return result;
  const log = deps.log ?? ((message: string) => console.warn(message));
  try {
    const due = await dueInvitationMails(deps.db, deps.now().toISOString(), deps.batchSize ?? 50, deps.maxAttempts ?? 5);
    for (const mail of due) {
      const now = deps.now();
      if (!(await claimInvitationMail(deps.db, mail, new Date(now.getTime() + (deps.retryAfterMs ?? 15 * 60_000)).toISOString()))) continue;
      const token = mail.link_sealed === null ? undefined : openSealedToken(deps.links.linkKey, mail.link_sealed, invitationSealBinding(mail.id));
      if (token === undefined) {
        result.failed += 1;
        await recordInvitationMailError(deps.db, mail.id, "the link cannot be opened with this LINK_KEY; send the invitation again", true);
        continue;
      }
      try {
        await deps.transport.send({ from: deps.from, to: mail.recipient, subject: mail.subject, text: renderBody(mail.body, setPasswordUrl(deps.links.publicUrl, token)) });
      } catch (error) {
        result.failed += 1;
        const text = errorText(error);
        log(`Invitation mail ${mail.id} failed: ${text}`);
        await recordInvitationMailError(deps.db, mail.id, text, false);
        continue;
      }
      result.sent += 1;
      const at = deps.now();
      await markInvitationMailSent(deps.db, mail.id, at.toISOString());
      await recordAudit(deps.db, { actor: "system", action: "user.invitation_sent", subjectType: "user", subjectId: mail.user_id, details: { invitationId: mail.id } }, at);
    }
  } catch (error) {
    log(`Sending invitation mail stopped: ${errorText(error)}`);
  }
  return result;
}

/**
 * Sends the waiting invitation mails now, when SMTP_URL is set, rather than at the next hourly housekeeping: a person
 * who was just invited is often waiting for the mail. Called without waiting for it; never throws; the hourly run
 * retries what fails here.
 */
export async function sendInvitationMailNow(
  deps: { db: Kysely<Database>; links: MailLinks; now: () => Date; env?: NodeJS.ProcessEnv; log?: (message: string) => void },
): Promise<{ sent: number; failed: number }> {
  const config = loadMailConfig(deps.env ?? process.env);
  if (!config.ok || config.config.smtpUrl === null) return { sent: 0, failed: 0 };
  let transport: MailTransport;
  try {
    transport = smtpTransport(config.config.smtpUrl);
  } catch {
    return { sent: 0, failed: 0 };
  }
  try {
    return await sendDueInvitationMail({ db: deps.db, transport, from: config.config.from, links: deps.links, now: deps.now, ...(deps.log ? { log: deps.log } : {}) });
  } finally {
    transport.close();
  }
}
