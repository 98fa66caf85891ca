import type { Kysely } from "kysely";
import { pruneLoginThrottles } from "./auth/login-throttle.js";
import { endExpiredSessions } from "./auth/session.js";
import type { Database } from "./db/tables.js";
import { pruneRateLimits } from "./rate-limit/rate-limit.js";

/** The longest rate-limit window in use (failed invite-link look-ups: 10 minutes), with room to spare. */
const LONGEST_WINDOW_MS = 24 * 3600 * 1000;

/**
 * Housekeeping that keeps small tables small: expired sessions, finished rate-limit windows and sign-in counters
 * that would start over anyway. Safe to run from
 * several processes at once; main runs it hourly. Nothing here touches the audit log or any answer.
 */
export async function runMaintenance(db: Kysely<Database>, now: Date): Promise<void> {
  await endExpiredSessions(db, now);
  await pruneRateLimits(db, LONGEST_WINDOW_MS, now);
  await pruneLoginThrottles(db, now);
}
