import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../test-support/dialects.js";
import { dropTestDatabase } from "../test-support/test-app.js";
import { consumeRateLimit, pruneRateLimits } from "./rate-limit.js";

describe.each(dialects)("consumeRateLimit on %s", (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    if (database) await dropTestDatabase(database);
    database = undefined;
  });

  it("allows `limit` hits per window, then refuses with the seconds until the window ends", async () => {
    database = await createTestDatabase(dialect);
    const rule = { limit: 3, windowMs: 60_000 };
    const t0 = new Date("2026-12-01T10:00:00.000Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await consumeRateLimit(database.db, "k", rule, at(0))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect((await consumeRateLimit(database.db, "k", rule, at(1000))).allowed).toBe(true);
    expect((await consumeRateLimit(database.db, "k", rule, at(2000))).allowed).toBe(true);
    expect(await consumeRateLimit(database.db, "k", rule, at(30_500))).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect((await consumeRateLimit(database.db, "other", rule, at(30_500))).allowed).toBe(true);
    // The window started at t0; at t0 + 60 s a new one starts.
    expect(await consumeRateLimit(database.db, "k", rule, at(60_000))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const row = await database.db.selectFrom("rate_limits").selectAll().where("key", "=", "k").executeTakeFirstOrThrow();
    expect(row).toEqual({ key: "k", window_start: at(60_000).toISOString(), count: 1 });
  });

  it("counts every one of many simultaneous hits exactly once", async () => {
    database = await createTestDatabase(dialect);
    const rule = { limit: 10, windowMs: 60_000 };
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(database!.db, "burst", rule, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const row = await database.db.selectFrom("rate_limits").select("count").where("key", "=", "burst").executeTakeFirstOrThrow();
    expect(Number(row.count)).toBe(40);
  });

  it("prunes counters older than the longest window", async () => {
    database = await createTestDatabase(dialect);
    const rule = { limit: 1, windowMs: 1000 };
    await consumeRateLimit(database.db, "old", rule, new Date("2026-12-01T00:00:00.000Z"));
    await consumeRateLimit(database.db, "new", rule, new Date("2026-12-01T23:30:00.000Z"));
    expect(await pruneRateLimits(database.db, 3600_000, new Date("2026-12-02T00:00:00.000Z"))).toBe(1);
    expect((await database.db.selectFrom("rate_limits").select("key").execute()).map((r) => r.key)).toEqual(["new"]);
  });
});
