import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { deleteStaleCounters, upsertHit } from "./rate-limit.repository.js";

export interface RateLimitRule {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** 0 when allowed; otherwise the seconds until the window ends (for Retry-After). */
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter kept in the `rate_limits` table, so every server process shares it. Each call counts
 * one hit, also a refused one: hammering a limited key keeps it limited until the window ends.
 * Keys name what is limited, e.g. `login:ip:203.0.113.7` or `login:email:a@b.dk`.
 */
export async function consumeRateLimit(
  db: Kysely<Database>,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<RateLimitResult> {
  const expiredBefore = new Date(now.getTime() - rule.windowMs).toISOString();
  const { count, windowStart } = await upsertHit(db, key, now.toISOString(), expiredBefore);
  if (count <= rule.limit) return { allowed: true, retryAfterSeconds: 0 };
  const endsAt = Date.parse(windowStart) + rule.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** Removes counters older than `maxWindowMs` (the longest window in use); main runs it now and then. */
export async function pruneRateLimits(db: Kysely<Database>, maxWindowMs: number, now: Date): Promise<number> {
  return deleteStaleCounters(db, new Date(now.getTime() - maxWindowMs).toISOString());
}
