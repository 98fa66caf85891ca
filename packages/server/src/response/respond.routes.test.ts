import { afterEach, describe, expect, it } from "vitest";
import {
  auditActions,
  DEADLINE,
  startCampaignWorld,
  storedState,
  validKommuneAnswers,
  validTilbudAnswers,
  type CampaignWorld,
} from "../campaign/campaign-test-kit.js";
import { generateToken } from "../invite/invite-token.js";
import { dialects } from "../test-support/dialects.js";

describe.each(dialects)("respondent API on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const url = (token: string, path = "") => `/api/respond/${token}${path}`;

  describe("GET /api/respond/:token", () => {
    it("opens the link: campaign, questionnaire, empty response, editable; records the first opening once", async () => {
      world = await startCampaignWorld(dialect);
      const { respondent, municipalities, offer, secretariat, campaignId } = world;
      const first = municipalities[0]!;
      const response = await respondent.get(url(first.token));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        campaign: { id: campaignId, title: expect.any(String), announcementTitle: { da: expect.any(String), en: expect.any(String) }, deadline: DEADLINE, status: "open" },
        respondent: { id: first.respondentId, name: first.name, kind: "municipality" },
        questionnaire: { key: "kommune-2019", version: "1.0.0", audience: "municipality", survey: { pages: expect.any(Array) } },
        response: { status: "draft", revision: 0, answers: {}, submittedAt: null },
        attachments: [],
        editable: true,
      });
      const offerPage = await respondent.get(url(offer.token));
      expect(offerPage.body.questionnaire.key).toBe("tilbud-2019");
      expect(offerPage.body.respondent.kind).toBe("offer");
      await respondent.get(url(first.token));
      const board = await secretariat.get(`/api/campaigns/${campaignId}/respondents`);
      const entry = board.body.respondents.find((r: { id: string }) => r.id === first.respondentId);
      expect(entry).toMatchObject({ state: "in-progress", lastActivityAt: expect.any(String), firstOpenedAt: expect.any(String) });
      expect((await auditActions(world.app, campaignId)).filter((a) => a === "respondent.link_opened")).toHaveLength(2);
    });

    it("answers 404 link_invalid for an unknown or malformed token and 410 link_revoked for a revoked one", async () => {
      world = await startCampaignWorld(dialect);
      const unknown = await world.respondent.get(url(generateToken()));
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe("link_invalid");
      expect((await world.respondent.get(url("short"))).body.error.code).toBe("link_invalid");
      const first = world.municipalities[0]!;
      expect((await world.secretariat.delete(`/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/link`)).status).toBe(204);
      const revoked = await world.respondent.get(url(first.token));
      expect(revoked.status).toBe(410);
      expect(revoked.body.error.code).toBe("link_revoked");
      const saveRevoked = await world.respondent.put(url(first.token, "/answers"), { baseRevision: 0, answers: {} });
      expect(saveRevoked.status).toBe(410);
    });

    it("limits failed look-ups per client: after 20 in ten minutes, 429 with Retry-After; a working link still works", async () => {
      world = await startCampaignWorld(dialect);
      for (let i = 0; i < 20; i++) expect((await world.respondent.get(url(generateToken()))).status).toBe(404);
      const limited = await world.respondent.get(url(generateToken()));
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe("rate_limited");
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await world.respondent.get(url(world.municipalities[0]!.token))).status).toBe(200);
      world.clock.advance(10 * 60 * 1000 + 1000);
      expect((await world.respondent.get(url(generateToken()))).status).toBe(404);
    });
  });

  describe("PUT /api/respond/:token/answers", () => {
    it("appends a revision per save, returns the saved state with draft errors and CPR warnings", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      const first = await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "Socialforvaltningen" } });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ revision: 1, answers: { respondentUnit: "Socialforvaltningen" }, fromTheirs: [], errors: [], warnings: [] });
      const second = await world.respondent.put(url(token, "/answers"), {
        baseRevision: 1,
        answers: { respondentUnit: "Socialforvaltningen", targetGroupCount: { "2017": "mange" }, targetGroupCountMethod: "Fx borgeren 010190-1234" },
      });
      expect(second.status).toBe(200);
      expect(second.body.revision).toBe(2);
      expect(second.body.errors.map((e: { question: string }) => e.question)).toContain("targetGroupCount");
      expect(second.body.warnings).toEqual([expect.objectContaining({ question: "targetGroupCountMethod", code: "cpr" })]);
      const stored = await storedState(world.app, token);
      expect(stored.revisions.map((r) => [r.revision, r.kind])).toEqual([[1, "save"], [2, "save"]]);
      expect(stored.revisions[0]!.answers).toEqual({ respondentUnit: "Socialforvaltningen" });
      const page = await world.respondent.get(url(token));
      expect(page.body.response).toMatchObject({ revision: 2, answers: { targetGroupCount: { "2017": "mange" } } });
    });

    it("appends nothing for a save that changes nothing", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A" } });
      const again = await world.respondent.put(url(token, "/answers"), { baseRevision: 1, answers: { respondentUnit: "A" } });
      expect(again.body.revision).toBe(1);
      expect((await storedState(world.app, token)).revisions).toHaveLength(1);
    });

    it.each([
      ["answers that are a list", { baseRevision: 1, answers: [1, 2] }, "answers"],
      ["answers that are text", { baseRevision: 1, answers: "hej" }, "answers"],
      ["a missing baseRevision", { answers: {} }, "baseRevision"],
      ["a baseRevision as text", { baseRevision: "1", answers: {} }, "baseRevision"],
      ["a negative baseRevision", { baseRevision: -1, answers: {} }, "baseRevision"],
      ["a baseRevision ahead of the saved one", { baseRevision: 7, answers: {} }, "baseRevision"],
      ["an unknown field", { baseRevision: 1, answers: {}, force: true }, "force"],
      ["an unknown question", { baseRevision: 1, answers: { favouriteColour: "blå" } }, "answers.favouriteColour"],
      ["an unknown year", { baseRevision: 1, answers: { targetGroupCount: { "1999": 3 } } }, "answers.targetGroupCount.1999"],
      ["a file answer pointing at no upload", { baseRevision: 1, answers: { cooperationAgreements: [{ name: "a.pdf", type: "application/pdf", content: "attachment:nope" }] } }, "answers.cooperationAgreements[0].content"],
      ["a file answer with inline data", { baseRevision: 1, answers: { cooperationAgreements: [{ name: "a.pdf", type: "application/pdf", content: "data:application/pdf;base64,JVBERi0=" }] } }, "answers.cooperationAgreements[0].content"],
    ])("refuses %s with 400 naming the field, saving nothing", async (_name, body, field) => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A" } });
      const before = await storedState(world.app, token);
      const response = await world.respondent.put(url(token, "/answers"), body);
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.field).toBe(field);
      expect(await storedState(world.app, token)).toEqual(before);
    });

    it("refuses malformed JSON, __proto__ and constructor keys and an oversized body, saving nothing", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A" } });
      const before = await storedState(world.app, token);
      const put = (body: string) => world.respondent.raw(url(token, "/answers"), { method: "PUT", headers: { "content-type": "application/json" }, body });
      const malformed = await put('{"baseRevision": 1, "answers": {');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe("malformed_json");
      const proto = await put('{"baseRevision": 1, "answers": {"__proto__": {"polluted": true}}}');
      expect(proto.status).toBe(400);
      expect(proto.body.error.field).toBe("answers.__proto__");
      const nested = await put('{"baseRevision": 1, "answers": {"targetGroupCount": {"constructor": {"prototype": 1}}}}');
      expect(nested.status).toBe(400);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const huge = await world.respondent.put(url(token, "/answers"), { baseRevision: 1, answers: { targetGroupCountMethod: "x".repeat(1_100_000) } });
      expect(huge.status).toBe(413);
      const wrongType = await world.respondent.raw(url(token, "/answers"), { method: "PUT", headers: { "content-type": "text/plain" }, body: "{}" });
      expect(wrongType.status).toBe(415);
      expect(await storedState(world.app, token)).toEqual(before);
    });

    it("merges a stale save per question when colleagues changed different questions", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A", contactRole: "Konsulent" } });
      // colleague 1 changes contactRole on revision 1 → 2
      await world.respondent.put(url(token, "/answers"), { baseRevision: 1, answers: { respondentUnit: "A", contactRole: "Leder" } });
      // colleague 2, still on revision 1, adds a count
      const merged = await world.respondent.put(url(token, "/answers"), {
        baseRevision: 1,
        answers: { respondentUnit: "A", contactRole: "Konsulent", targetGroupCount: { "2017": 1 } },
      });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({
        revision: 3,
        answers: { respondentUnit: "A", contactRole: "Leder", targetGroupCount: { "2017": 1 } },
        fromTheirs: ["contactRole"],
      });
      const stored = await storedState(world.app, token);
      expect(stored.revisions.map((r) => r.kind)).toEqual(["save", "save", "merge"]);
      expect(stored.revisions[2]!.answers).toEqual(merged.body.answers);
    });

    it("refuses a stale save with 409 stale_revision listing the conflicts and the current state, saving nothing", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A", contactRole: "Konsulent" } });
      await world.respondent.put(url(token, "/answers"), { baseRevision: 1, answers: { respondentUnit: "B", contactRole: "Konsulent" } });
      const before = await storedState(world.app, token);
      const stale = await world.respondent.put(url(token, "/answers"), { baseRevision: 1, answers: { respondentUnit: "C", contactRole: "Leder" } });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe("stale_revision");
      expect(stale.body.conflicts).toEqual([{ question: "respondentUnit", base: "A", mine: "C", theirs: "B" }]);
      expect(stale.body.current).toEqual({ revision: 2, answers: { respondentUnit: "B", contactRole: "Konsulent" } });
      expect(await storedState(world.app, token)).toEqual(before);
    });

    it("keeps both colleagues' answers when they save different questions at the same moment", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A" } });
      const [one, two] = await Promise.all([
        world.respondent.put(url(token, "/answers"), { baseRevision: 1, answers: { respondentUnit: "A", contactRole: "Leder" } }),
        world.app.client().put(url(token, "/answers"), { baseRevision: 1, answers: { respondentUnit: "A", targetGroupCountMethod: "Optalt" } }),
      ]);
      expect([one.status, two.status]).toEqual([200, 200]);
      const stored = await storedState(world.app, token);
      expect(stored.revision).toBe(3);
      expect(stored.revisions.map((r) => r.kind).sort()).toEqual(["merge", "save", "save"]);
      expect(stored.revisions.at(-1)!.answers).toEqual({ respondentUnit: "A", contactRole: "Leder", targetGroupCountMethod: "Optalt" });
    });

    it("refuses saves with 409 conflict when submitted, when the campaign is closed, and after the deadline", async () => {
      world = await startCampaignWorld(dialect);
      const [a, b, c] = world.municipalities;
      const submitted = await world.respondent.post(url(a!.token, "/submit"), { baseRevision: 0, answers: validKommuneAnswers });
      expect(submitted.status, submitted.text).toBe(200);
      const afterSubmit = await world.respondent.put(url(a!.token, "/answers"), { baseRevision: 2, answers: { respondentUnit: "X" } });
      expect(afterSubmit.status).toBe(409);
      expect(afterSubmit.body.error.code).toBe("conflict");
      expect(afterSubmit.body.error.message).toMatch(/submitted/);

      world.clock.set("2026-12-18T12:00:01.000Z");
      const late = await world.respondent.put(url(b!.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "X" } });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/deadline/);
      expect((await world.respondent.get(url(b!.token))).body.editable).toBe(false);

      world.clock.set("2026-12-01T12:00:00.000Z");
      // the clock jumped past the first session's lifetime: sign in again
      const secretariat = await world.app.login({ role: "secretariat", regionCode: "1084" });
      expect((await secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" })).status).toBe(200);
      const closed = await world.respondent.put(url(c!.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "X" } });
      expect(closed.status).toBe(409);
      expect(closed.body.error.message).toMatch(/closed/);
      expect((await storedState(world.app, c!.token)).revisions).toEqual([]);
    });

    it("lets a respondent with its own later deadline save after the campaign's deadline", async () => {
      world = await startCampaignWorld(dialect);
      const [a] = world.municipalities;
      await world.secretariat.post(`/api/campaigns/${world.campaignId}/deadline-extensions`, {
        deadline: "2027-01-15T12:00:00Z",
        reason: "Forsinket pga. sygdom",
        respondentId: a!.respondentId,
      });
      world.clock.set("2027-01-02T09:00:00.000Z");
      const page = await world.respondent.get(url(a!.token));
      expect(page.body.campaign.deadline).toBe("2027-01-15T12:00:00.000Z");
      expect(page.body.editable).toBe(true);
      expect((await world.respondent.put(url(a!.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "A" } })).status).toBe(200);
      expect((await world.respondent.put(url(world.municipalities[1]!.token, "/answers"), { baseRevision: 0, answers: {} })).status).toBe(409);
    });
  });

  describe("POST /api/respond/:token/submit", () => {
    it("refuses incomplete answers with 422 listing the errors, but keeps them as a draft", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      const response = await world.respondent.post(url(token, "/submit"), { baseRevision: 0, answers: { respondentUnit: "A" } });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe("unprocessable");
      expect(response.body.errors.map((e: { question: string }) => e.question)).toEqual(expect.arrayContaining(["targetGroupCount", "futureOrganisation"]));
      const stored = await storedState(world.app, token);
      expect(stored).toMatchObject({ status: "draft", revision: 1 });
      expect(stored.revisions[0]).toMatchObject({ kind: "save", answers: { respondentUnit: "A" } });
    });

    it("submits valid answers with a receipt; the same submission again is idempotent; other content is refused", async () => {
      world = await startCampaignWorld(dialect);
      const { token, name } = world.municipalities[0]!;
      const submitted = await world.respondent.post(url(token, "/submit"), { baseRevision: 0, answers: validKommuneAnswers });
      expect(submitted.status, submitted.text).toBe(200);
      const receipt = submitted.body.receipt;
      expect(receipt).toMatchObject({ revision: 2, respondentName: name, campaignTitle: expect.any(String), answersSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const stored = await storedState(world.app, token);
      expect(stored).toMatchObject({ status: "submitted", revision: 2 });
      expect(stored.revisions.map((r) => r.kind)).toEqual(["save", "submit"]);

      const again = await world.respondent.post(url(token, "/submit"), { baseRevision: 2, answers: { ...validKommuneAnswers } });
      expect(again.status).toBe(200);
      expect(again.body.receipt).toEqual(receipt);
      const withoutAnswers = await world.respondent.post(url(token, "/submit"), { baseRevision: 2 });
      expect(withoutAnswers.body.receipt).toEqual(receipt);
      const other = await world.respondent.post(url(token, "/submit"), { baseRevision: 2, answers: { ...validKommuneAnswers, respondentUnit: "Andet" } });
      expect(other.status).toBe(409);
      expect((await storedState(world.app, token)).revisions).toHaveLength(2);

      const receiptRead = await world.respondent.get(url(token, "/receipt"));
      expect(receiptRead.status).toBe(200);
      expect(receiptRead.body).toEqual({ receipt, answers: validKommuneAnswers });
      expect((await world.respondent.get(url(token))).body).toMatchObject({ editable: false, response: { status: "submitted", submittedAt: receipt.submittedAt } });
      expect(await auditActions(world.app, world.campaignId)).toContain("response.submitted");
    });

    it("makes exactly one submission of two at once", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.offer;
      const [one, two] = await Promise.all([
        world.respondent.post(url(token, "/submit"), { baseRevision: 0, answers: validTilbudAnswers }),
        world.app.client().post(url(token, "/submit"), { baseRevision: 0, answers: validTilbudAnswers }),
      ]);
      expect([one.status, two.status], `${one.text} ${two.text}`).toEqual([200, 200]);
      expect(one.body.receipt).toEqual(two.body.receipt);
      const stored = await storedState(world.app, token);
      expect(stored.status).toBe("submitted");
      expect(stored.revisions.filter((r) => r.kind === "submit")).toHaveLength(1);
      expect(stored.revisions.filter((r) => r.kind === "save")).toHaveLength(1);
    });

    it("submits the saved state without answers only at the current revision", async () => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      await world.respondent.put(url(token, "/answers"), { baseRevision: 0, answers: validKommuneAnswers });
      const stale = await world.respondent.post(url(token, "/submit"), { baseRevision: 0 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe("stale_revision");
      expect(stale.body.current.revision).toBe(1);
      expect((await world.respondent.post(url(token, "/submit"), { baseRevision: 1 })).status).toBe(200);
    });

    it.each([
      ["no body", undefined, undefined],
      ["a missing baseRevision", { answers: {} }, "baseRevision"],
      ["an unknown field", { baseRevision: 0, confirm: true }, "confirm"],
      ["an unknown question", { baseRevision: 0, answers: { nope: 1 } }, "answers.nope"],
      ["a list of answers", { baseRevision: 0, answers: [] }, "answers"],
    ])("refuses %s with 400, saving nothing", async (_name, body, field) => {
      world = await startCampaignWorld(dialect);
      const { token } = world.municipalities[0]!;
      const response = await world.respondent.post(url(token, "/submit"), body);
      expect(response.status, response.text).toBe(400);
      if (field !== undefined) expect(response.body.error.field).toBe(field);
      expect(await storedState(world.app, token)).toMatchObject({ status: "draft", revision: 0, revisions: [] });
    });

    it("has no receipt before the first submission", async () => {
      world = await startCampaignWorld(dialect);
      const response = await world.respondent.get(url(world.municipalities[0]!.token, "/receipt"));
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("not_found");
    });
  });
});
