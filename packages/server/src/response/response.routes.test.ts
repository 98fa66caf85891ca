import { afterEach, describe, expect, it } from "vitest";
import { auditActions, startCampaignWorld, storedState, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

describe.each(dialects)("the secretariat's response routes on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  async function submitted(world: CampaignWorld) {
    const first = world.municipalities[0]!;
    await world.respondent.put(`/api/respond/${first.token}/answers`, { baseRevision: 0, answers: { respondentUnit: "A" } });
    const submit = await world.respondent.post(`/api/respond/${first.token}/submit`, { baseRevision: 1, answers: validKommuneAnswers });
    expect(submit.status, submit.text).toBe(200);
    return first;
  }

  it("shows a response's current answers and its history: revision, kind, author, time", async () => {
    world = await startCampaignWorld(dialect);
    const first = await submitted(world);
    const reopened = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/reopen`, { reason: "Tallene for 2018 skal rettes" });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toEqual({ status: "reopened", revision: 4 });
    const detail = await world.secretariat.get(`/api/campaigns/${world.campaignId}/responses/${first.respondentId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.respondent).toMatchObject({ id: first.respondentId, name: first.name, kind: "municipality" });
    expect(detail.body.response).toMatchObject({ status: "reopened", revision: 4, answers: validKommuneAnswers, questionnaire: { key: "kommune-2019", version: "1.0.0" } });
    expect(detail.body.revisions.map((r: { revision: number; kind: string; author: { kind: string } }) => [r.revision, r.kind, r.author.kind])).toEqual([
      [1, "save", "respondent"],
      [2, "save", "respondent"],
      [3, "submit", "respondent"],
      [4, "reopen", "user"],
    ]);
    expect(detail.body.revisions[3].author).toMatchObject({ kind: "user", name: "Test secretariat" });
    expect(detail.body.revisions[0].createdAt).toBe(world.clock.now().toISOString());

    // the respondent can change and submit again
    const page = await world.respondent.get(`/api/respond/${first.token}`);
    expect(page.body).toMatchObject({ editable: true, response: { status: "reopened", revision: 4 } });
    const again = await world.respondent.post(`/api/respond/${first.token}/submit`, { baseRevision: 4, answers: { ...validKommuneAnswers, respondentUnit: "B" } });
    expect(again.status).toBe(200);
    expect(again.body.receipt.revision).toBe(6);
    const actions = await auditActions(world.app, world.campaignId);
    expect(actions.filter((a) => a === "response.reopened")).toHaveLength(1);
    expect(actions.filter((a) => a === "response.submitted")).toHaveLength(2);
  });

  it("refuses to reopen a draft (409) or an already reopened response, and needs a reason (400)", async () => {
    world = await startCampaignWorld(dialect);
    const first = await submitted(world);
    const path = `/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/reopen`;
    const before = await storedState(world.app, first.token);
    for (const [body, field] of [
      [{}, "reason"],
      [{ reason: "" }, "reason"],
      [{ reason: 5 }, "reason"],
      [{ reason: "x", notify: true }, "notify"],
    ] as const) {
      const response = await world.secretariat.post(path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
    expect(await storedState(world.app, first.token)).toEqual(before);
    expect((await world.secretariat.post(path, { reason: "x" })).status).toBe(200);
    expect((await world.secretariat.post(path, { reason: "x" })).status).toBe(409);
    const draft = world.municipalities[1]!;
    const response = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/${draft.respondentId}/reopen`, { reason: "x" });
    expect(response.status).toBe(409);
    expect((await storedState(world.app, draft.token)).revisions).toEqual([]);
  });

  it("lets the campaign's reviewer read but not reopen; hides everything from other regions and other reviewers", async () => {
    world = await startCampaignWorld(dialect);
    const first = await submitted(world);
    const detailPath = `/api/campaigns/${world.campaignId}/responses/${first.respondentId}`;
    const reopenPath = `/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/reopen`;
    const reviewer = await world.app.createUser({ role: "reviewer" });
    await world.secretariat.post(`/api/campaigns/${world.campaignId}/reviewers`, { userId: reviewer.id });
    const reviewerClient = world.app.client();
    await reviewerClient.post("/api/auth/login", { email: reviewer.email, password: reviewer.password });
    expect((await reviewerClient.get(detailPath)).status).toBe(200);
    expect((await reviewerClient.post(reopenPath, { reason: "x" })).status).toBe(403);

    const stranger = await world.app.login({ role: "reviewer" });
    const otherRegion = await world.app.login({ role: "secretariat", regionCode: "1085" });
    for (const client of [stranger, otherRegion]) {
      const read = await client.get(detailPath);
      expect(read.status).toBe(404);
      expect(read.body.error.code).toBe("not_found");
      expect((await client.post(reopenPath, { reason: "x" })).status).toBe(404);
    }
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/responses/unknown`)).status).toBe(404);
    expect((await storedState(world.app, first.token)).status).toBe("submitted");
  });
});
