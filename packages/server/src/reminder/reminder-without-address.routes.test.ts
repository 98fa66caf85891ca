import { afterEach, describe, expect, it } from "vitest";
import { expectStatus, startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

// Issue 13, item 8: "Send påmindelse nu" queued reminders to respondents without an address and said nothing.

describe.each(dialects)("a reminder to respondents without an address on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  it("hands back the link of each reminder nobody can mail, one that opens the questionnaire", async () => {
    world = await startCampaignWorld(dialect);
    const [a, b] = world.municipalities;
    expectStatus(await world.secretariat.patch(`/api/campaigns/${world.campaignId}/respondents/${a!.respondentId}`, { contactEmail: "a@example.dk" }), 200);
    const sent = await world.secretariat.post(`/api/campaigns/${world.campaignId}/reminders`, { respondentIds: [a!.respondentId, b!.respondentId] });
    expect(sent.status, sent.text).toBe(201);
    expect(sent.body.queued).toBe(2);
    expect(sent.body.withoutAddress).toEqual([{ respondentId: b!.respondentId, name: b!.name, url: expect.stringMatching(/\/svar\/[A-Za-z0-9_-]{43}$/) }]);
    const url: string = sent.body.withoutAddress[0].url;
    expect((await world.respondent.get(`/api/respond/${url.split("/svar/")[1]}`)).status).toBe(200);
    // it is the same link as in the reminder waiting in the outbox, not one more
    const waiting = (await world.secretariat.get(`/api/campaigns/${world.campaignId}/outbox`)).body.messages.find(
      (m: { respondentId: string; kind: string }) => m.respondentId === b!.respondentId && m.kind === "reminder",
    );
    expect(waiting.body).toContain(url);
  });
});
