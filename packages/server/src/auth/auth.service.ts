import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { Config } from "../config.js";
import type { Database } from "../db/tables.js";
import { consumeRateLimit, type RateLimitRule } from "../rate-limit/rate-limit.js";
import { toSessionUser, userForLogin } from "../user/user.service.js";
import type { RequestSession, SessionUser } from "./current-user.js";
import { verifyDummyPassword, verifyPassword } from "./password.js";
import { createSession, endSession, type CreatedSession } from "./session.js";

/** Login attempts per client address and per email: 10 per 15 minutes each. */
export const LOGIN_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * 60 * 1000 };

export type LoginResult =
  | { ok: true; user: SessionUser; session: CreatedSession }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Every attempt counts against both limits before the password is looked at.
 * An unknown email, a disabled user and a wrong password take the same time and give the same answer.
 * Failures and successes go to the audit log with the email, never the password.
 */
export async function login(
  deps: { db: Kysely<Database>; config: Config },
  input: { email: string; password: string; ip: string },
  now: Date,
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const emailKey = createHash("sha256").update(email).digest("hex").slice(0, 32);
  const byIp = await consumeRateLimit(deps.db, `login:ip:${input.ip}`, LOGIN_RATE_LIMIT, now);
  const byEmail = await consumeRateLimit(deps.db, `login:email:${emailKey}`, LOGIN_RATE_LIMIT, now);
  if (!byIp.allowed || !byEmail.allowed) {
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds) };
  }

  const user = await userForLogin(deps.db, email);
  const passwordOk =
    user === undefined || user.disabled_at !== null
      ? await verifyDummyPassword(input.password)
      : await verifyPassword(user.password_hash, input.password);
  if (user === undefined || user.disabled_at !== null || !passwordOk) {
    const reason = user === undefined ? "unknown_email" : user.disabled_at !== null ? "disabled" : "wrong_password";
    await recordAudit(
      deps.db,
      { actor: "system", action: "auth.login_failed", subjectType: "user", subjectId: user?.id ?? email, details: { email, reason, ip: input.ip } },
      now,
    );
    return { ok: false, reason: "invalid" };
  }

  const session = await createSession(deps.db, user.id, deps.config, now);
  await recordAudit(deps.db, { actor: user.id, action: "auth.login", subjectType: "user", subjectId: user.id, details: { email, ip: input.ip } }, now);
  return { ok: true, user: toSessionUser(user), session };
}

export async function logout(db: Kysely<Database>, session: RequestSession, now: Date): Promise<void> {
  await endSession(db, session);
  await recordAudit(db, { actor: session.user.id, action: "auth.logout", subjectType: "user", subjectId: session.user.id, details: { email: session.user.email } }, now);
}
