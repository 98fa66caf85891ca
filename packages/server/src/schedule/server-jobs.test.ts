import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../test-support/dialects.js";
import { serverJobs } from "./server-jobs.js";

describe.each(dialects)("serverJobs on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await database.drop();
  });
  const jobs = () => serverJobs({ db: database.db, links: { publicUrl: "http://localhost:3000", linkKey: Buffer.alloc(32) } });

  it("are the hourly housekeeping, mail and webhook-event jobs", () => {
    expect(jobs().map((job) => [job.name, job.periodMs])).toEqual([
      ["maintenance", 3600_000],
      ["mail-housekeeping", 3600_000],
      ["webhook-event-pruning", 3600_000],
    ]);
  });

  it("forgets webhook events dispatched more than 30 days before the run", async () => {
    const event = (id: string, dispatchedAt: string) => ({ id, event: "response.submitted", region_code: "1084", campaign_id: "c1", occurred_at: dispatchedAt, data_json: "{}", dispatched_at: dispatchedAt });
    await database.db.insertInto("webhook_events").values([event("old", "2026-10-01T10:00:00.000Z"), event("recent", "2026-11-20T10:00:00.000Z")]).execute();
    await jobs().find((job) => job.name === "webhook-event-pruning")!.run(new Date("2026-12-04T10:00:00.000Z"));
    expect((await database.db.selectFrom("webhook_events").select("id").execute()).map((row) => row.id)).toEqual(["recent"]);
  });
});
