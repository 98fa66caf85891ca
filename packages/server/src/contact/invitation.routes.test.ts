import { afterEach, describe, expect, it } from "vitest";
import { expectStatus, startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { accessClients, mailState } from "../outbox/mail-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { PREVIEW_LINK } from "./invitation.service.js";

describe.each(dialects)("invitations shown before they are queued on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const invitationsPath = () => `/api/campaigns/${world.campaignId}/invitations`;
  const respondentOf = (code: string) => world.municipalities.find((m) => m.kommuneCode === code)!;

  it("previews who gets the mail and who cannot, with the mail itself, then queues exactly those, once", async () => {
    world = await startCampaignWorld(dialect);
    const albertslund = respondentOf("165");
    const ballerup = respondentOf("151");
    const gladsaxe = respondentOf("159");
    expectStatus(
      await world.secretariat.put(`/api/campaigns/${world.campaignId}/contacts`, {
        contacts: [
          { kommuneCode: "165", contactName: "Mette Hansen", contactEmail: "mette@albertslund.dk" },
          { kommuneCode: "151", contactEmail: "post@balk.dk" },
          { kommuneCode: "159", contactEmail: "g@gladsaxe.dk" },
        ],
      }),
      200,
    );
    // Gladsaxe has submitted already: no invitation for it
    expectStatus(await world.respondent.post(`/api/respond/${gladsaxe.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers }), 200);

    const preview = await world.secretariat.get(invitationsPath());
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body.recipients.map((r: { name: string; to: string }) => [r.name, r.to])).toEqual([
      ["Ballerup", "post@balk.dk"],
      ["Albertslund", "mette@albertslund.dk"],
    ]);
    // 29 municipalities and the offer: 27 without an address, one submitted
    expect(preview.body.withoutAddress).toHaveLength(27);
    expect(preview.body.withoutAddress.map((r: { name: string }) => r.name)).toContain("Døgnbehandlingstilbud for gravide");
    expect(preview.body).toMatchObject({ alreadyInvited: 0, submitted: 1, delivery: "by-hand", canSend: true });
    expect(preview.body.sample.to).toBe("post@balk.dk");
    expect(preview.body.sample.subject).toMatch(/^Spørgeskema: .* – svarfrist 18\. december 2026 kl\. 13\.00$/);
    expect(preview.body.sample.body).toMatch(/^Kære Ballerup Kommune\n/);
    expect(preview.body.sample.body).toContain(PREVIEW_LINK);
    // a preview changes nothing
    const before = await mailState(world.app);
    expect(await mailState(world.app)).toEqual(before);

    const ids = [ballerup.respondentId, albertslund.respondentId, gladsaxe.respondentId, respondentOf("101").respondentId];
    const sent = await world.secretariat.post(invitationsPath(), { respondentIds: ids });
    expect(sent.status, sent.text).toBe(201);
    expect(sent.body.queued).toBe(2);
    expect(sent.body.skipped).toEqual([
      { respondentId: gladsaxe.respondentId, reason: "submitted" },
      { respondentId: respondentOf("101").respondentId, reason: "no-address" },
    ]);
    const mette = sent.body.messages.find((m: { to: string }) => m.to === "mette@albertslund.dk");
    expect(mette.body).toMatch(/^Kære Mette Hansen\n/);
    // its link is a new one that works; the link shown at invitation keeps working
    const token = /\/svar\/([A-Za-z0-9_-]{43})/.exec(mette.body)![1]!;
    expect((await world.respondent.get(`/api/respond/${token}`)).status).toBe(200);
    expect((await world.respondent.get(`/api/respond/${albertslund.token}`)).status).toBe(200);

    // again: nobody is invited twice, nor by the contact form afterwards
    const again = await world.secretariat.post(invitationsPath(), { respondentIds: [albertslund.respondentId] });
    expect(again.body).toMatchObject({ queued: 0, skipped: [{ respondentId: albertslund.respondentId, reason: "already-invited" }] });
    const changed = await world.secretariat.patch(`/api/campaigns/${world.campaignId}/respondents/${albertslund.respondentId}`, { contactEmail: "mh@albertslund.dk" });
    expect(changed.body.invitationQueued).toBe(false);
    const after = await world.secretariat.get(invitationsPath());
    expect(after.body).toMatchObject({ recipients: [], alreadyInvited: 2, sample: null });
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages).toHaveLength(2);
  });

  it("says the server mails them when SMTP is set up", async () => {
    world = await startCampaignWorld(dialect);
    const saved = process.env.SMTP_URL;
    const savedFrom = process.env.MAIL_FROM;
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    process.env.MAIL_FROM = "Afrapport <afrapport@example.dk>";
    try {
      expect((await world.secretariat.get(invitationsPath())).body.delivery).toBe("smtp");
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
      if (savedFrom === undefined) delete process.env.MAIL_FROM;
      else process.env.MAIL_FROM = savedFrom;
    }
  });

  it("refuses bad input naming the field, a closed campaign, and those who may not send", async () => {
    world = await startCampaignWorld(dialect);
    const before = await mailState(world.app);
    const empty = await world.secretariat.post(invitationsPath(), { respondentIds: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe("respondentIds");
    const missing = await world.secretariat.post(invitationsPath(), {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("respondentIds");
    const unknown = await world.secretariat.post(invitationsPath(), { respondentIds: [respondentOf("165").respondentId, "no-such-respondent"] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe("respondentIds.1");
    const extra = await world.secretariat.post(invitationsPath(), { respondentIds: [respondentOf("165").respondentId], note: "x" });
    expect(extra.status).toBe(400);
    expect(await mailState(world.app)).toEqual(before);

    const { otherRegion, reviewer, national } = await accessClients(world);
    const body = { respondentIds: [respondentOf("165").respondentId] };
    expect((await otherRegion.get(invitationsPath())).status).toBe(404);
    expect((await otherRegion.post(invitationsPath(), body)).status).toBe(404);
    expect((await reviewer.get(invitationsPath())).status).toBe(403);
    expect((await national.post(invitationsPath(), body)).status).toBe(403);

    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" }), 200);
    const closed = await world.secretariat.post(invitationsPath(), body);
    expect(closed.status).toBe(409);
    expect((await world.secretariat.get(invitationsPath())).body.canSend).toBe(false);
  });
});
