import { z } from "zod";

/**
 * Mail settings from the environment, beside the main configuration (config.ts) rather than in it:
 * - SMTP_URL: smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://…:465. Unset: nothing is
 *   sent; mails wait in the outbox for the secretariat to copy.
 * - MAIL_FROM: the sender, "Afrapport <afrapport@example.dk>" or a bare address; required with SMTP_URL.
 */
const address = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const named = /^[^<>\r\n]*<([^<>\r\n]+)>$/;

const MailEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
    .pipe(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
  MAIL_FROM: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value.trim()))
    .refine((value) => value === undefined || address.test(named.exec(value)?.[1] ?? value), 'must be an address, e.g. "Afrapport <afrapport@example.dk>"'),
});

export interface MailConfig {
  /** null: no SMTP; the outbox is only for copying */
  smtpUrl: string | null;
  from: string | null;
}

export type MailConfigResult = { ok: true; config: MailConfig } | { ok: false; errors: string[] };

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfigResult {
  const parsed = MailEnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  const { SMTP_URL, MAIL_FROM } = parsed.data;
  if (SMTP_URL !== undefined && MAIL_FROM === undefined) return { ok: false, errors: ["MAIL_FROM: required when SMTP_URL is set"] };
  return { ok: true, config: { smtpUrl: SMTP_URL ?? null, from: MAIL_FROM ?? null } };
}

/** The URL without its password, for logs. */
export function redactSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}
