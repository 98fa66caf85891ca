import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { LINK_REMOVED } from "./outbox-body.js";
import { accessClients, auditOf, mailState } from "./mail-test-kit.js";

describe.each(dialects)("the outbox on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const outboxPath = () => `/api/campaigns/${world.campaignId}/outbox`;
  const markPath = (mid: string) => `/api/campaigns/${world.campaignId}/outbox/${mid}/mark-sent`;

  async function queueTwo() {
    const [a, b] = world.municipalities;
    expect((await world.secretariat.patch(`/api/campaigns/${world.campaignId}/respondents/${a!.respondentId}`, { contactEmail: "a@example.dk" })).status).toBe(200);
    world.clock.advance(60_000);
    expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/reminders`, { respondentIds: [b!.respondentId] })).status).toBe(201);
  }

  it("lists the campaign's mail newest first, with the link in the text until it is marked sent", async () => {
    world = await startCampaignWorld(dialect);
    expect((await world.secretariat.get(outboxPath())).body).toEqual({ messages: [] });
    await queueTwo();
    const list = await world.secretariat.get(outboxPath());
    expect(list.status).toBe(200);
    const [reminder, invitation] = list.body.messages;
    expect(reminder).toMatchObject({ kind: "reminder", respondentId: world.municipalities[1]!.respondentId, to: null });
    expect(invitation).toMatchObject({ kind: "invitation", respondentId: world.municipalities[0]!.respondentId, to: "a@example.dk" });
    expect(Object.keys(invitation).sort()).toEqual(
      ["attempts", "body", "createdAt", "error", "id", "kind", "respondentId", "respondentName", "scheduledFor", "sentAt", "sentBy", "subject", "to"].sort(),
    );
    expect(reminder.body).toMatch(/\/svar\/[A-Za-z0-9_-]{43}/);

    world.clock.advance(60_000);
    const marked = await world.secretariat.post(markPath(reminder.id));
    expect(marked.status, marked.text).toBe(200);
    expect(marked.body).toMatchObject({ id: reminder.id, sentAt: world.clock.now().toISOString(), sentBy: world.secretariat.user!.id });
    expect(marked.body.body).toContain(LINK_REMOVED);
    expect(marked.body.body).not.toMatch(/\/svar\//);
    // the link itself is gone from the database; the respondent's link still works, of course
    const row = await world.app.db.selectFrom("outbox").select(["link_url", "link_id"]).where("id", "=", reminder.id).executeTakeFirstOrThrow();
    expect(row.link_url).toBeNull();
    expect(row.link_id).not.toBeNull();
    expect((await auditOf(world.app, "outbox.marked_sent")).map((e) => e.subject_id)).toEqual([reminder.id]);

    // marked again: 409, nothing changes
    const before = await mailState(world.app);
    const again = await world.secretariat.post(markPath(reminder.id));
    expect(again.status).toBe(409);
    expect(await mailState(world.app)).toEqual(before);

    // the status board counts it
    const board = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/respondents`)).body.respondents as { id: string; remindersSent: number }[];
    expect(board.find((r) => r.id === world.municipalities[1]!.respondentId)!.remindersSent).toBe(1);
    expect(board.filter((r) => r.remindersSent > 0)).toHaveLength(1);
  });

  it("answers 404 for a message of another campaign or none, and refuses a body", async () => {
    world = await startCampaignWorld(dialect);
    await queueTwo();
    const other = await startCampaignWorld(dialect);
    try {
      const [message] = (await world.secretariat.get(outboxPath())).body.messages;
      const before = await mailState(world.app);
      expect((await world.secretariat.post(markPath("no-such-message"))).status).toBe(404);
      // the other world's secretariat manages its own campaign, but this message is not in it
      expect((await other.secretariat.post(`/api/campaigns/${other.campaignId}/outbox/${message.id}/mark-sent`)).status).toBe(404);
      const withBody = await world.secretariat.post(markPath(message.id), { sentAt: "2026-11-23T10:00:00Z" });
      expect(withBody.status).toBe(400);
      expect(withBody.body.error.field).toBe("sentAt");
      expect(await mailState(world.app)).toEqual(before);
    } finally {
      await other.app.close();
    }
  });

  it("shows the mail (and its links) only to the campaign's secretariat: 404 to others, 403 to readers", async () => {
    world = await startCampaignWorld(dialect);
    await queueTwo();
    const clients = await accessClients(world);
    const [message] = (await world.secretariat.get(outboxPath())).body.messages;
    const before = await mailState(world.app);
    expect((await clients.otherRegion.get(outboxPath())).status).toBe(404);
    expect((await clients.otherReviewer.get(outboxPath())).status).toBe(404);
    expect((await clients.reviewer.get(outboxPath())).status).toBe(403);
    expect((await clients.national.get(outboxPath())).status).toBe(403);
    expect((await clients.otherRegion.post(markPath(message.id))).status).toBe(404);
    expect((await clients.otherReviewer.post(markPath(message.id))).status).toBe(404);
    expect((await clients.reviewer.post(markPath(message.id))).status).toBe(403);
    expect((await clients.national.post(markPath(message.id))).status).toBe(403);
    expect((await world.secretariat.post(markPath(message.id), undefined, { csrf: false })).status).toBe(403);
    expect((await world.app.client().get(outboxPath())).status).toBe(401);
    expect(await mailState(world.app)).toEqual(before);
    const admin = await world.app.login({ role: "admin" });
    expect((await admin.get(outboxPath())).body.messages).toHaveLength(2);
  });
});
