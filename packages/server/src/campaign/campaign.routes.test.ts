import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { auditActions, countRows, createCampaignBody, DEADLINE, testClock, type Clock } from "./campaign-test-kit.js";

describe.each(dialects)("campaign routes on %s", (dialect) => {
  let app: TestApp;
  let clock: Clock;
  let secretariat: TestClient;
  let otherRegion: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    clock = testClock();
    app = await startTestApp(dialect, { now: clock.now });
    secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    otherRegion = await app.login({ role: "secretariat", regionCode: "1083" });
    admin = await app.login({ role: "admin" });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function create(client = secretariat, body: Record<string, unknown> = createCampaignBody) {
    const response = await client.post("/api/campaigns", body);
    expect(response.status, response.text).toBe(201);
    return response.body.campaign as { id: string; [key: string]: unknown };
  }

  describe("POST /api/campaigns", () => {
    it("creates a draft campaign in the secretariat's own region and audits it", async () => {
      const response = await secretariat.post("/api/campaigns", createCampaignBody);
      expect(response.status).toBe(201);
      expect(response.body.campaign).toMatchObject({
        announcementId: "gravide-rusmiddel",
        announcementTitle: { da: "Udsatte gravide kvinder med et skadeligt rusmiddelbrug" },
        regionCode: "1084",
        regionName: { da: "Region Hovedstaden" },
        title: createCampaignBody.title,
        status: "draft",
        deadline: DEADLINE,
        municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
        offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
        access: "manage",
        nextStatuses: ["open"],
        respondents: { total: 0 },
      });
      expect(await auditActions(app, response.body.campaign.id)).toEqual(["campaign.created"]);
    });

    it("lets an admin create one for a region it names", async () => {
      const campaign = await create(admin, { ...createCampaignBody, regionCode: "1085" });
      expect(campaign.regionCode).toBe("1085");
      const missing = await admin.post("/api/campaigns", createCampaignBody);
      expect(missing.status).toBe(400);
      expect(missing.body.error.field).toBe("regionCode");
    });

    it.each([
      ["a deadline that is not a date", { deadline: 5 }, "deadline"],
      ["a deadline in the past", { deadline: "2026-11-01T12:00:00Z" }, "deadline"],
      ["an empty title", { title: "  " }, "title"],
      ["an unknown field", { colour: "red" }, "colour"],
      ["an unknown announcement", { announcementId: "nope" }, "announcementId"],
      ["an unknown questionnaire version", { municipalityQuestionnaire: { key: "kommune-2019", version: "9.9.9" } }, "municipalityQuestionnaire"],
      ["an offer questionnaire as the municipalities'", { municipalityQuestionnaire: { key: "tilbud-2019", version: "1.0.0" } }, "municipalityQuestionnaire"],
      ["a municipality questionnaire as the offers'", { offerQuestionnaire: { key: "kommune-2022", version: "1.0.0" } }, "offerQuestionnaire"],
      ["an unknown region", { regionCode: "9999" }, "regionCode"],
    ])("refuses %s with 400 naming the field, creating nothing", async (_name, change, field) => {
      const before = await countRows(app, "campaigns");
      const response = await secretariat.post("/api/campaigns", { ...createCampaignBody, ...change });
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.field).toBe(field);
      expect(await countRows(app, "campaigns")).toBe(before);
    });

    it("refuses malformed JSON, __proto__ keys and an oversized body, creating nothing", async () => {
      const before = await countRows(app, "campaigns");
      const malformed = await secretariat.raw("/api/campaigns", { method: "POST", headers: { "content-type": "application/json" }, body: '{"title": ' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe("malformed_json");
      const proto = await secretariat.raw("/api/campaigns", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `{"__proto__": {"admin": true}, ${JSON.stringify(createCampaignBody).slice(1)}`,
      });
      expect(proto.status).toBe(400);
      expect(proto.body.error.field).toBe("__proto__");
      const huge = await secretariat.post("/api/campaigns", { ...createCampaignBody, title: "x".repeat(1_100_000) });
      expect(huge.status).toBe(413);
      expect(huge.body.error.code).toBe("payload_too_large");
      const notJson = await secretariat.raw("/api/campaigns", { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
      expect(notJson.status).toBe(415);
      expect(await countRows(app, "campaigns")).toBe(before);
    });

    it("refuses another region for a secretariat (403), other roles (403) and no session (401)", async () => {
      const before = await countRows(app, "campaigns");
      const region = await secretariat.post("/api/campaigns", { ...createCampaignBody, regionCode: "1083" });
      expect(region.status).toBe(403);
      expect(region.body.error.field).toBe("regionCode");
      const reviewer = await app.login({ role: "reviewer" });
      expect((await reviewer.post("/api/campaigns", createCampaignBody)).status).toBe(403);
      expect((await app.client().post("/api/campaigns", createCampaignBody)).status).toBe(401);
      expect(await countRows(app, "campaigns")).toBe(before);
    });
  });

  describe("reading campaigns", () => {
    it("lists a secretariat's region only, all for admin and national board, a reviewer's own only", async () => {
      const mine = await create();
      const theirs = await create(otherRegion);
      const listed = (client: TestClient) => client.get("/api/campaigns").then((r) => (r.body.campaigns as { id: string }[]).map((c) => c.id));
      const forMe = await listed(secretariat);
      expect(forMe).toContain(mine.id);
      expect(forMe).not.toContain(theirs.id);
      expect(await listed(admin)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
      const national = await app.login({ role: "national" });
      expect(await listed(national)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
      const reviewer = await app.createUser({ role: "reviewer" });
      const reviewerClient = app.client();
      await reviewerClient.post("/api/auth/login", { email: reviewer.email, password: reviewer.password });
      expect(await listed(reviewerClient)).toEqual([]);
      expect((await secretariat.post(`/api/campaigns/${mine.id}/reviewers`, { email: reviewer.email })).status).toBe(201);
      expect(await listed(reviewerClient)).toEqual([mine.id]);
      const got = await reviewerClient.get(`/api/campaigns/${mine.id}`);
      expect(got.status).toBe(200);
      expect(got.body.campaign.access).toBe("read");
      // reads, nothing else
      const rename = await reviewerClient.patch(`/api/campaigns/${mine.id}`, { title: "Nyt navn" });
      expect(rename.status).toBe(403);
      expect((await reviewerClient.get(`/api/campaigns/${theirs.id}`)).status).toBe(404);
    });

    it("answers 404 for another region's campaign and for an unknown id, alike", async () => {
      const theirs = await create(otherRegion);
      const other = await secretariat.get(`/api/campaigns/${theirs.id}`);
      const unknown = await secretariat.get("/api/campaigns/does-not-exist");
      expect(other.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(other.body.error).toEqual(unknown.body.error);
      expect((await secretariat.patch(`/api/campaigns/${theirs.id}`, { title: "x" })).status).toBe(404);
    });
  });

  describe("PATCH /api/campaigns/:id", () => {
    it("renames, audits, and refuses bad input without changing anything", async () => {
      const campaign = await create();
      const renamed = await secretariat.patch(`/api/campaigns/${campaign.id}`, { title: "Afrapportering 2019 – Hovedstaden" });
      expect(renamed.status).toBe(200);
      expect(renamed.body.campaign.title).toBe("Afrapportering 2019 – Hovedstaden");
      for (const bad of [{ title: 7 }, { title: "" }, { title: "ok", status: "open" }, {}]) {
        const response = await secretariat.patch(`/api/campaigns/${campaign.id}`, bad);
        expect(response.status, JSON.stringify(bad)).toBe(400);
      }
      const after = await secretariat.get(`/api/campaigns/${campaign.id}`);
      expect(after.body.campaign.title).toBe("Afrapportering 2019 – Hovedstaden");
      expect(await auditActions(app, campaign.id)).toEqual(["campaign.created", "campaign.updated"]);
    });
  });

  describe("POST /api/campaigns/:id/status", () => {
    it("moves draft → open → closed → open → closed → reported and refuses everything else with 409", async () => {
      const campaign = await create();
      const move = (status: string) => secretariat.post(`/api/campaigns/${campaign.id}/status`, { status });
      expect((await move("closed")).status).toBe(409);
      expect((await move("reported")).status).toBe(409);
      expect((await move("open")).body.campaign.status).toBe("open");
      const again = await move("open");
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe("conflict");
      expect((await move("draft")).status).toBe(409);
      expect((await move("closed")).body.campaign.nextStatuses).toEqual(["open", "reported"]);
      expect((await move("open")).status).toBe(200);
      expect((await move("closed")).status).toBe(200);
      expect((await move("reported")).body.campaign.status).toBe("reported");
      expect((await move("open")).status).toBe(409);
      expect((await move("archived")).status).toBe(400);
      const actions = await auditActions(app, campaign.id);
      expect(actions.filter((a) => a === "campaign.status_changed")).toHaveLength(5);
    });
  });

  describe("deadline extensions", () => {
    it("extends the campaign's deadline with a reason and lists the history with who, when and why", async () => {
      const campaign = await create();
      const path = `/api/campaigns/${campaign.id}/deadline-extensions`;
      const extended = await secretariat.post(path, {
        deadline: "2027-02-28T12:00:00Z",
        reason: "De fem regionsformænd beder om at rykke fristen til 28. februar 2023.",
      });
      expect(extended.status, extended.text).toBe(201);
      expect(extended.body.extension).toMatchObject({ previousDeadline: DEADLINE, newDeadline: "2027-02-28T12:00:00.000Z", respondent: null });
      expect((await secretariat.get(`/api/campaigns/${campaign.id}`)).body.campaign.deadline).toBe("2027-02-28T12:00:00.000Z");
      const history = await secretariat.get(path);
      expect(history.status).toBe(200);
      expect(history.body.extensions).toHaveLength(1);
      expect(history.body.extensions[0]).toMatchObject({ reason: expect.stringContaining("28. februar"), extendedBy: { name: "Test secretariat" }, extendedAt: clock.now().toISOString() });
      expect(await auditActions(app, campaign.id)).toContain("campaign.deadline_extended");
    });

    it.each([
      ["no reason", { deadline: "2027-03-01T12:00:00Z" }, "reason"],
      ["an empty reason", { deadline: "2027-03-01T12:00:00Z", reason: " " }, "reason"],
      ["a deadline not later than the current one", { deadline: DEADLINE, reason: "x" }, "deadline"],
      ["an earlier deadline", { deadline: "2026-12-01T12:00:00Z", reason: "x" }, "deadline"],
      ["an unknown respondent", { deadline: "2027-03-01T12:00:00Z", reason: "x", respondentId: "nobody" }, "respondentId"],
      ["an unknown field", { deadline: "2027-03-01T12:00:00Z", reason: "x", notify: true }, "notify"],
    ])("refuses %s with 400, changing nothing", async (_name, body, field) => {
      const campaign = await create();
      const before = await countRows(app, "deadline_extensions");
      const response = await secretariat.post(`/api/campaigns/${campaign.id}/deadline-extensions`, body);
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.field).toBe(field);
      expect(await countRows(app, "deadline_extensions")).toBe(before);
      expect((await secretariat.get(`/api/campaigns/${campaign.id}`)).body.campaign.deadline).toBe(DEADLINE);
    });

    it("extends one respondent's deadline only", async () => {
      const campaign = await create();
      const invited = await secretariat.post(`/api/campaigns/${campaign.id}/respondents/municipalities`);
      const rid = invited.body.invited[0].respondent.id as string;
      const response = await secretariat.post(`/api/campaigns/${campaign.id}/deadline-extensions`, {
        deadline: "2027-01-15T12:00:00Z",
        reason: "Sygdom i forvaltningen",
        respondentId: rid,
      });
      expect(response.status).toBe(201);
      expect(response.body.extension.respondent).toEqual({ id: rid, name: invited.body.invited[0].respondent.name });
      const board = await secretariat.get(`/api/campaigns/${campaign.id}/respondents`);
      const entries = board.body.respondents as { id: string; deadline: string; deadlineExtended: boolean }[];
      expect(entries.find((e) => e.id === rid)).toMatchObject({ deadline: "2027-01-15T12:00:00.000Z", deadlineExtended: true });
      expect(entries.filter((e) => e.deadlineExtended)).toHaveLength(1);
      expect((await secretariat.get(`/api/campaigns/${campaign.id}`)).body.campaign.deadline).toBe(DEADLINE);
    });

    it("refuses an extension of a reported campaign with 409", async () => {
      const campaign = await create();
      for (const status of ["open", "closed", "reported"]) await secretariat.post(`/api/campaigns/${campaign.id}/status`, { status });
      const response = await secretariat.post(`/api/campaigns/${campaign.id}/deadline-extensions`, { deadline: "2027-03-01T12:00:00Z", reason: "x" });
      expect(response.status).toBe(409);
    });
  });

  describe("reviewers", () => {
    it("adds by user id or email, lists, is idempotent, removes, and refuses non-reviewers", async () => {
      const campaign = await create();
      const path = `/api/campaigns/${campaign.id}/reviewers`;
      const reviewer = await app.createUser({ role: "reviewer", name: "Referencegruppe Gentofte" });
      const added = await secretariat.post(path, { userId: reviewer.id });
      expect(added.status).toBe(201);
      expect(added.body.reviewer).toMatchObject({ userId: reviewer.id, name: "Referencegruppe Gentofte" });
      expect((await secretariat.post(path, { email: reviewer.email.toUpperCase() })).status).toBe(200);
      expect((await secretariat.get(path)).body.reviewers).toHaveLength(1);

      const before = await countRows(app, "campaign_reviewers");
      const colleague = await app.createUser({ role: "secretariat", regionCode: "1084" });
      for (const [body, field] of [
        [{ userId: colleague.id }, "userId"],
        [{ userId: "nobody" }, "userId"],
        [{ email: "not-an-email" }, "email"],
        [{}, "userId"],
        [{ userId: reviewer.id, email: reviewer.email }, "userId"],
        [{ userId: reviewer.id, role: "admin" }, "role"],
      ] as const) {
        const response = await secretariat.post(path, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.body.error.field).toBe(field);
      }
      expect(await countRows(app, "campaign_reviewers")).toBe(before);

      expect((await secretariat.delete(`${path}/${reviewer.id}`)).status).toBe(204);
      expect((await secretariat.delete(`${path}/${reviewer.id}`)).status).toBe(404);
      expect((await secretariat.get(path)).body.reviewers).toEqual([]);
      const actions = await auditActions(app, campaign.id);
      expect(actions).toEqual(["campaign.created", "campaign.reviewer_added", "campaign.reviewer_removed"]);
    });

    it("lets neither another region's secretariat nor a reviewer manage reviewers", async () => {
      const campaign = await create();
      const reviewer = await app.createUser({ role: "reviewer" });
      expect((await otherRegion.post(`/api/campaigns/${campaign.id}/reviewers`, { userId: reviewer.id })).status).toBe(404);
      await secretariat.post(`/api/campaigns/${campaign.id}/reviewers`, { userId: reviewer.id });
      const reviewerClient = app.client();
      await reviewerClient.post("/api/auth/login", { email: reviewer.email, password: reviewer.password });
      expect((await reviewerClient.get(`/api/campaigns/${campaign.id}/reviewers`)).status).toBe(403);
      expect((await reviewerClient.delete(`/api/campaigns/${campaign.id}/reviewers/${reviewer.id}`)).status).toBe(403);
      expect((await secretariat.get(`/api/campaigns/${campaign.id}/reviewers`)).body.reviewers).toHaveLength(1);
    });
  });
});
