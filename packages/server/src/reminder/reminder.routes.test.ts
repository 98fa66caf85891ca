import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { accessClients, auditOf, mailState } from "../outbox/mail-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { scheduleDueReminders } from "./reminder.service.js";

describe.each(dialects)("reminders on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const remindersPath = () => `/api/campaigns/${world.campaignId}/reminders`;
  const schedulePath = () => `/api/campaigns/${world.campaignId}/reminder-schedule`;
  /** a secretariat signed in now: jumping the clock by days ends the world's session */
  const freshSecretariat = () => world.app.login({ role: "secretariat", regionCode: "1084" });
  const tokenIn = (body: string) => /\/svar\/([A-Za-z0-9_-]{43})/.exec(body)![1]!;

  describe("POST …/reminders", () => {
    it("reminds everyone not submitted by default, each with an additional link that works beside the old one", async () => {
      world = await startCampaignWorld(dialect);
      const [a, b] = world.municipalities;
      expect((await world.respondent.post(`/api/respond/${a!.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers })).status).toBe(200);
      const linksBefore = await world.app.db.selectFrom("invite_links").select("id").execute();

      const res = await world.secretariat.post(remindersPath());
      expect(res.status, res.text).toBe(201);
      expect(res.body.queued).toBe(29); // 28 municipalities and the offer
      expect(res.body.messages).toHaveLength(29);
      expect(res.body.skipped).toEqual([]);
      expect(res.body.messages.map((m: { respondentId: string }) => m.respondentId)).not.toContain(a!.respondentId);
      const message = res.body.messages.find((m: { respondentId: string }) => m.respondentId === b!.respondentId);
      expect(message).toMatchObject({ kind: "reminder", to: null, sentAt: null, error: null, respondentName: b!.name, attempts: 0 });
      expect(message.subject).toMatch(/^Påmindelse: /);
      expect(message.body).toContain(`Med venlig hilsen\n${world.secretariat.user!.name}\nRammeaftalesekretariatet, Region Hovedstaden`);

      expect((await world.respondent.get(`/api/respond/${tokenIn(message.body)}`)).status).toBe(200);
      expect((await world.respondent.get(`/api/respond/${b!.token}`)).status).toBe(200);
      const linksAfter = await world.app.db.selectFrom("invite_links").select(["id", "revoked_at"]).execute();
      expect(linksAfter).toHaveLength(linksBefore.length + 29);
      expect(linksAfter.every((l) => l.revoked_at === null)).toBe(true);
      // the outbox lists them; an audit entry for each message and each link
      expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages).toHaveLength(29);
      expect(await auditOf(world.app, "outbox.queued")).toHaveLength(29);
      expect((await auditOf(world.app, "invite.link_issued")).filter((e) => e.details.purpose === "reminder")).toHaveLength(29);
    });

    it("reminds the chosen respondents with the note, skipping one that submitted and one past its deadline", async () => {
      world = await startCampaignWorld(dialect);
      const [a, b, c] = world.municipalities;
      expect((await world.respondent.post(`/api/respond/${a!.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers })).status).toBe(200);
      // c gets a later deadline of its own; then the campaign's deadline passes
      const extended = await world.secretariat.post(`/api/campaigns/${world.campaignId}/deadline-extensions`, { deadline: "2027-01-10T12:00:00Z", reason: "Sygdom", respondentId: c!.respondentId });
      expect(extended.status, extended.text).toBe(201);
      world.clock.set("2026-12-20T09:00:00Z");

      const res = await (await freshSecretariat()).post(remindersPath(), { respondentIds: [a!.respondentId, b!.respondentId, c!.respondentId, c!.respondentId], note: "Ring, hvis I har brug for hjælp." });
      expect(res.status, res.text).toBe(201);
      expect(res.body.queued).toBe(1);
      expect(res.body.skipped).toEqual([
        { respondentId: a!.respondentId, reason: "submitted" },
        { respondentId: b!.respondentId, reason: "deadline-passed" },
      ]);
      const [message] = res.body.messages;
      expect(message.respondentId).toBe(c!.respondentId);
      expect(message.body).toContain("Ring, hvis I har brug for hjælp.");
      expect(message.body).toContain("Svarfristen er 10. januar 2027 kl. 13.00.");
    });

    it("keeps a note from smuggling in a link placeholder", async () => {
      world = await startCampaignWorld(dialect);
      const res = await world.secretariat.post(remindersPath(), { respondentIds: [world.municipalities[0]!.respondentId], note: "Se [[afrapport-link]] her" });
      expect(res.status).toBe(201);
      expect(res.body.messages[0].body).toContain("Se  her");
      expect(res.body.messages[0].body.match(/\/svar\//g)).toHaveLength(1);
    });

    it("is refused while the campaign is not open (409), changing nothing", async () => {
      world = await startCampaignWorld(dialect, { status: "draft" });
      const before = await mailState(world.app);
      const res = await world.secretariat.post(remindersPath(), {});
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("conflict");
      expect(await mailState(world.app)).toEqual(before);
    });

    it.each([
      ["an empty list", { respondentIds: [] }, "respondentIds"],
      ["a respondent of no campaign", { respondentIds: ["nobody"] }, "respondentIds.0"],
      ["a note too long", { note: "x".repeat(2001) }, "note"],
      ["an id that is not a string", { respondentIds: [5] }, "respondentIds.0"],
      ["an unknown field", { message: "hej" }, "message"],
    ])("refuses %s with 400 naming the field, queuing nothing", async (_name, body, field) => {
      world = await startCampaignWorld(dialect);
      const before = await mailState(world.app);
      const res = await world.secretariat.post(remindersPath(), body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.field).toBe(field);
      expect(await mailState(world.app)).toEqual(before);
    });

    it("refuses a respondent of another campaign by its position in the list", async () => {
      world = await startCampaignWorld(dialect);
      const other = await startCampaignWorld(dialect);
      try {
        const res = await world.secretariat.post(remindersPath(), { respondentIds: [world.municipalities[0]!.respondentId, other.municipalities[0]!.respondentId] });
        expect(res.status).toBe(400);
        expect(res.body.error.field).toBe("respondentIds.1");
      } finally {
        await other.app.close();
      }
    });

    it("answers 404 to other regions and other campaigns' reviewers, 403 to this campaign's readers", async () => {
      world = await startCampaignWorld(dialect);
      const clients = await accessClients(world);
      const before = await mailState(world.app);
      expect((await clients.otherRegion.post(remindersPath(), {})).status).toBe(404);
      expect((await clients.otherReviewer.post(remindersPath(), {})).status).toBe(404);
      expect((await clients.reviewer.post(remindersPath(), {})).status).toBe(403);
      expect((await clients.national.post(remindersPath(), {})).status).toBe(403);
      expect((await world.secretariat.post(`/api/campaigns/no-such-campaign/reminders`, {})).status).toBe(404);
      expect(await mailState(world.app)).toEqual(before);
    });
  });

  describe("the reminder schedule", () => {
    it("is empty at first, is set and read back largest first, and an unchanged PUT records nothing", async () => {
      world = await startCampaignWorld(dialect);
      expect((await world.secretariat.get(schedulePath())).body).toEqual({ daysBefore: [], updatedBy: null, updatedAt: null });
      const set = await world.secretariat.put(schedulePath(), { daysBefore: [2, 7] });
      expect(set.status, set.text).toBe(200);
      expect(set.body).toEqual({ daysBefore: [7, 2], updatedBy: world.secretariat.user!.id, updatedAt: world.clock.now().toISOString() });
      expect((await world.secretariat.get(schedulePath())).body.daysBefore).toEqual([7, 2]);
      world.clock.advance(60_000);
      expect((await world.secretariat.put(schedulePath(), { daysBefore: [7, 2] })).body.updatedAt).toBe(set.body.updatedAt);
      expect((await world.secretariat.put(schedulePath(), { daysBefore: [] })).body.daysBefore).toEqual([]);
      const audit = await auditOf(world.app, "reminder.schedule_set");
      expect(audit.map((a) => a.details)).toEqual([{ from: [], to: [7, 2] }, { from: [7, 2], to: [] }]);
    });

    it.each([
      ["a missing list", {}, "daysBefore"],
      ["zero days", { daysBefore: [0] }, "daysBefore.0"],
      ["a fraction", { daysBefore: [7, 1.5] }, "daysBefore.1"],
      ["too many days", { daysBefore: [91] }, "daysBefore.0"],
      ["a repeated day", { daysBefore: [2, 2] }, "daysBefore"],
      ["text", { daysBefore: ["7"] }, "daysBefore.0"],
      ["eleven reminders", { daysBefore: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, "daysBefore"],
    ])("refuses %s with 400 naming the field, changing nothing", async (_name, body, field) => {
      world = await startCampaignWorld(dialect);
      expect((await world.secretariat.put(schedulePath(), { daysBefore: [3] })).status).toBe(200);
      const before = await mailState(world.app);
      const res = await world.secretariat.put(schedulePath(), body);
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe(field);
      expect(await mailState(world.app)).toEqual(before);
    });

    it("is read by the campaign's readers, changed only by its secretariat, and hidden from others", async () => {
      world = await startCampaignWorld(dialect);
      const clients = await accessClients(world);
      expect((await world.secretariat.put(schedulePath(), { daysBefore: [7] })).status).toBe(200);
      const before = await mailState(world.app);
      expect((await clients.reviewer.get(schedulePath())).body.daysBefore).toEqual([7]);
      expect((await clients.national.get(schedulePath())).body.daysBefore).toEqual([7]);
      expect((await clients.otherRegion.get(schedulePath())).status).toBe(404);
      expect((await clients.otherReviewer.get(schedulePath())).status).toBe(404);
      for (const client of [clients.reviewer, clients.national]) expect((await client.put(schedulePath(), { daysBefore: [1] })).status).toBe(403);
      for (const client of [clients.otherRegion, clients.otherReviewer]) expect((await client.put(schedulePath(), { daysBefore: [1] })).status).toBe(404);
      expect(await mailState(world.app)).toEqual(before);
    });

    it("queues each scheduled reminder once per respondent and deadline, only in open campaigns and only to those not submitted", async () => {
      world = await startCampaignWorld(dialect);
      const deps = { db: world.app.db, links: world.app.config };
      const [a, b] = world.municipalities;
      expect((await world.respondent.post(`/api/respond/${a!.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers })).status).toBe(200);
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(0); // no schedule
      expect((await world.secretariat.put(schedulePath(), { daysBefore: [7, 2] })).status).toBe(200);
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(0); // not yet

      world.clock.set("2026-12-11T12:00:00.000Z"); // exactly 7 days before
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(29);
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(0);
      const rows = await world.app.db.selectFrom("outbox").select(["respondent_id", "dedupe_key", "created_by"]).execute();
      expect(rows.map((r) => r.respondent_id)).not.toContain(a!.respondentId);
      expect(rows.every((r) => r.created_by === "system" && r.dedupe_key!.endsWith(":7"))).toBe(true);

      // b's deadline is extended: its "7 days before" comes again for the new deadline
      const secretariat = await freshSecretariat();
      const extended = await secretariat.post(`/api/campaigns/${world.campaignId}/deadline-extensions`, { deadline: "2026-12-28T12:00:00Z", reason: "Ny kontaktperson", respondentId: b!.respondentId });
      expect(extended.status).toBe(201);
      world.clock.set("2026-12-21T13:00:00.000Z");
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(1);

      // a closed campaign gets none
      world.clock.set("2026-12-26T13:00:00.000Z");
      const later = await freshSecretariat();
      expect((await later.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" })).status).toBe(200);
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(0);
      expect((await later.post(`/api/campaigns/${world.campaignId}/status`, { status: "open" })).status).toBe(200);
      expect(await scheduleDueReminders(deps, world.clock.now())).toBe(1); // b: 2 days before its own deadline
      const system = (await auditOf(world.app, "outbox.queued")).filter((e) => e.actor === "system");
      expect(system).toHaveLength(31);
    });

    it("queues a reminder once when two processes run the schedule at the same moment", async () => {
      world = await startCampaignWorld(dialect);
      expect((await world.secretariat.put(schedulePath(), { daysBefore: [7] })).status).toBe(200);
      world.clock.set("2026-12-12T00:00:00.000Z");
      const deps = { db: world.app.db, links: world.app.config };
      const [x, y] = await Promise.all([scheduleDueReminders(deps, world.clock.now()), scheduleDueReminders(deps, world.clock.now())]);
      expect(x + y).toBe(30);
      const rows = await world.app.db.selectFrom("outbox").select("respondent_id").execute();
      expect(new Set(rows.map((r) => r.respondent_id)).size).toBe(30);
      expect(rows).toHaveLength(30);
    });
  });
});
