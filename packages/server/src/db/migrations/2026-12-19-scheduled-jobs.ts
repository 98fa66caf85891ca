import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Scheduled jobs (issue 15): each run of a job in a period slot, claimed by one server process with an insert – the
// primary key lets only one process have a slot – and held by a lease that another process may take over once it
// has run out (its holder died mid-run).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("scheduled_job_runs")
    .addColumn("job", "text", (c) => c.notNull())
    // when the slot starts (ISO), or "once" for a job that runs once per database
    .addColumn("slot", "text", (c) => c.notNull())
    // the process running it: host/pid/random
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    // the holder renews it while it runs; a run whose lease has passed unfinished may be taken over
    .addColumn("lease_until", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    // why the run failed; null when it succeeded or has not finished
    .addColumn("error", "text")
    .addPrimaryKeyConstraint("scheduled_job_runs_pk", ["job", "slot"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("scheduled_job_runs").execute();
}
