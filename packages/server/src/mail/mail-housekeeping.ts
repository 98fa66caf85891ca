import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { scheduleDueReminders } from "../reminder/reminder.service.js";
import { sendDueInvitationMail } from "../user/user-invitation-mail.js";
import { loadMailConfig, redactSmtpUrl } from "./mail-config.js";
import { sendDueMail, smtpTransport, type MailTransport } from "./mail-sender.js";

let cached: { url: string; transport: MailTransport } | undefined;

function transportFor(url: string | null): MailTransport | null {
  if (url === null) return null;
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = { url, transport: smtpTransport(url) };
  }
  return cached.transport;
}

/**
 * The mail part of the hourly housekeeping: queue the scheduled reminders that are due, then send what is due when
 * SMTP_URL is set. Never throws; problems are logged.
 */
export async function runMailHousekeeping(
  deps: { db: Kysely<Database>; links: MailLinks; env?: NodeJS.ProcessEnv; log?: (message: string) => void },
  now: Date,
): Promise<{ queued: number; sent: number; failed: number }> {
  const log = deps.log ?? ((message: string) => console.warn(message));
  let queued = 0;
  try {
    queued = await scheduleDueReminders({ db: deps.db, links: deps.links }, now);
  } catch (error) {
    log(`Scheduling reminders failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const config = loadMailConfig(deps.env ?? process.env);
  if (!config.ok) {
    log(`Mail is not sent; fix the configuration: ${config.errors.join("; ")}`);
    return { queued, sent: 0, failed: 0 };
  }
  let transport: MailTransport | null;
  try {
    transport = transportFor(config.config.smtpUrl);
  } catch (error) {
    log(`Mail is not sent; SMTP_URL ${redactSmtpUrl(config.config.smtpUrl ?? "")} is not usable: ${error instanceof Error ? error.message : String(error)}`);
    return { queued, sent: 0, failed: 0 };
  }
  const result = await sendDueMail({ db: deps.db, transport, from: config.config.from, links: deps.links, now: () => now, log });
  const invitations = await sendDueInvitationMail({ db: deps.db, transport, from: config.config.from, links: deps.links, now: () => now, log });
  return { queued, sent: result.sent + invitations.sent, failed: result.failed + invitations.failed };
}
