import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditActions,
  createCampaignBody,
  expectStatus,
  startCampaignWorld,
  validKommuneAnswers,
  validTilbudAnswers,
  type CampaignWorld,
  type InvitedLink,
} from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import type { TestClient } from "../test-support/test-app.js";

const HOUR = 60 * 60 * 1000;
const respond = (token: string, path = "") => `/api/respond/${token}${path}`;

/** kommune-2019 2.0.0, published through the draft routes: contactRole removed, contactEmail added, the choice joint-funding removed. */
async function publishKommune2(secretariat: TestClient): Promise<void> {
  const created = await secretariat.post("/api/questionnaires/drafts", { announcementId: "gravide-rusmiddel", key: "kommune-2019", from: { version: "1.0.0" } });
  expectStatus(created, 201);
  const draft = created.body.draft;
  const content = structuredClone(draft.content);
  const pages = content.survey.pages as { name: string; elements: Record<string, unknown>[] }[];
  const first = pages[0]!;
  first.elements = first.elements.filter((e) => e.name !== "contactRole");
  first.elements.push({
    type: "text",
    name: "contactEmail",
    title: { da: "Hvilken fælles postkasse kan sekretariatet skrive til?", en: "Which shared mailbox can the secretariat write to?" },
    aggregation: "none",
    reportSection: "maalgruppe",
  });
  const forms = pages.flatMap((p) => p.elements).find((e) => e.name === "cooperationForms") as { choices: { value: string }[] };
  forms.choices = forms.choices.filter((c) => c.value !== "joint-funding");
  const saved = await secretariat.put(`/api/questionnaires/drafts/${draft.id}`, { baseRevision: draft.revision, content });
  expectStatus(saved, 200);
  expect(saved.body.draft.findings).toEqual([]);
  expectStatus(await secretariat.post(`/api/questionnaires/drafts/${draft.id}/publish`, { version: "2.0.0", baseRevision: saved.body.draft.revision }), 201);
}

