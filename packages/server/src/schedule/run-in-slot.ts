import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { claimSlot, finishRun, findRun, releaseRun, renewLease } from "./scheduled-job-runs.repository.js";

export interface SlotRunDeps {
  db: Kysely<Database>;
  /** who runs it: one per server process (processHolder) */
  holder: string;
  now: () => Date;
}

/** What happened to a slot's run in this process. */
export type SlotOutcome =
  | { ran: true; error?: string }
  /** another process has the slot: `heldUntil` is its lease while it runs, null once it has finished */
  | { ran: false; heldUntil: string | null };

/** A name for this server process that no other process has, readable in the table: host/pid/random. */
export function processHolder(): string {
  return `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

/**
 * Runs `run` for the job's slot unless another process has it: the slot is claimed first (claimSlot), and the lease
 * is renewed every third of `leaseMs` while the run goes on, so only a holder that has stopped (died) loses it. A
 * run that throws is recorded with its error and counts as the slot's run: the next slot tries again. Throws only when
 * the database does.
 */
export async function runInSlot(
  deps: SlotRunDeps,
  job: { name: string; slot: string; leaseMs: number },
  run: (now: Date) => Promise<void>,
): Promise<SlotOutcome> {
  const now = deps.now();
  const leaseUntil = (from: Date) => new Date(from.getTime() + job.leaseMs).toISOString();
  const key = { job: job.name, slot: job.slot, holder: deps.holder };
  if (!(await claimSlot(deps.db, { ...key, now: now.toISOString(), leaseUntil: leaseUntil(now) }))) {
    const held = await findRun(deps.db, job.name, job.slot);
    return { ran: false, heldUntil: held === undefined || held.finished_at !== null ? null : held.lease_until };
  }
  const stopRenewing = keepLeaseRenewed(deps, key, job.leaseMs);
  let error: string | undefined;
  try {
    await run(now);
  } catch (thrown) {
    error = (thrown instanceof Error ? thrown.message : String(thrown)).slice(0, 1000);
  } finally {
    await stopRenewing();
  }
  await finishRun(deps.db, key, deps.now().toISOString(), error ?? null);
  return error === undefined ? { ran: true } : { ran: true, error };
}

/**
 * Runs `run` once per database, whichever process gets there first: `{ ran: false }` when another process has run
 * it or is running it. Should it throw, its claim is let go (a later start tries again) and the error is thrown.
 */
export async function runOnce<T>(deps: SlotRunDeps, job: { name: string; leaseMs: number }, run: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const now = deps.now();
  const key = { job: job.name, slot: ONCE, holder: deps.holder };
  if (!(await claimSlot(deps.db, { ...key, now: now.toISOString(), leaseUntil: new Date(now.getTime() + job.leaseMs).toISOString() }))) return { ran: false };
  const stopRenewing = keepLeaseRenewed(deps, key, job.leaseMs);
  let value: T;
  try {
    value = await run();
  } catch (error) {
    await stopRenewing();
    await releaseRun(deps.db, key);
    throw error;
  }
  await stopRenewing();
  await finishRun(deps.db, key, deps.now().toISOString(), null);
  return { ran: true, value };
}

/** The slot of a job that runs once per database. */
const ONCE = "once";

/** Renews a run's lease every third of `leaseMs` until the returned function is called (which waits for a renewal in flight). */
function keepLeaseRenewed(deps: SlotRunDeps, key: { job: string; slot: string; holder: string }, leaseMs: number): () => Promise<void> {
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    // a failed renewal is tried again at the next; the run goes on either way
    renewing = renewLease(deps.db, key, new Date(deps.now().getTime() + leaseMs).toISOString()).catch(() => undefined);
  }, Math.max(1, Math.floor(leaseMs / 3)));
  timer.unref();
  return async () => {
    clearInterval(timer);
    await renewing;
  };
}
