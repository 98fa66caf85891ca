import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLiveDatabase, type LiveDatabase } from "../coauthor/live-test-kit.js";
import type { DatabaseHandle } from "../db/database.js";
import { dialects } from "../test-support/dialects.js";
import { processHolder, runInSlot, runOnce } from "./run-in-slot.js";
import { findRun } from "./scheduled-job-runs.repository.js";

// Two server processes are two connection pools on one database, each with its own holder name.

const MINUTE = 60_000;
const slot = "2026-12-04T10:00:00.000Z";

describe.each(dialects)("runInSlot on %s", (dialect) => {
  let database: LiveDatabase;
  let first: DatabaseHandle;
  let second: DatabaseHandle;
  beforeEach(async () => {
    database = await createLiveDatabase(dialect);
    first = database.open();
    second = database.open();
  });
  afterEach(async () => {
    await first.close();
    await second.close();
    await database.drop();
  });

  const processA = () => ({ db: first.db, holder: "host/1/a", now: () => new Date("2026-12-04T10:00:01.000Z") });
  const processB = () => ({ db: second.db, holder: "host/2/b", now: () => new Date("2026-12-04T10:00:01.000Z") });

  it("runs a slot in exactly one of two processes racing for it", async () => {
    const ran: string[] = [];
    const job = { name: "maintenance", slot, leaseMs: 15 * MINUTE };
    const outcomes = await Promise.all(
      [processA(), processB(), processA(), processB()].map((deps) =>
        runInSlot(deps, job, async () => {
          ran.push(deps.holder);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }),
      ),
    );
    expect(ran).toHaveLength(1);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    const row = await findRun(first.db, "maintenance", slot);
    expect(row).toMatchObject({ holder: ran[0], finished_at: "2026-12-04T10:00:01.000Z", error: null });
  });

  it("leaves the record of a run to the process that took it over when its own lease was lost", async () => {
    const job = { name: "maintenance", slot, leaseMs: 150 };
    const outcome = await runInSlot(processA(), job, async () => {
      // another process takes the run over (as after this one's lease ran out unrenewed)
      await second.db.updateTable("scheduled_job_runs").set({ holder: "host/2/b" }).where("job", "=", "maintenance").execute();
      await new Promise((resolve) => setTimeout(resolve, 200));
    });
    expect(outcome.ran).toBe(true);
    expect(await findRun(first.db, "maintenance", slot)).toMatchObject({ holder: "host/2/b", finished_at: null });
  });

  it("runs the next slot again, and another job's slot independently", async () => {
    const ran: string[] = [];
    const record = (label: string) => async () => void ran.push(label);
    expect(await runInSlot(processA(), { name: "maintenance", slot, leaseMs: MINUTE }, record("A 10:00"))).toEqual({ ran: true });
    expect(await runInSlot(processB(), { name: "maintenance", slot, leaseMs: MINUTE }, record("B 10:00"))).toEqual({ ran: false, heldUntil: null });
    expect(await runInSlot(processB(), { name: "maintenance", slot: "2026-12-04T11:00:00.000Z", leaseMs: MINUTE }, record("B 11:00"))).toEqual({ ran: true });
    expect(await runInSlot(processB(), { name: "mail-housekeeping", slot, leaseMs: MINUTE }, record("B mail 10:00"))).toEqual({ ran: true });
    expect(ran).toEqual(["A 10:00", "B 11:00", "B mail 10:00"]);
  });

  it("lets another process take over a run whose holder died once its lease has run out, not before", async () => {
    // A claims the slot and never finishes (killed mid-run): its run stays unfinished with the lease it took
    let release: () => void = () => {};
    const stuck = runInSlot(processA(), { name: "maintenance", slot, leaseMs: 5 * MINUTE }, () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => findRun(first.db, "maintenance", slot)).toBeDefined();

    const ranB: string[] = [];
    const during = await runInSlot({ ...processB(), now: () => new Date("2026-12-04T10:04:00.000Z") }, { name: "maintenance", slot, leaseMs: 5 * MINUTE }, async () => void ranB.push("too early"));
    expect(during).toEqual({ ran: false, heldUntil: "2026-12-04T10:05:01.000Z" });

    const after = await runInSlot({ ...processB(), now: () => new Date("2026-12-04T10:05:01.000Z") }, { name: "maintenance", slot, leaseMs: 5 * MINUTE }, async () => void ranB.push("taken over"));
    expect(after).toEqual({ ran: true });
    expect(ranB).toEqual(["taken over"]);
    expect(await findRun(first.db, "maintenance", slot)).toMatchObject({ holder: "host/2/b", finished_at: "2026-12-04T10:05:01.000Z" });

    // the old holder, should it wake up after all, does not overwrite the run it lost
    release();
    await stuck;
    expect(await findRun(first.db, "maintenance", slot)).toMatchObject({ holder: "host/2/b", finished_at: "2026-12-04T10:05:01.000Z" });
  });

  it("keeps the lease of a long run renewed, so nobody takes over a holder that is alive", async () => {
    let clock = new Date("2026-12-04T10:00:00.000Z").getTime();
    const now = () => new Date(clock);
    let release: () => void = () => {};
    const long = runInSlot({ db: first.db, holder: "host/1/a", now }, { name: "maintenance", slot, leaseMs: 300 }, () => new Promise<void>((resolve) => (release = resolve)));
    await expect.poll(() => findRun(first.db, "maintenance", slot)).toBeDefined();
    // the holder's renewals (every 100 ms) move the lease with the clock
    clock += 10 * MINUTE;
    await expect.poll(async () => (await findRun(first.db, "maintenance", slot))?.lease_until, { timeout: 5_000 }).toBe(new Date(clock + 300).toISOString());
    const other = await runInSlot({ db: second.db, holder: "host/2/b", now }, { name: "maintenance", slot, leaseMs: 300 }, async () => {});
    expect(other.ran).toBe(false);
    release();
    expect(await long).toEqual({ ran: true });
  });

  it("records a failed run with its error; the slot counts as run", async () => {
    const outcome = await runInSlot(processA(), { name: "maintenance", slot, leaseMs: MINUTE }, async () => {
      throw new Error("the SMTP server said no");
    });
    expect(outcome).toEqual({ ran: true, error: "the SMTP server said no" });
    expect(await findRun(first.db, "maintenance", slot)).toMatchObject({ error: "the SMTP server said no" });
    expect(await runInSlot(processB(), { name: "maintenance", slot, leaseMs: MINUTE }, async () => {})).toEqual({ ran: false, heldUntil: null });
  });
});

