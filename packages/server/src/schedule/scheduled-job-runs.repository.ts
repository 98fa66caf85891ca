import type { Kysely } from "kysely";
import type { Database, ScheduledJobRunRow } from "../db/tables.js";

// The only place that queries scheduled_job_runs. Times are ISO text, so they compare as text.

/**
 * Takes a job's slot for `holder`: inserts its run, or – when a run is there, unfinished, and its lease has passed
 * (its holder died mid-run) – takes that run over. Both are one statement, so of several processes racing for a
 * slot exactly one gets it: the insert is decided by the primary key, the take-over by the row lock (PostgreSQL
 * re-checks the lease of a row another transaction has just taken) or by SQLite's single writer.
 */
export async function claimSlot(
  db: Kysely<Database>,
  claim: { job: string; slot: string; holder: string; now: string; leaseUntil: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto("scheduled_job_runs")
    .values({ job: claim.job, slot: claim.slot, holder: claim.holder, started_at: claim.now, lease_until: claim.leaseUntil, finished_at: null, error: null })
    .onConflict((oc) => oc.columns(["job", "slot"]).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return true;
  const taken = await db
    .updateTable("scheduled_job_runs")
    .set({ holder: claim.holder, started_at: claim.now, lease_until: claim.leaseUntil })
    .where("job", "=", claim.job)
    .where("slot", "=", claim.slot)
    .where("finished_at", "is", null)
    .where("lease_until", "<=", claim.now)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Moves the lease of a run this holder still has; false when it has lost the run (another process took it over). */
export async function renewLease(db: Kysely<Database>, run: { job: string; slot: string; holder: string }, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable("scheduled_job_runs")
    .set({ lease_until: leaseUntil })
    .where("job", "=", run.job)
    .where("slot", "=", run.slot)
    .where("holder", "=", run.holder)
    .where("finished_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks this holder's run finished, with the error that ended it (null: it succeeded). */
export async function finishRun(db: Kysely<Database>, run: { job: string; slot: string; holder: string }, at: string, error: string | null): Promise<void> {
  await db
    .updateTable("scheduled_job_runs")
    .set({ finished_at: at, error })
    .where("job", "=", run.job)
    .where("slot", "=", run.slot)
    .where("holder", "=", run.holder)
    .execute();
}

/** Lets go of this holder's unfinished run, so that the slot can be claimed again at once. */
export async function releaseRun(db: Kysely<Database>, run: { job: string; slot: string; holder: string }): Promise<void> {
  await db
    .deleteFrom("scheduled_job_runs")
    .where("job", "=", run.job)
    .where("slot", "=", run.slot)
    .where("holder", "=", run.holder)
    .where("finished_at", "is", null)
    .execute();
}

export async function findRun(db: Kysely<Database>, job: string, slot: string): Promise<ScheduledJobRunRow | undefined> {
  return db.selectFrom("scheduled_job_runs").selectAll().where("job", "=", job).where("slot", "=", slot).executeTakeFirst();
}

/** Forgets a job's runs that finished before `before`; returns how many. */
export async function pruneFinishedRuns(db: Kysely<Database>, job: string, before: string): Promise<number> {
  const result = await db.deleteFrom("scheduled_job_runs").where("job", "=", job).where("finished_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
