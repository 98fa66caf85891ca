import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { Config } from "../config.js";
import type { Database } from "../db/tables.js";
import { toSessionUser, userForLogin } from "../user/user.service.js";
import type { RequestSession, SessionUser } from "./current-user.js";
import { admitLoginAttempt, loginSucceeded, loginThrottleKeys } from "./login-throttle.js";
import { verifyDummyPassword, verifyPassword } from "./password.js";
import { createSession, endSession, type CreatedSession } from "./session.js";

export type LoginResult =
  | { ok: true; user: SessionUser; session: CreatedSession }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email and password. Failures are counted per account and per address (login-throttle.ts); past the
 * free ones each makes the next attempt wait longer, and an attempt during the wait is refused before the password
 * is looked at. A success starts the account's count over. An unknown email, a disabled user and a wrong password
 * take the same time, give the same answer and are counted alike. Failures and successes go to the audit log with
 * the email, never the password.
 */
export async function login(
  deps: { db: Kysely<Database>; config: Config },
  input: { email: string; password: string; ip: string },
  now: Date,
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const keys = loginThrottleKeys(email, input.ip);
  const admission = await admitLoginAttempt(deps.db, keys, now);
  if (!admission.admitted) return { ok: false, reason: "rate_limited", retryAfterSeconds: admission.retryAfterSeconds };

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

  await loginSucceeded(deps.db, keys, now);
  const session = await createSession(deps.db, user.id, deps.config, now);
  await recordAudit(deps.db, { actor: user.id, action: "auth.login", subjectType: "user", subjectId: user.id, details: { email, ip: input.ip } }, now);
  return { ok: true, user: toSessionUser(user), session };
}

export async function logout(db: Kysely<Database>, session: RequestSession, now: Date): Promise<void> {
  await endSession(db, session);
  await recordAudit(db, { actor: session.user.id, action: "auth.logout", subjectType: "user", subjectId: session.user.id, details: { email: session.user.email } }, now);
}
