import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLiveDatabase, type LiveDatabase } from "../coauthor/live-test-kit.js";
import type { DatabaseHandle } from "../db/database.js";
import { dialects } from "../test-support/dialects.js";
import { startScheduler, type Scheduler, type ScheduledJob } from "./scheduler.js";

const HOUR = 3600_000;

describe.each(dialects)("startScheduler on %s", (dialect) => {
  let database: LiveDatabase;
  let handles: DatabaseHandle[];
  let schedulers: Scheduler[];
  let clock: number;
  beforeEach(async () => {
    database = await createLiveDatabase(dialect);
    handles = [database.open(), database.open()];
    schedulers = [];
    clock = Date.parse("2026-12-04T10:00:30.000Z");
  });
  afterEach(async () => {
    for (const scheduler of schedulers) scheduler.stop();
    for (const handle of handles) await handle.close();
    await database.drop();
  });

  /** Two server processes scheduling the same jobs; what each run did is recorded as "<job> <process> <time>". */
  function twoProcesses(jobs: (process: string) => ScheduledJob[], log: string[] = []): Scheduler[] {
    schedulers = handles.map((handle, i) =>
      startScheduler({ db: handle.db, holder: `host/${i}/x`, now: () => new Date(clock), tickMs: HOUR, log: (message) => log.push(message) }, jobs(`P${i}`)),
    );
    return schedulers;
  }
  const tickAll = () => Promise.all(schedulers.map((s) => s.tick()));

  it("runs each job once per period across two processes, and again in the next period", async () => {
    const runs: string[] = [];
    const job = (name: string, process: string): ScheduledJob => ({
      name,
      periodMs: HOUR,
      run: async (now) => void runs.push(`${name} ${process} ${now.toISOString().slice(11, 16)}`),
    });
    twoProcesses((p) => [job("maintenance", p), job("mail-housekeeping", p), job("webhook-event-pruning", p)]);
    await tickAll();
    clock += 20 * 60_000;
    await tickAll();
    await tickAll();
    const firstHour = runs.splice(0);
    expect(firstHour.map((r) => r.split(" ")[0]).sort()).toEqual(["mail-housekeeping", "maintenance", "webhook-event-pruning"]);
    expect(firstHour.every((r) => r.endsWith("10:00"))).toBe(true);

    clock = Date.parse("2026-12-04T11:00:02.000Z");
    await tickAll();
    await tickAll();
    expect(runs.map((r) => r.split(" ")[0]).sort()).toEqual(["mail-housekeeping", "maintenance", "webhook-event-pruning"]);
    expect(runs.every((r) => r.endsWith("11:00"))).toBe(true);
  });

  it("does not start a second run of a job in one process while its run goes on", async () => {
    let runs = 0;
    let release: () => void = () => {};
    const only = startScheduler({ db: handles[0]!.db, holder: "host/0/x", now: () => new Date(clock), tickMs: HOUR }, [
      { name: "maintenance", periodMs: HOUR, run: () => new Promise<void>((resolve) => ((runs += 1), (release = resolve))) },
    ]);
    schedulers = [only];
    await expect.poll(() => runs).toBe(1);
    const waiting = only.tick();
    clock += HOUR; // the next slot has begun while the first run still goes on
    const alsoWaiting = only.tick();
    release();
    await Promise.all([waiting, alsoWaiting]);
    expect(runs).toBe(1);
    const next = only.tick();
    await expect.poll(() => runs).toBe(2);
    release();
    await next;
  });

  it("logs a job that fails, and runs it again in the next period", async () => {
    const log: string[] = [];
    let attempts = 0;
    twoProcesses(() => [{ name: "maintenance", periodMs: HOUR, run: async () => { attempts += 1; throw new Error("database full"); } }], log);
    await tickAll();
    await tickAll();
    expect(attempts).toBe(1);
    expect(log).toEqual(["Scheduled job maintenance failed: database full"]);
    clock += HOUR;
    await tickAll();
    expect(attempts).toBe(2);
  });
});