describe("processHolder", () => {
  it("names this process and differs between two calls", () => {
    const a = processHolder();
    expect(a).toContain(`/${process.pid}/`);
    expect(processHolder()).not.toBe(a);
  });
});

describe.each(dialects)("runOnce on %s", (dialect) => {
  let database: LiveDatabase;
  let handles: DatabaseHandle[];
  beforeEach(async () => {
    database = await createLiveDatabase(dialect);
    handles = [database.open(), database.open()];
  });
  afterEach(async () => {
    for (const handle of handles) await handle.close();
    await database.drop();
  });
  const deps = (i: number) => ({ db: handles[i]!.db, holder: `host/${i}/x`, now: () => new Date() });

  it("runs in one of two processes starting at once, and never again", async () => {
    const outcomes = await Promise.all([0, 1].map((i) => runOnce(deps(i), { name: "demo-seed", leaseMs: MINUTE }, async () => `seeded by ${i}`)));
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(await runOnce(deps(0), { name: "demo-seed", leaseMs: MINUTE }, async () => "again")).toEqual({ ran: false });
  });

  it("lets go of its claim when the run throws, so a later start runs it", async () => {
    await expect(runOnce(deps(0), { name: "demo-seed", leaseMs: MINUTE }, async () => Promise.reject(new Error("bad password")))).rejects.toThrow("bad password");
    expect(await runOnce(deps(1), { name: "demo-seed", leaseMs: MINUTE }, async () => "seeded")).toEqual({ ran: true, value: "seeded" });
  });
});
