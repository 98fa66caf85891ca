import { afterEach, describe, expect, it } from "vitest";
import { auditActions, startCampaignWorld, storedState, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { generateToken } from "../invite/invite-token.js";
import { dialects } from "../test-support/dialects.js";
import { activityDue } from "./response.service.js";

// The autosave's own path (autosave.service.ts) beside what respond.routes.test.ts checks through the route.

describe("activityDue", () => {
  const at = new Date("2026-12-04T12:00:00.000Z");
  it("records the first activity, then at most once a minute", () => {
    expect(activityDue(null, null, at)).toBe(true);
    expect(activityDue("2026-12-04T11:00:00.000Z", "2026-12-04T11:59:30.000Z", at)).toBe(false);
    expect(activityDue("2026-12-04T11:00:00.000Z", "2026-12-04T11:59:00.000Z", at)).toBe(true);
    // a clock that went back must not freeze the activity until it catches up
    expect(activityDue("2026-12-04T11:00:00.000Z", "2026-12-04T12:30:00.000Z", at)).toBe(true);
  });
});

describe.each(dialects)("the autosave on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const save = (token: string, baseRevision: number, answers: Record<string, unknown>) =>
    world.respondent.put(`/api/respond/${token}/answers`, { baseRevision, answers });
  const activity = async (respondentId: string) =>
    world.app.db.selectFrom("respondents").select(["first_opened_at", "last_activity_at"]).where("id", "=", respondentId).executeTakeFirstOrThrow();

  it("records the first activity at the first save, and the last activity once a minute, with an audit entry per revision", async () => {
    world = await startCampaignWorld(dialect);
    const first = world.municipalities[0]!;
    const t0 = world.clock.now().toISOString();
    expect((await save(first.token, 0, { respondentUnit: "A" })).body.revision).toBe(1);
    expect(await activity(first.respondentId)).toEqual({ first_opened_at: t0, last_activity_at: t0 });
    world.clock.advance(20_000);
    expect((await save(first.token, 1, { respondentUnit: "B" })).body.revision).toBe(2);
    expect((await activity(first.respondentId)).last_activity_at).toBe(t0);
    world.clock.advance(60_000);
    expect((await save(first.token, 2, { respondentUnit: "C" })).body.revision).toBe(3);
    expect(await activity(first.respondentId)).toEqual({ first_opened_at: t0, last_activity_at: world.clock.now().toISOString() });
    expect((await auditActions(world.app, world.campaignId)).filter((a) => a === "response.saved")).toHaveLength(3);
  });

  it("refuses an answer to a question the questionnaire lacks, naming it, and keeps what was saved", async () => {
    world = await startCampaignWorld(dialect);
    const first = world.municipalities[0]!;
    await save(first.token, 0, validKommuneAnswers);
    const refused = await save(first.token, 1, { ...validKommuneAnswers, noSuchQuestion: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "validation_failed", field: "answers.noSuchQuestion" });
    const state = await storedState(world.app, first.token);
    expect(state.revisions.map((r) => r.revision)).toEqual([1]);
  });

  it("lets an unknown link count against the client's rate limit, as every other respondent route does", async () => {
    world = await startCampaignWorld(dialect);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await save(generateToken(), 0, {})).status);
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
