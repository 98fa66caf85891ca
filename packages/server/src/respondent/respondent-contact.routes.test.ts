import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { accessClients, auditOf, mailState } from "../outbox/mail-test-kit.js";
import { dialects } from "../test-support/dialects.js";

describe.each(dialects)("a respondent's contact person (PATCH …/respondents/:rid) on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const path = (rid: string) => `/api/campaigns/${world.campaignId}/respondents/${rid}`;

  it("sets name and email, queues the invitation once with a fresh additional link, and readdresses unsent mail", async () => {
    world = await startCampaignWorld(dialect);
    const gentofte = world.municipalities[0]!;
    const linksBefore = await world.app.db.selectFrom("invite_links").selectAll().where("respondent_id", "=", gentofte.respondentId).execute();

    const set = await world.secretariat.patch(path(gentofte.respondentId), { contactName: " Mette Hansen ", contactEmail: " Mette@Example.DK " });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toMatchObject({ id: gentofte.respondentId, contactName: "Mette Hansen", contactEmail: "mette@example.dk", invitationQueued: true });

    const outbox = await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`);
    expect(outbox.body.messages).toHaveLength(1);
    const [invitation] = outbox.body.messages;
    expect(invitation).toMatchObject({ kind: "invitation", respondentId: gentofte.respondentId, respondentName: gentofte.name, to: "mette@example.dk", sentAt: null, error: null });
    expect(invitation.body).toContain("Kære Mette Hansen");
    // the mail's link is new; the link shown at invitation still works too
    const url = /https?:\/\/\S+\/svar\/([A-Za-z0-9_-]{43})/.exec(invitation.body);
    expect(url).not.toBeNull();
    expect(url![1]).not.toBe(gentofte.token);
    expect((await world.respondent.get(`/api/respond/${url![1]}`)).status).toBe(200);
    expect((await world.respondent.get(`/api/respond/${gentofte.token}`)).status).toBe(200);
    const linksAfter = await world.app.db.selectFrom("invite_links").selectAll().where("respondent_id", "=", gentofte.respondentId).execute();
    expect(linksAfter).toHaveLength(linksBefore.length + 1);
    expect(linksAfter.every((l) => l.revoked_at === null)).toBe(true);

    // a new email: no second invitation, but the unsent one goes to the new address
    const again = await world.secretariat.patch(path(gentofte.respondentId), { contactEmail: "mh@example.dk" });
    expect(again.body).toMatchObject({ contactName: "Mette Hansen", contactEmail: "mh@example.dk", invitationQueued: false });
    const after = await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`);
    expect(after.body.messages).toHaveLength(1);
    expect(after.body.messages[0].to).toBe("mh@example.dk");

    // clearing: null and "" both clear
    const cleared = await world.secretariat.patch(path(gentofte.respondentId), { contactName: "", contactEmail: null });
    expect(cleared.body).toMatchObject({ contactName: null, contactEmail: null, invitationQueued: false });
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages[0].to).toBeNull();

    const audit = await auditOf(world.app, "respondent.contact_updated");
    expect(audit).toHaveLength(3);
    expect(audit[1]!.details).toMatchObject({ contactEmail: { from: "mette@example.dk", to: "mh@example.dk" }, readdressedMessages: 1 });
    expect((await auditOf(world.app, "outbox.queued"))).toHaveLength(1);
  });

  it("changes nothing when nothing changes, and queues no invitation for a respondent that submitted", async () => {
    world = await startCampaignWorld(dialect);
    const [a, b] = world.municipalities;
    expect((await world.respondent.post(`/api/respond/${a!.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers })).status).toBe(200);
    const submitted = await world.secretariat.patch(path(a!.respondentId), { contactEmail: "a@example.dk" });
    expect(submitted.body.invitationQueued).toBe(false);

    const once = await world.secretariat.patch(path(b!.respondentId), { contactName: "B" });
    expect(once.status).toBe(200);
    const before = await mailState(world.app);
    const same = await world.secretariat.patch(path(b!.respondentId), { contactName: "B" });
    expect(same.status).toBe(200);
    expect(await mailState(world.app)).toEqual(before);
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages).toEqual([]);
  });

  it("queues no invitation in a closed campaign, but keeps the contact", async () => {
    world = await startCampaignWorld(dialect);
    expect((await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" })).status).toBe(200);
    const res = await world.secretariat.patch(path(world.offer.respondentId), { contactEmail: "tilbud@example.dk" });
    expect(res.body).toMatchObject({ contactEmail: "tilbud@example.dk", invitationQueued: false });
  });

  it.each([
    ["an empty body", {}, "contactName"],
    ["a bad email", { contactEmail: "not-an-email" }, "contactEmail"],
    ["a name too long", { contactName: "x".repeat(201) }, "contactName"],
    ["an unknown field", { name: "Ny kommune" }, "name"],
    ["a number for a name", { contactName: 7 }, "contactName"],
  ])("refuses %s with 400 naming the field, changing nothing", async (_name, body, field) => {
    world = await startCampaignWorld(dialect);
    const before = await mailState(world.app);
    const res = await world.secretariat.patch(path(world.municipalities[0]!.respondentId), body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(await mailState(world.app)).toEqual(before);
  });

  it("answers 404 for an unknown respondent, 404 to others' secretariats and reviewers, 403 to this campaign's readers", async () => {
    world = await startCampaignWorld(dialect);
    const clients = await accessClients(world);
    const rid = world.municipalities[0]!.respondentId;
    const before = await mailState(world.app);
    expect((await world.secretariat.patch(path("no-such-respondent"), { contactName: "X" })).status).toBe(404);
    expect((await clients.otherRegion.patch(path(rid), { contactName: "X" })).status).toBe(404);
    expect((await clients.otherReviewer.patch(path(rid), { contactName: "X" })).status).toBe(404);
    expect((await clients.reviewer.patch(path(rid), { contactName: "X" })).status).toBe(403);
    expect((await clients.national.patch(path(rid), { contactName: "X" })).status).toBe(403);
    expect((await world.secretariat.patch(path(rid), { contactName: "X" }, { csrf: false })).status).toBe(403);
    expect((await world.app.client().patch(path(rid), { contactName: "X" })).status).toBe(401);
    expect(await mailState(world.app)).toEqual(before);
  });
});
