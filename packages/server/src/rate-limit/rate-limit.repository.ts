import { sql, type Kysely } from "kysely";
import type { Database } from "../db/tables.js";

/**
 * Counts one hit on `key` in one statement (insert … on conflict do update … returning), so concurrent requests
 * in several processes never lose a count: the database serialises the upsert on the primary key. A window that
 * started at or before `expiredBefore` is restarted at `now` with a count of 1.
 */
export async function upsertHit(
  db: Kysely<Database>,
  key: string,
  now: string,
  expiredBefore: string,
): Promise<{ count: number; windowStart: string }> {
  // Every ISO string here comes from Date#toISOString (fixed width, UTC), so text comparison is time order.
  const expired = sql<boolean>`rate_limits.window_start <= ${expiredBefore}`;
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when ${expired} then 1 else rate_limits.count + 1 end`,
        window_start: sql<string>`case when ${expired} then ${now} else rate_limits.window_start end`,
      }),
    )
    .returning(["count", "window_start"])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: row.window_start };
}

/** Deletes counters whose window started before `before`; they can no longer limit anything. */
export async function deleteStaleCounters(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom("rate_limits").where("window_start", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
