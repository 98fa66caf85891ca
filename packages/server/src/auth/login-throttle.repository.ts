import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../db/tables.js";

// The only place that queries login_throttles.

/**
 * Counts one attempt on `key` if its wait is over, in one statement (insert … on conflict do update … where …
 * returning), so that concurrent attempts cannot slip through the same free moment: the database serialises the
 * upsert on the primary key, and an attempt during the wait changes nothing and returns no row. `nextAttemptAt`
 * gives the next allowed time for each count, the last entry for every count beyond it.
 * Returns the count with this attempt, or undefined when it must wait.
 */
export async function countAttempt(
  db: Kysely<Database>,
  key: string,
  at: { now: string; forgetBefore: string; nextAttemptAt: Array<[failures: number, at: string]> },
): Promise<number | undefined> {
  const steps = at.nextAttemptAt;
  const [, last] = steps[steps.length - 1]!;
  const nextFor = (failures: RawBuilder<number>) =>
    sql<string>`case ${sql.join(
      steps.slice(0, -1).map(([n, time]) => sql`when ${failures} = ${n} then cast(${time} as text)`),
      sql` `,
    )} else cast(${last} as text) end`;
  const forgotten = sql<boolean>`login_throttles.last_failure_at <= ${at.forgetBefore}`;
  const counted = sql<number>`(case when ${forgotten} then 1 else login_throttles.failures + 1 end)`;
  const row = await db
    .insertInto("login_throttles")
    .values({ key, failures: 1, last_failure_at: at.now, next_attempt_at: steps[0]![1] })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ failures: counted, next_attempt_at: nextFor(counted), last_failure_at: at.now })
        .where(sql<boolean>`login_throttles.next_attempt_at <= ${at.now}`),
    )
    .returning("failures")
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.failures);
}

/** When the next attempt on `key` may be checked, or undefined when nothing is counted for it. */
export async function nextAttemptAt(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom("login_throttles").select("next_attempt_at").where("key", "=", key).executeTakeFirst();
  return row?.next_attempt_at;
}

/** Takes one counted attempt back (it succeeded, or the other counter refused it). */
export async function uncountAttempt(db: Kysely<Database>, key: string): Promise<void> {
  await db.updateTable("login_throttles").set({ failures: sql<number>`failures - 1` }).where("key", "=", key).where("failures", ">", 0).execute();
}

export async function deleteThrottle(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("login_throttles").where("key", "=", key).execute();
}

/** Deletes counters whose last failure is before `before`; they would start over anyway. */
export async function deleteStaleThrottles(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom("login_throttles").where("last_failure_at", "<", before).where("next_attempt_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function rememberKnownAddress(db: Kysely<Database>, key: string, now: string): Promise<void> {
  await db
    .insertInto("login_known_addresses")
    .values({ key, last_success_at: now })
    .onConflict((oc) => oc.column("key").doUpdateSet({ last_success_at: now }))
    .execute();
}

/** Whether `key` signed in successfully at or after `since`. */
export async function isKnownAddress(db: Kysely<Database>, key: string, since: string): Promise<boolean> {
  const row = await db.selectFrom("login_known_addresses").select("key").where("key", "=", key).where("last_success_at", ">=", since).executeTakeFirst();
  return row !== undefined;
}

export async function deleteStaleKnownAddresses(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom("login_known_addresses").where("last_success_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
