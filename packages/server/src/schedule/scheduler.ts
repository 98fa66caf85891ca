import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { slotAt } from "./job-slot.js";
import { runInSlot } from "./run-in-slot.js";
import { pruneFinishedRuns } from "./scheduled-job-runs.repository.js";

/** A job every server process schedules, run by one of them per period slot. */
export interface ScheduledJob {
  /** its key in scheduled_job_runs, e.g. "maintenance" */
  name: string;
  periodMs: number;
  /** how long a run may go unrenewed before another process takes it over (default: a quarter of the period, at most 15 minutes) */
  leaseMs?: number;
  run(now: Date): Promise<void>;
}

export interface SchedulerDeps {
  db: Kysely<Database>;
  holder: string;
  now?: () => Date;
  /** how often each process looks whether a slot is due (default 1 minute, or the shortest period if shorter) */
  tickMs?: number;
  log?: (message: string) => void;
}

export interface Scheduler {
  /** one round now: every job whose slot is due and not run yet, in this process if it wins the slot (waits for runs in progress) */
  tick(): Promise<void>;
  /** stops the timer; settles when the runs in progress have finished (so the database can be closed then) */
  stop(): Promise<void>;
}

/** Runs are kept this long (a record of what ran where), then forgotten. */
const KEEP_RUNS_MS = 7 * 24 * 3600_000;

/**
 * Schedules `jobs` in this process: every tick, each job whose current slot has not been run (and is not being run
 * by a live process) is claimed and run here. With several processes on one database each slot runs once, in
 * whichever process claims it first; a run whose holder died is taken over once its lease has run out. The first
 * tick is at once, so a slot nobody ran yet (the first start, a restart after a stop) is run without waiting.
 */
export function startScheduler(deps: SchedulerDeps, jobs: ScheduledJob[]): Scheduler {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((message: string) => console.error(message));
  // per job: the slot this process knows is taken, and when to look at it again (its holder's lease, or its end)
  const known = new Map<string, { slot: string; lookAgainAt: number }>();
  // per job: its run in progress in this process (a tick meanwhile waits for it instead of starting another)
  const running = new Map<string, Promise<void>>();

  const runJob = (job: ScheduledJob): Promise<void> => {
    const inProgress = running.get(job.name);
    if (inProgress !== undefined) return inProgress;
    const attempt = claimAndRun(job).finally(() => running.delete(job.name));
    running.set(job.name, attempt);
    return attempt;
  };

  const claimAndRun = async (job: ScheduledJob): Promise<void> => {
    const at = now();
    const slot = slotAt(at, job.periodMs);
    const seen = known.get(job.name);
    if (seen?.slot === slot.key && at.getTime() < seen.lookAgainAt) return;
    try {
      const leaseMs = job.leaseMs ?? Math.min(Math.ceil(job.periodMs / 4), 15 * 60_000);
      const outcome = await runInSlot({ db: deps.db, holder: deps.holder, now }, { name: job.name, slot: slot.key, leaseMs }, (started) => job.run(started));
      const lookAgainAt = !outcome.ran && outcome.heldUntil !== null ? Math.min(Date.parse(outcome.heldUntil), slot.endsAt.getTime()) : slot.endsAt.getTime();
      known.set(job.name, { slot: slot.key, lookAgainAt });
      if (outcome.ran && outcome.error !== undefined) log(`Scheduled job ${job.name} failed: ${outcome.error}`);
      if (outcome.ran) await pruneFinishedRuns(deps.db, job.name, new Date(at.getTime() - KEEP_RUNS_MS).toISOString());
    } catch (error) {
      // the database is unreachable: the next tick tries again
      log(`Scheduled job ${job.name} could not be claimed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const tick = async () => {
    await Promise.all(jobs.map(runJob));
  };
  const tickMs = deps.tickMs ?? Math.min(60_000, ...jobs.map((job) => job.periodMs));
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  void tick();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
