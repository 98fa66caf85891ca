import type { Kysely } from "kysely";
import nodemailer from "nodemailer";
import type { Database } from "../db/tables.js";
import { LINK_WITHDRAWN, renderBody } from "../outbox/outbox-body.js";
import { linkForSending, type MailLinks } from "../outbox/outbox-links.js";
import { claimForSending, mailDueForSending, recordSendOutcome } from "../outbox/outbox.service.js";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** What sends one mail; rejects when the mail was not accepted. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** An SMTP transport (nodemailer) for an smtp:// or smtps:// URL, with timeouts so a dead server cannot hang a run. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  return {
    send: async (mail) => {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transporter.close(),
  };
}

export interface SendMailDeps {
  db: Kysely<Database>;
  /** null: no SMTP configured; nothing is sent */
  transport: MailTransport | null;
  from: string | null;
  /** the public address and the key that opens the links of waiting mail */
  links: MailLinks;
  now: () => Date;
  /** at most this many messages per run (default 50) */
  batchSize?: number;
  /** a message is tried at most this many times (default 5) */
  maxAttempts?: number;
  /** after an attempt a message waits this long before the next (default 15 minutes); also guards against a second process sending it meanwhile */
  retryAfterMs?: number;
  log?: (message: string) => void;
}

export interface SendMailResult {
  sent: number;
  failed: number;
  /** a problem that stopped the run (the database, say); the run never throws */
  error?: string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 500);

/**
 * Sends the outbox's due messages over SMTP, a bounded batch per run. Each message is first claimed (its attempt
 * counted, its next due time moved on), then sent; success marks it sent and forgets its link, failure records
 * the error – each with an audit entry by "system". Never throws: housekeeping calls it on a timer.
 */
export async function sendDueMail(deps: SendMailDeps): Promise<SendMailResult> {
  const result: SendMailResult = { sent: 0, failed: 0 };
  if (deps.transport === null || deps.from === null) return result;
  const { db, transport, from } = deps;
  const log = deps.log ?? ((message: string) => console.warn(message));
  try {
    const due = await mailDueForSending(db, deps.now(), deps.batchSize ?? 50, deps.maxAttempts ?? 5);
    for (const message of due) {
      const now = deps.now();
      const lease = new Date(now.getTime() + (deps.retryAfterMs ?? 15 * 60_000)).toISOString();
      if (!(await claimForSending(db, message, lease))) continue;
      const attempt = Number(message.attempts) + 1;
      const url = await linkForSending(db, message, deps.links, now);
      try {
        await transport.send({ from, to: message.recipient!, subject: message.subject, text: renderBody(message.body, url ?? null, LINK_WITHDRAWN) });
      } catch (error) {
        result.failed += 1;
        const text = errorText(error);
        log(`Mail ${message.id} to respondent ${message.respondent_id} failed (attempt ${attempt}): ${text}`);
        await recordSendOutcome(db, message, { sent: false, error: text, attempt }, deps.now());
        continue;
      }
      result.sent += 1;
      await recordSendOutcome(db, message, { sent: true, attempt }, deps.now());
    }
  } catch (error) {
    result.error = errorText(error);
    log(`Sending mail stopped: ${result.error}`);
  }
  return result;
}
