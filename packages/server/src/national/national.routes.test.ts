import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, expectStatus, startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import type { CampaignRow } from "../db/tables.js";
import type { TestClient } from "../test-support/test-app.js";
import { dialects } from "../test-support/dialects.js";
import { pickRegionCampaign } from "./national.service.js";

describe("pickRegionCampaign", () => {
  const row = (id: string, status: CampaignRow["status"], createdAt: string) => ({ id, status, created_at: createdAt }) as CampaignRow;
  it("prefers reported, then closed, then open, the newest of each; never a draft", () => {
    const open = row("o", "open", "2026-11-20T00:00:00Z");
    const newerOpen = row("o2", "open", "2026-11-21T00:00:00Z");
    const closed = row("c", "closed", "2026-11-01T00:00:00Z");
    const reported = row("r", "reported", "2026-10-01T00:00:00Z");
    const draft = row("d", "draft", "2026-11-22T00:00:00Z");
    expect(pickRegionCampaign([open, newerOpen])?.id).toBe("o2");
    expect(pickRegionCampaign([open, closed, draft])?.id).toBe("c");
    expect(pickRegionCampaign([newerOpen, closed, reported])?.id).toBe("r");
    expect(pickRegionCampaign([draft])).toBeUndefined();
    expect(pickRegionCampaign([])).toBeUndefined();
  });
});

describe.each(dialects)("the national view on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const path = "/api/national/announcements/gravide-rusmiddel";

  async function campaign(secretariat: TestClient, title: string, statuses: ("open" | "closed" | "reported")[]): Promise<string> {
    const created = await secretariat.post("/api/campaigns", { ...createCampaignBody, title });
    expectStatus(created, 201);
    const id = created.body.campaign.id as string;
    expectStatus(await secretariat.post(`/api/campaigns/${id}/respondents/municipalities`), 201);
    for (const status of statuses) expectStatus(await secretariat.post(`/api/campaigns/${id}/status`, { status }), 200);
    world.clock.advance(60_000); // the next campaign is newer
    return id;
  }

  it("shows all five regions in code order, each with its chosen campaign, the same joint report as the region's, and counts", async () => {
    world = await startCampaignWorld(dialect);
    const [a, b] = world.municipalities;
    for (const m of [a!, b!]) expectStatus(await world.respondent.post(`/api/respond/${m.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers }), 200);
    world.clock.advance(60_000);

    const syd = await world.app.login({ role: "secretariat", regionCode: "1083" });
    await campaign(syd, "Syd – åben", ["open"]);
    const sydClosed = await campaign(syd, "Syd – lukket", ["open", "closed"]);
    await campaign(syd, "Syd – kladde", []);
    const sjaelland = await world.app.login({ role: "secretariat", regionCode: "1085" });
    const sjaellandReported = await campaign(sjaelland, "Sjælland – afrapporteret", ["open", "closed", "reported"]);
    await campaign(sjaelland, "Sjælland – ny runde", ["open"]);

    const national = await world.app.login({ role: "national" });
    const res = await national.get(path);
    expect(res.status, res.text).toBe(200);
    expect(res.body.announcement).toEqual({ id: "gravide-rusmiddel", title: { da: "Udsatte gravide kvinder med et skadeligt rusmiddelbrug", en: "Vulnerable pregnant women with harmful substance use" } });
    const regions = res.body.regions as any[];
    expect(regions.map((r) => r.regionCode)).toEqual(["1081", "1082", "1083", "1084", "1085"]);
    expect(regions[0]).toEqual({ regionCode: "1081", regionName: { da: "Region Nordjylland", en: "North Denmark Region" }, campaign: null, report: null, offerReport: null, sourcesVersion: null, respondents: 0, submitted: 0 });
    expect(regions[1].campaign).toBeNull();
    expect(regions[2].campaign).toMatchObject({ id: sydClosed, title: "Syd – lukket", status: "closed" });
    expect(regions[2]).toMatchObject({ respondents: 22, submitted: 0 });
    expect(regions[4].campaign).toMatchObject({ id: sjaellandReported, status: "reported" });
    expect(regions[4]).toMatchObject({ respondents: 17, submitted: 0 });

    const hovedstaden = regions[3];
    expect(hovedstaden.campaign).toEqual({ id: world.campaignId, title: createCampaignBody.title, status: "open", deadline: "2026-12-18T12:00:00.000Z" });
    expect(hovedstaden).toMatchObject({ regionName: { da: "Region Hovedstaden" }, respondents: 30, submitted: 2 });
    const own = await world.secretariat.get(`/api/campaigns/${world.campaignId}/report`);
    expect(hovedstaden.report).toEqual(own.body.municipality);
    expect(hovedstaden.offerReport).toEqual(own.body.offer);
    expect(hovedstaden.sourcesVersion).toBe(own.body.sourcesVersion);
    expect(hovedstaden.report.respondentCount.value).toBe(2);

    // an admin sees the same
    const admin = await world.app.login({ role: "admin" });
    expect((await admin.get(path)).body.regions.map((r: any) => r.campaign?.id ?? null)).toEqual(regions.map((r) => r.campaign?.id ?? null));
  });

  it("is for the national board and admins only; an unknown announcement is 404; a bad id is 400", async () => {
    world = await startCampaignWorld(dialect);
    const reviewer = await world.app.login({ role: "reviewer" });
    expect((await world.secretariat.get(path)).status).toBe(403);
    expect((await reviewer.get(path)).status).toBe(403);
    expect((await world.app.client().get(path)).status).toBe(401);
    const national = await world.app.login({ role: "national" });
    const unknown = await national.get("/api/national/announcements/ingen-udmelding");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
    const bad = await national.get(`/api/national/announcements/${"x".repeat(101)}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("announcementId");
  });
});