describe.each(dialects)("pre-fill from an earlier campaign on %s", (dialect) => {
  let world: CampaignWorld;
  /** the 2019 round's respondents and the later round's */
  let earlier: { campaignId: string; municipalities: InvitedLink[]; offer: InvitedLink };
  let later: { campaignId: string; municipalities: InvitedLink[]; offer: InvitedLink };
  let otherRegionCampaignId: string;
  const answered2019 = { ...validKommuneAnswers, contactRole: "Rusmiddelkonsulent", cooperationForms: ["offers", "joint-funding"], cooperationDescription: "Aftale med et tilbud.", hasCooperationAgreements: false };

  beforeAll(async () => {
    world = await startCampaignWorld(dialect);
    const { app, clock, secretariat, respondent } = world;
    earlier = { campaignId: world.campaignId, municipalities: world.municipalities, offer: world.offer };
    const [m0, m1, m2] = earlier.municipalities as [InvitedLink, InvitedLink, InvitedLink];

    // the 2019 round: one municipality submits, one leaves a draft, one more answers; the offer submits
    expectStatus(await respondent.put(respond(m0.token, "/answers"), { baseRevision: 0, answers: answered2019 }), 200);
    expectStatus(await respondent.post(respond(m0.token, "/submit"), { baseRevision: 1 }), 200);
    expectStatus(await respondent.put(respond(m1.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "Børn og Unge", contactRole: "Leder" } }), 200);
    expectStatus(await respondent.put(respond(m2.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "Socialafdelingen" } }), 200);
    expectStatus(await respondent.put(respond(earlier.offer.token, "/answers"), { baseRevision: 0, answers: validTilbudAnswers }), 200);
    expectStatus(await respondent.post(respond(earlier.offer.token, "/submit"), { baseRevision: 1 }), 200);

    const nordjylland = await app.login({ role: "secretariat", regionCode: "1081" });
    const other = await nordjylland.post("/api/campaigns", { ...createCampaignBody, title: "Nordjylland 2019" });
    expectStatus(other, 201);
    otherRegionCampaignId = other.body.campaign.id;

    await publishKommune2(secretariat);
    // later, but within the session's lifetime
    clock.advance(HOUR);
    const created = await secretariat.post("/api/campaigns", {
      ...createCampaignBody,
      title: "Udsatte gravide – opfølgning",
      municipalityQuestionnaire: { key: "kommune-2019", version: "2.0.0" },
    });
    expectStatus(created, 201);
    const campaignId = created.body.campaign.id as string;
    const invited = await secretariat.post(`/api/campaigns/${campaignId}/respondents/municipalities`);
    expectStatus(invited, 201);
    // the same offer, spelt another way: offer identity matches it
    const offer = await secretariat.post(`/api/campaigns/${campaignId}/respondents/offers`, { name: "Døgnbehandlingstilbud for Gravide A/S", operator: "private" });
    expectStatus(offer, 201);
    expectStatus(await secretariat.post(`/api/campaigns/${campaignId}/status`, { status: "open" }), 200);
    const toLink = (e: { respondent: { id: string; name: string; kommuneCode: string | null }; link: { token: string; url: string } }): InvitedLink => ({
      respondentId: e.respondent.id,
      name: e.respondent.name,
      kommuneCode: e.respondent.kommuneCode,
      token: e.link.token,
      url: e.link.url,
    });
    later = { campaignId, municipalities: invited.body.invited.map(toLink), offer: toLink(offer.body) };
  });
  afterAll(async () => {
    await world?.app.close();
  });

  const laterOf = (link: InvitedLink) => later.municipalities.find((m) => m.kommuneCode === link.kommuneCode)!;

  it("lists the region's earlier campaigns as sources, with their versions and how many answered", async () => {
    const response = await world.secretariat.get(`/api/campaigns/${later.campaignId}/prefill/sources`);
    expectStatus(response, 200);
    expect(response.body.sources).toEqual([
      expect.objectContaining({
        id: earlier.campaignId,
        status: "open",
        municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
        offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
        answered: 4,
      }),
    ]);
    // nothing was created before the first round
    expect((await world.secretariat.get(`/api/campaigns/${earlier.campaignId}/prefill/sources`)).body.sources).toEqual([]);
  });

  it("refuses the wrong sources, other regions and roles, and bad input, naming the field", async () => {
    const url = `/api/campaigns/${later.campaignId}/prefill`;
    const { secretariat, app } = world;
    const missing = await secretariat.post(url, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("fromCampaignId");
    const itself = await secretariat.post(url, { fromCampaignId: later.campaignId });
    expect([itself.status, itself.body.error.field]).toEqual([400, "fromCampaignId"]);
    const laterAsSource = await secretariat.post(`/api/campaigns/${earlier.campaignId}/prefill`, { fromCampaignId: later.campaignId });
    expect([laterAsSource.status, laterAsSource.body.error.field]).toEqual([400, "fromCampaignId"]);
    expect(laterAsSource.body.error.message).toMatch(/created before/);
    const otherRegionSource = await secretariat.post(url, { fromCampaignId: otherRegionCampaignId });
    expect([otherRegionSource.status, otherRegionSource.body.error.field]).toEqual([400, "fromCampaignId"]);
    const unknownRespondent = await secretariat.post(url, { fromCampaignId: earlier.campaignId, respondentIds: ["nobody"] });
    expect([unknownRespondent.status, unknownRespondent.body.error.field]).toEqual([400, "respondentIds[0]"]);
    const emptyList = await secretariat.post(url, { fromCampaignId: earlier.campaignId, respondentIds: [] });
    expect([emptyList.status, emptyList.body.error.field]).toEqual([400, "respondentIds"]);

    const nordjylland = await app.login({ role: "secretariat", regionCode: "1081" });
    expect((await nordjylland.post(url, { fromCampaignId: earlier.campaignId })).status).toBe(404);
    expect((await nordjylland.get(`${url}/sources`)).status).toBe(404);
    const reviewer = await app.login({ role: "reviewer" });
    expect((await reviewer.post(url, { fromCampaignId: earlier.campaignId })).status).toBe(403);
    expect((await reviewer.get(`${url}/sources`)).status).toBe(403);
    const national = await app.login({ role: "national" });
    expect((await national.post(url, { fromCampaignId: earlier.campaignId })).status).toBe(403);
    // nothing was pre-filled by any of these
    expect(await app.db.selectFrom("response_prefills").selectAll().execute()).toEqual([]);
  });

  it("carries what fits the new version, names what it dropped, skips who typed, and tells the respondent", async () => {
    const { secretariat, respondent, app } = world;
    const [m0, m1, m2] = earlier.municipalities as [InvitedLink, InvitedLink, InvitedLink];
    // someone in the later round already typed: never overwritten
    const typed = laterOf(m2);
    expectStatus(await respondent.put(respond(typed.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "Ny enhed" } }), 200);

    const response = await secretariat.post(`/api/campaigns/${later.campaignId}/prefill`, { fromCampaignId: earlier.campaignId });
    expectStatus(response, 200);
    const { prefilled, skipped, fromCampaign } = response.body;
    expect(fromCampaign).toEqual({ id: earlier.campaignId, title: createCampaignBody.title });
    expect(prefilled.map((p: { respondentId: string }) => p.respondentId).sort()).toEqual(
      [laterOf(m0).respondentId, laterOf(m1).respondentId, later.offer.respondentId].sort(),
    );
    const first = prefilled.find((p: { respondentId: string }) => p.respondentId === laterOf(m0).respondentId);
    expect(first.carried).toEqual(expect.arrayContaining(["respondentUnit", "targetGroupCount", "refersToOffers", "cooperationForms", "futureOrganisation"]));
    expect(first.carried).not.toContain("contactRole");
    expect(first.dropped).toEqual(
      expect.arrayContaining([
        { question: "contactRole", title: expect.objectContaining({ da: expect.stringContaining("kontaktperson") }), reason: "removed" },
        { question: "cooperationForms", title: expect.any(Object), reason: "choice-removed" },
      ]),
    );
    const offer = prefilled.find((p: { respondentId: string }) => p.respondentId === later.offer.respondentId);
    expect(offer.dropped).toEqual([]);
    expect(offer.carried).toHaveLength(Object.keys(validTilbudAnswers).length);
    expect(skipped).toContainEqual({ respondentId: typed.respondentId, name: typed.name, reason: "has-answers" });
    expect(skipped.filter((s: { reason: string }) => s.reason === "no-earlier-response")).toHaveLength(later.municipalities.length - 3);

    // the respondent sees the carried answers and the notice; the dropped choice is gone, the other kept
    const page = await respondent.get(respond(laterOf(m0).token));
    expectStatus(page, 200);
    expect(page.body.response).toMatchObject({ revision: 1, status: "draft" });
    expect(page.body.response.answers).toMatchObject({ respondentUnit: validKommuneAnswers.respondentUnit, cooperationForms: ["offers"] });
    expect(page.body.response.answers).not.toHaveProperty("contactRole");
    expect(page.body.prefill).toMatchObject({
      fromCampaignTitle: createCampaignBody.title,
      carried: first.carried,
      dropped: first.dropped,
    });
    const typedPage = await respondent.get(respond(typed.token));
    expect(typedPage.body.prefill).toBeNull();
    expect(typedPage.body.response.answers).toEqual({ respondentUnit: "Ny enhed" });
    // a draft was taken when nothing was submitted
    expect((await respondent.get(respond(laterOf(m1).token))).body.response.answers).toEqual({ respondentUnit: "Børn og Unge" });

    // the history shows the pre-fill as the secretariat's revision; the audit log has one entry per pre-fill
    const detail = await secretariat.get(`/api/campaigns/${later.campaignId}/responses/${laterOf(m0).respondentId}`);
    expectStatus(detail, 200);
    expect(detail.body.revisions).toEqual([expect.objectContaining({ revision: 1, baseRevision: 0, kind: "prefill", author: expect.objectContaining({ kind: "user" }) })]);
    expect((await auditActions(app, later.campaignId)).filter((a) => a === "response.prefilled")).toHaveLength(3);
    const stored = await app.db.selectFrom("response_prefills").selectAll().execute();
    expect(stored).toHaveLength(3);
    expect(stored.every((row) => row.from_campaign_id === earlier.campaignId && row.revision === 1)).toBe(true);

    // the respondent works on from the pre-filled revision, and the notice stays: it is history
    expectStatus(await respondent.put(respond(laterOf(m0).token, "/answers"), { baseRevision: 1, answers: { ...page.body.response.answers, contactEmail: "social@example.dk" } }), 200);
    expect((await respondent.get(respond(laterOf(m0).token))).body.prefill).toMatchObject({ fromCampaignTitle: createCampaignBody.title });

    // a second pre-fill changes nothing: those pre-filled have answers now
    const again = await secretariat.post(`/api/campaigns/${later.campaignId}/prefill`, { fromCampaignId: earlier.campaignId });
    expectStatus(again, 200);
    expect(again.body.prefilled).toEqual([]);
    expect(again.body.skipped.filter((s: { reason: string }) => s.reason === "has-answers")).toHaveLength(4);
    expect(await app.db.selectFrom("response_prefills").selectAll().execute()).toHaveLength(3);
  });

  it("pre-fills only the respondents asked for", async () => {
    const { secretariat, app } = world;
    const m3 = earlier.municipalities[3]!;
    // m3 answers in the first round only now; the later round's m3 is still untouched
    expectStatus(await world.respondent.put(respond(m3.token, "/answers"), { baseRevision: 0, answers: { respondentUnit: "Sent svar" } }), 200);
    const target = laterOf(m3);
    const response = await secretariat.post(`/api/campaigns/${later.campaignId}/prefill`, { fromCampaignId: earlier.campaignId, respondentIds: [target.respondentId] });
    expectStatus(response, 200);
    expect(response.body).toMatchObject({ prefilled: [{ respondentId: target.respondentId, carried: ["respondentUnit"], dropped: [] }], skipped: [] });
    expect(await app.db.selectFrom("response_prefills").selectAll().execute()).toHaveLength(4);
  });

  it("refuses a closed campaign", async () => {
    const { secretariat } = world;
    expectStatus(await secretariat.post(`/api/campaigns/${later.campaignId}/status`, { status: "closed" }), 200);
    const response = await secretariat.post(`/api/campaigns/${later.campaignId}/prefill`, { fromCampaignId: earlier.campaignId });
    expect(response.status).toBe(409);
    expectStatus(await secretariat.post(`/api/campaigns/${later.campaignId}/status`, { status: "open" }), 200);
  });
});
