import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, validKommuneAnswers, validTilbudAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

interface RefFigure {
  value: number;
  sourceCount: number;
  ref: string;
}

describe.each(dialects)("the sources of the report's figures on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  const submit = (token: string, answers: Record<string, unknown>) => world.respondent.post(`/api/respond/${token}/submit`, { baseRevision: 0, answers });

  async function answered() {
    const [a, b] = world.municipalities;
    expect((await submit(a!.token, validKommuneAnswers)).status).toBe(200);
    expect((await submit(b!.token, { ...validKommuneAnswers, targetGroupCount: { "2017": 1, "2018": 2, "2019": 3 } })).status).toBe(200);
    expect((await submit(world.offer.token, validTilbudAnswers)).status).toBe(200);
  }

  const report = async (query = "") => {
    const response = await world.secretariat.get(`/api/campaigns/${world.campaignId}/report${query}`);
    expect(response.status, response.text).toBe(200);
    return response.body as { sourcesVersion: string; municipality: { responses: { responseId: string }[]; sections: { items: Record<string, unknown>[] }[] }; offer: { responses: { responseId: string }[]; screening: { verdicts: Record<string, RefFigure> } } };
  };
  const sourcesPath = (query: string) => `/api/campaigns/${world.campaignId}/report/sources?${query}`;

  it("leaves the sources out of the report, and gives a figure's sources by its ref", async () => {
    world = await startCampaignWorld(dialect);
    await answered();
    const body = await report();
    expect(JSON.stringify(body)).not.toContain('"sources"');
    const perYear = body.municipality.sections.flatMap((s) => s.items).find((i) => i.question === "targetGroupCount") as { yearTotals: RefFigure[]; rows: { cells: (RefFigure | null)[] }[] };
    expect(perYear.yearTotals[0]).toMatchObject({ value: 5, sourceCount: 2 });
    const total = await world.secretariat.get(sourcesPath(`figure=${perYear.yearTotals[0]!.ref}&version=${body.sourcesVersion}`));
    expect(total.status, total.text).toBe(200);
    expect(total.body).toEqual({ sources: body.municipality.responses.map((r) => r.responseId) });
    const cell = perYear.rows.find((row) => row.cells[0] !== null)!.cells[0]!;
    const one = await world.secretariat.get(sourcesPath(`figure=${cell.ref}&version=${body.sourcesVersion}`));
    expect(one.body.sources).toHaveLength(1);
    expect(body.municipality.responses.map((r) => r.responseId)).toContain(one.body.sources[0]);
  });

  it("screens with the thresholds given, as the report did, and refuses a reference made under other thresholds", async () => {
    world = await startCampaignWorld(dialect);
    await answered();
    const strict = await report("?minCitizensPerYear=6");
    const verdict = strict.offer.screening.verdicts["not-highly-specialised"]!;
    expect(verdict).toMatchObject({ value: 1, sourceCount: 1 });
    const withThresholds = await world.secretariat.get(sourcesPath(`figure=${verdict.ref}&version=${strict.sourcesVersion}&minCitizensPerYear=6`));
    expect(withThresholds.body).toEqual({ sources: [strict.offer.responses[0]!.responseId] });
    // under other thresholds the reference would name another figure: refused, as when the answers changed
    const withDefaults = await world.secretariat.get(sourcesPath(`figure=${verdict.ref}&version=${strict.sourcesVersion}`));
    expect(withDefaults.status).toBe(409);
    expect(withDefaults.body.error).toMatchObject({ code: "conflict", field: "version" });
  });

  it("answers 409 naming the version once the submitted answers have changed since the report", async () => {
    world = await startCampaignWorld(dialect);
    await answered();
    const body = await report();
    const ref = (body.municipality.sections[0]!.items[0]!.answered as RefFigure).ref;
    expect((await world.secretariat.get(sourcesPath(`figure=${ref}&version=${body.sourcesVersion}`))).status).toBe(200);
    expect((await submit(world.municipalities[2]!.token, validKommuneAnswers)).status).toBe(200);
    const stale = await world.secretariat.get(sourcesPath(`figure=${ref}&version=${body.sourcesVersion}`));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", field: "version" });
    expect((await report()).sourcesVersion).not.toBe(body.sourcesVersion);
  });

  it.each([
    ["a malformed ref", "figure=targetGroupCount&version=v", "figure"],
    ["no ref", "version=v", "figure"],
    ["no version", "figure=m0.0", "version"],
    ["a bad threshold", "figure=m0.0&version=v&minStaff=-1", "minStaff"],
  ])("refuses %s with 400 naming the field", async (_name, query, field) => {
    world = await startCampaignWorld(dialect);
    const response = await world.secretariat.get(sourcesPath(query));
    expect(response.status, response.text).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it("answers 404 naming the figure for a ref the report does not have", async () => {
    world = await startCampaignWorld(dialect);
    await answered();
    const { sourcesVersion } = await report();
    for (const figure of ["m999.0", "m0.99999", "or.5"]) {
      const response = await world.secretariat.get(sourcesPath(`figure=${figure}&version=${sourcesVersion}`));
      expect(response.status, figure).toBe(404);
      expect(response.body.error.field).toBe("figure");
    }
  });

  it("gives the campaign's reviewers and the national board the sources, and hides them from everyone else", async () => {
    world = await startCampaignWorld(dialect);
    await answered();
    const { sourcesVersion, municipality } = await report();
    const path = sourcesPath(`figure=${(municipality.sections[0]!.items[0]!.answered as RefFigure).ref}&version=${sourcesVersion}`);
    const reviewer = await world.app.createUser({ role: "reviewer" });
    await world.secretariat.post(`/api/campaigns/${world.campaignId}/reviewers`, { userId: reviewer.id });
    const reviewerClient = world.app.client();
    await reviewerClient.post("/api/auth/login", { email: reviewer.email, password: reviewer.password });
    expect((await reviewerClient.get(path)).status).toBe(200);
    expect((await (await world.app.login({ role: "national" })).get(path)).status).toBe(200);
    expect((await (await world.app.login({ role: "reviewer" })).get(path)).status).toBe(404);
    const otherRegion = await (await world.app.login({ role: "secretariat", regionCode: "1081" })).get(path);
    expect(otherRegion.status).toBe(404);
    expect(JSON.stringify(otherRegion.body)).not.toContain(municipality.responses[0]!.responseId);
    expect((await world.app.client().get(path)).status).toBe(401);
  });
});
