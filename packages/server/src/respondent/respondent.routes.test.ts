import { afterEach, describe, expect, it } from "vitest";
import { auditActions, countRows, createCampaignBody, startCampaignWorld, testClock, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { hashToken } from "../invite/invite-token.js";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

describe.each(dialects)("respondent routes on %s", (dialect) => {
  let world: CampaignWorld | undefined;
  let app: TestApp | undefined;
  afterEach(async () => {
    await world?.app.close();
    await app?.close();
    world = undefined;
    app = undefined;
  });

  describe("POST /api/campaigns/:id/respondents/municipalities", () => {
    it("invites the region's 29 municipalities with one link each, shown once and stored only hashed; a second call skips them", async () => {
      app = await startTestApp(dialect, { now: testClock().now });
      const secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
      const { body } = await secretariat.post("/api/campaigns", createCampaignBody);
      const id = body.campaign.id as string;
      const first = await secretariat.post(`/api/campaigns/${id}/respondents/municipalities`);
      expect(first.status).toBe(201);
      expect(first.body.invited).toHaveLength(29);
      expect(first.body.skipped).toEqual([]);
      const names = first.body.invited.map((i: { respondent: { name: string } }) => i.respondent.name);
      expect(names).toEqual(expect.arrayContaining(["København", "Frederiksberg", "Bornholm"]));
      const invite = first.body.invited[0];
      expect(invite.link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(invite.link.url).toBe(`${app.baseUrl}/svar/${invite.link.token}`);
      const links = await app.db.selectFrom("invite_links").select(["token_hash"]).execute();
      expect(links).toHaveLength(29);
      expect(links.map((l) => l.token_hash)).toContain(hashToken(invite.link.token));
      expect(JSON.stringify(links)).not.toContain(invite.link.token);

      const second = await secretariat.post(`/api/campaigns/${id}/respondents/municipalities`);
      expect(second.status).toBe(200);
      expect(second.body.invited).toEqual([]);
      expect(second.body.skipped).toHaveLength(29);
      expect(await countRows(app, "respondents")).toBe(29);
      // the board never shows a token again
      const board = await secretariat.get(`/api/campaigns/${id}/respondents`);
      expect(board.body.respondents).toHaveLength(29);
      expect(board.text).not.toContain(invite.link.token);
      expect(board.body.respondents[0]).toMatchObject({ state: "not-opened", hasActiveLink: true, revision: 0, editable: false });
      const actions = await auditActions(app, id);
      expect(actions.filter((a) => a === "respondent.invited")).toHaveLength(29);
      expect(actions.filter((a) => a === "invite.link_issued")).toHaveLength(29);
    });

    it("invites each municipality once when two calls race", async () => {
      app = await startTestApp(dialect);
      const secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
      const { body } = await secretariat.post("/api/campaigns", createCampaignBody);
      const id = body.campaign.id as string;
      const [a, b] = await Promise.all([
        secretariat.post(`/api/campaigns/${id}/respondents/municipalities`),
        secretariat.post(`/api/campaigns/${id}/respondents/municipalities`),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect(await countRows(app, "respondents")).toBe(29);
    });

    it("refuses a body, a closed campaign (409), a reviewer (403) and another region (404), inviting nobody", async () => {
      world = await startCampaignWorld(dialect);
      const path = `/api/campaigns/${world.campaignId}/respondents/municipalities`;
      const before = await countRows(world.app, "respondents");
      expect((await world.secretariat.post(path, { all: true })).status).toBe(400);
      const other = await world.app.login({ role: "secretariat", regionCode: "1081" });
      expect((await other.post(path)).status).toBe(404);
      const reviewer = await world.app.createUser({ role: "reviewer" });
      await world.secretariat.post(`/api/campaigns/${world.campaignId}/reviewers`, { userId: reviewer.id });
      const reviewerClient = world.app.client();
      await reviewerClient.post("/api/auth/login", { email: reviewer.email, password: reviewer.password });
      expect((await reviewerClient.post(path)).status).toBe(403);
      expect((await reviewerClient.get(`/api/campaigns/${world.campaignId}/respondents`)).status).toBe(200);
      await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" });
      const closed = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/offers`, { name: "Nyt tilbud", operator: "municipal" });
      expect(closed.status).toBe(409);
      expect(await countRows(world.app, "respondents")).toBe(before);
    });
  });

  describe("POST /api/campaigns/:id/respondents/offers", () => {
    it("invites an offer with its details and a link", async () => {
      world = await startCampaignWorld(dialect);
      const response = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/offers`, {
        name: "Familieambulatoriet, Hvidovre Hospital",
        operator: "regional",
        legalBasis: "Sundhedsloven",
        contactName: "Jordemoder Hansen",
        contactEmail: "Kontakt@Hvidovre.example.dk",
      });
      expect(response.status).toBe(201);
      expect(response.body.respondent).toMatchObject({
        kind: "offer",
        name: "Familieambulatoriet, Hvidovre Hospital",
        operator: "regional",
        legalBasis: "Sundhedsloven",
        contactName: "Jordemoder Hansen",
        contactEmail: "kontakt@hvidovre.example.dk",
        kommuneCode: null,
      });
      const page = await world.respondent.get(`/api/respond/${response.body.link.token}`);
      expect(page.body.questionnaire.key).toBe("tilbud-2019");
    });

    it.each([
      ["no name", { operator: "private" }, "name"],
      ["an unknown operator", { name: "X", operator: "church" }, "operator"],
      ["a bad email", { name: "X", operator: "private", contactEmail: "nope" }, "contactEmail"],
      ["an unknown field", { name: "X", operator: "private", kommuneCode: "101" }, "kommuneCode"],
      ["a name of the wrong type", { name: ["X"], operator: "private" }, "name"],
    ])("refuses %s with 400, inviting nobody", async (_name, body, field) => {
      world = await startCampaignWorld(dialect);
      const before = await countRows(world.app, "respondents");
      const response = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/offers`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe(field);
      expect(await countRows(world.app, "respondents")).toBe(before);
    });

    it("refuses the same offer twice (409) and a campaign without an offer questionnaire (409)", async () => {
      world = await startCampaignWorld(dialect);
      const again = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/offers`, { name: " døgnbehandlingstilbud for gravide ", operator: "private" });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("already_exists");
      const { offerQuestionnaire: _none, ...withoutOffers } = createCampaignBody;
      const created = await world.secretariat.post("/api/campaigns", withoutOffers);
      const response = await world.secretariat.post(`/api/campaigns/${created.body.campaign.id}/respondents/offers`, { name: "X", operator: "private" });
      expect(response.status).toBe(409);
    });
  });

  describe("links", () => {
    it("replaces a link (the old one answers 410, the new one works, answers are kept) and revokes it", async () => {
      world = await startCampaignWorld(dialect);
      const first = world.municipalities[0]!;
      await world.respondent.put(`/api/respond/${first.token}/answers`, { baseRevision: 0, answers: { respondentUnit: "A" } });
      const replaced = await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/link`);
      expect(replaced.status).toBe(201);
      const newToken = replaced.body.link.token as string;
      expect(newToken).not.toBe(first.token);
      expect((await world.respondent.get(`/api/respond/${first.token}`)).status).toBe(410);
      const page = await world.respondent.get(`/api/respond/${newToken}`);
      expect(page.body.response.answers).toEqual({ respondentUnit: "A" });

      expect((await world.secretariat.delete(`/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/link`)).status).toBe(204);
      expect((await world.respondent.get(`/api/respond/${newToken}`)).status).toBe(410);
      const board = await world.secretariat.get(`/api/campaigns/${world.campaignId}/respondents`);
      expect(board.body.respondents.find((r: { id: string }) => r.id === first.respondentId)).toMatchObject({ hasActiveLink: false, state: "in-progress" });
      const actions = await auditActions(world.app, world.campaignId);
      expect(actions).toEqual(expect.arrayContaining(["invite.link_replaced", "invite.link_revoked"]));
    });

    it("answers 404 for a respondent of another campaign, and 403 for a reviewer", async () => {
      world = await startCampaignWorld(dialect);
      const created = await world.secretariat.post("/api/campaigns", createCampaignBody);
      const otherCampaign = created.body.campaign.id as string;
      const rid = world.municipalities[0]!.respondentId;
      const before = await countRows(world.app, "invite_links");
      expect((await world.secretariat.post(`/api/campaigns/${otherCampaign}/respondents/${rid}/link`)).status).toBe(404);
      expect((await world.secretariat.delete(`/api/campaigns/${otherCampaign}/respondents/${rid}/link`)).status).toBe(404);
      const national = await world.app.login({ role: "national" });
      expect((await national.post(`/api/campaigns/${world.campaignId}/respondents/${rid}/link`)).status).toBe(403);
      expect(await countRows(world.app, "invite_links")).toBe(before);
      expect((await world.respondent.get(`/api/respond/${world.municipalities[0]!.token}`)).status).toBe(200);
    });
  });

  describe("GET /api/campaigns/:id/respondents", () => {
    it("shows every state: not opened, in progress, submitted and reopened", async () => {
      world = await startCampaignWorld(dialect);
      const [a, b, c] = world.municipalities;
      await world.respondent.get(`/api/respond/${a!.token}`);
      await world.respondent.put(`/api/respond/${b!.token}/answers`, { baseRevision: 0, answers: { respondentUnit: "B" } });
      await world.respondent.post(`/api/respond/${c!.token}/submit`, {
        baseRevision: 0,
        answers: { targetGroupCount: { "2017": 0, "2018": 1, "2019": 0 }, refersToOffers: false, cooperationForms: ["none"], futureOrganisation: "Plan" },
      });
      const board = await world.secretariat.get(`/api/campaigns/${world.campaignId}/respondents`);
      const state = (id: string) => board.body.respondents.find((r: { id: string }) => r.id === id).state;
      expect([state(a!.respondentId), state(b!.respondentId), state(c!.respondentId), state(world.municipalities[3]!.respondentId)]).toEqual([
        "in-progress",
        "in-progress",
        "submitted",
        "not-opened",
      ]);
      expect(board.body.respondents.at(-1)).toMatchObject({ kind: "offer" });
      expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/${c!.respondentId}/reopen`, { reason: "Tal for 2018 mangler" })).status).toBe(200);
      const after = await world.secretariat.get(`/api/campaigns/${world.campaignId}/respondents`);
      expect(after.body.respondents.find((r: { id: string }) => r.id === c!.respondentId)).toMatchObject({ state: "reopened", editable: true });
      const campaign = await world.secretariat.get(`/api/campaigns/${world.campaignId}`);
      expect(campaign.body.campaign.respondents).toEqual({ "not-opened": 27, "in-progress": 2, submitted: 0, reopened: 1, total: 30 });
    });
  });
});
