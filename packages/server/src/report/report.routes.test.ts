import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, startCampaignWorld, validKommuneAnswers, validTilbudAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

describe.each(dialects)("report and export on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  async function answered(world: CampaignWorld) {
    const [a, b, c] = world.municipalities;
    const submit = (token: string, answers: Record<string, unknown>) => world.respondent.post(`/api/respond/${token}/submit`, { baseRevision: 0, answers });
    expect((await submit(a!.token, validKommuneAnswers)).status).toBe(200);
    expect((await submit(b!.token, { ...validKommuneAnswers, targetGroupCount: { "2017": 1, "2018": 2, "2019": 3 }, futureOrganisation: "=HYPERLINK(\"x\")" })).status).toBe(200);
    // a draft is not in the report
    await world.respondent.put(`/api/respond/${c!.token}/answers`, { baseRevision: 0, answers: { targetGroupCount: { "2017": 100 } } });
    expect((await submit(world.offer.token, validTilbudAnswers)).status).toBe(200);
  }

  it("builds the joint report over the submitted responses only, with the offers screened", async () => {
    world = await startCampaignWorld(dialect);
    await answered(world);
    const response = await world.secretariat.get(`/api/campaigns/${world.campaignId}/report`);
    expect(response.status, response.text).toBe(200);
    const { municipality, offer, campaign } = response.body;
    expect(campaign.id).toBe(world.campaignId);
    expect(municipality.questionnaire).toMatchObject({ key: "kommune-2019", audience: "municipality" });
    expect(municipality.respondentCount.value).toBe(2);
    expect(municipality.responses).toHaveLength(2);
    const perYear = municipality.sections.flatMap((s: { items: { question: string }[] }) => s.items).find((i: { question: string }) => i.question === "targetGroupCount");
    expect(JSON.stringify(perYear)).toContain('"value":5'); // 2017: 4 + 1
    expect(offer.questionnaire.key).toBe("tilbud-2019");
    expect(offer.screening.offers).toHaveLength(1);
    expect(offer.screening.offers[0].result.verdict).toBe("highly-specialised");
    expect(offer.screening.thresholds).toEqual({ minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 2 });

    const strict = await world.secretariat.get(`/api/campaigns/${world.campaignId}/report?minCitizensPerYear=6&minStaff=2.5`);
    expect(strict.status).toBe(200);
    expect(strict.body.offer.screening.thresholds).toEqual({ minCitizensPerYear: 6, minStaff: 2.5, minExperienceYears: 2 });
    expect(strict.body.offer.screening.offers[0].result.verdict).toBe("not-highly-specialised");
  });

  it("says what changed since the questionnaire's previous version: none for a first version, the added questions for kommune-2019@1.1.0", async () => {
    world = await startCampaignWorld(dialect);
    const first = await world.secretariat.get(`/api/campaigns/${world.campaignId}/report`);
    expect(first.body.municipality.questionnaire.version).toBe("1.0.0");
    expect(first.body.versionChanges).toEqual({ municipality: null, offer: null });

    const created = await world.secretariat.post("/api/campaigns", { ...createCampaignBody, title: "Opfølgning med behov for døgnbehandling", municipalityQuestionnaire: { key: "kommune-2019", version: "1.1.0" } });
    expect(created.status, created.text).toBe(201);
    const report = await world.secretariat.get(`/api/campaigns/${created.body.campaign.id as string}/report`);
    expect(report.status, report.text).toBe(200);
    expect(report.body.versionChanges.offer).toBeNull();
    expect(report.body.versionChanges.municipality).toMatchObject({ version: "1.1.0", previous: "1.0.0", removed: [], renamed: [], changed: [] });
    expect(report.body.versionChanges.municipality.added.map((q: { name: string }) => q.name)).toEqual(["residentialTreatmentNeed", "residentialTreatmentNeedMethod"]);
    // the new question is in the report, in theme 1's section
    const section = report.body.municipality.sections.find((s: { id: string }) => s.id === "maalgruppe");
    expect(section.items.map((i: { question: string }) => i.question)).toContain("residentialTreatmentNeed");
  });

  it.each([
    ["a negative threshold", "minStaff=-1", "minStaff"],
    ["a threshold that is not a number", "minCitizensPerYear=tre", "minCitizensPerYear"],
    ["an unknown parameter", "maxStaff=3", "maxStaff"],
  ])("refuses %s with 400 naming it", async (_name, query, field) => {
    world = await startCampaignWorld(dialect);
    const response = await world.secretariat.get(`/api/campaigns/${world.campaignId}/report?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it("exports one row per municipality with Danish column titles, neutralising formulas", async () => {
    world = await startCampaignWorld(dialect);
    await answered(world);
    const response = await world.secretariat.raw(`/api/campaigns/${world.campaignId}/export.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=.*kommuner\.csv/);
    expect(response.text.startsWith("\uFEFF")).toBe(true);
    const lines = response.text.slice(1).split("\r\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1 + 29);
    const header = lines[0]!.split(";");
    // the answers workbook's first sheet: respondent, municipality code, state, submitted time, then the questions
    expect(header.slice(0, 5)).toEqual(["Respondent", "Kommunekode", "Status", "Indsendt", "Hvilken forvaltning eller afdeling har koordineret besvarelsen?"]);
    expect(header).toContain("Hvor mange udsatte gravide kvinder med et skadeligt rusmiddelbrug har kommunen haft kendskab til i hvert af årene? – 2017");
    const row = (name: string) => lines.find((l) => l.startsWith(`${name};`))!.split(";");
    const first = row(world.municipalities[0]!.name);
    expect(first[2]).toBe("Indsendt");
    expect(first[3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/); // in Danish time
    const col2017 = header.findIndex((h) => h.endsWith("– 2017"));
    expect(first[col2017]).toBe("4");
    expect(row(world.municipalities[2]!.name)[2]).toBe("I gang");
    expect(row(world.municipalities[3]!.name)[2]).toBe("Ikke åbnet");
    expect(response.text).toContain(`'=HYPERLINK(""x"")`);
    const cooperation = header.findIndex((h) => h.startsWith("Hvilke former for samarbejde"));
    expect(first[cooperation]).toBe("Kommunen indgår ikke i formaliserede samarbejder om målgruppen");

    const offers = await world.secretariat.raw(`/api/campaigns/${world.campaignId}/export.csv?audience=offer&separator=,`);
    expect(offers.status).toBe(200);
    const offerLines = offers.text.slice(1).split("\r\n").filter((l) => l !== "");
    expect(offerLines).toHaveLength(2);
    expect(offerLines[0]).toContain("Familiebehandling");
    expect(offerLines[1]).toContain("Internt (ansatte i tilbuddet)");

    const english = await world.secretariat.raw(`/api/campaigns/${world.campaignId}/export.csv?locale=en`);
    expect(english.status).toBe(200);
    expect(english.headers.get("content-disposition")).toMatch(/^attachment; filename=.*municipalities\.csv/);
    expect(english.text.startsWith("\uFEFF")).toBe(true);
    const englishLines = english.text.slice(1).split("\r\n").filter((l) => l !== "");
    expect(englishLines).toHaveLength(1 + 29);
    expect(englishLines[0]!.split(";").slice(0, 4)).toEqual(["Respondent", "Municipality code", "Status", "Submitted"]);
    expect(englishLines.find((l) => l.startsWith(`${world.municipalities[3]!.name};`))!.split(";")[2]).toBe("Not opened");
    expect(english.text).toContain(`'=HYPERLINK(""x"")`);
  });

  it("refuses bad export parameters and an offer export without an offer questionnaire", async () => {
    world = await startCampaignWorld(dialect);
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/export.csv?audience=citizens`)).status).toBe(400);
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/export.csv?separator=tab`)).status).toBe(400);
    expect((await world.secretariat.get(`/api/campaigns/${world.campaignId}/export.csv?x=1`)).status).toBe(400);
    const badLocale = await world.secretariat.get(`/api/campaigns/${world.campaignId}/export.csv?locale=de`);
    expect(badLocale.status).toBe(400);
    expect(badLocale.body.error.field).toBe("locale");
    const { offerQuestionnaire: _none, ...withoutOffers } = createCampaignBody;
    const created = await world.secretariat.post("/api/campaigns", withoutOffers);
    const response = await world.secretariat.get(`/api/campaigns/${created.body.campaign.id}/export.csv?audience=offer`);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe("audience");
    const report = await world.secretariat.get(`/api/campaigns/${created.body.campaign.id}/report`);
    expect(report.body.offer).toBeNull();
  });

  it("gives the campaign's reviewers and the national board the reads, and hides them from everyone else", async () => {
    world = await startCampaignWorld(dialect);
    const reviewer = await world.app.createUser({ role: "reviewer" });
    await world.secretariat.post(`/api/campaigns/${world.campaignId}/reviewers`, { userId: reviewer.id });
    const reviewerClient = world.app.client();
    await reviewerClient.post("/api/auth/login", { email: reviewer.email, password: reviewer.password });
    const national = await world.app.login({ role: "national" });
    const stranger = await world.app.login({ role: "reviewer" });
    const otherRegion = await world.app.login({ role: "secretariat", regionCode: "1081" });
    for (const path of [`/api/campaigns/${world.campaignId}/report`, `/api/campaigns/${world.campaignId}/export.csv`]) {
      expect((await reviewerClient.get(path)).status).toBe(200);
      expect((await national.get(path)).status).toBe(200);
      expect((await stranger.get(path)).status).toBe(404);
      expect((await otherRegion.get(path)).status).toBe(404);
      expect((await world.app.client().get(path)).status).toBe(401);
    }
  });
});
