import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import {
  addEnglish,
  contentOf,
  createAnnouncement,
  elementNamed,
  importSpiseforstyrrelser,
  publish,
  save,
  spiseforstyrrelser,
  type DraftJson,
} from "./draft-test-kit.js";

// A questionnaire's whole life through the API alone: a secretariat imports a SurveyJS file, fixes what
// validateQuestionnaire finds, publishes 1.0.0, then 1.1.0 and 2.0.0 with the bumps their diffs require, copies the
// announcement for another target group, and runs a round on the copy with answers pre-filled from an earlier one.

describe.each(dialects)("a questionnaire's life through the API on %s", (dialect) => {
  let app: TestApp;
  let secretariat: TestClient;
  let reviewer: TestClient;

  beforeAll(async () => {
    app = await startTestApp(dialect);
    secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    reviewer = await app.login({ role: "reviewer" });
  });
  afterAll(async () => {
    await app?.close();
  });

  const key = "kommune-2026";
  const base = `/api/announcements/${spiseforstyrrelser.id}/questionnaires/${key}/versions`;

  async function newVersionDraft(): Promise<DraftJson> {
    const response = await secretariat.post("/api/questionnaires/drafts", { announcementId: spiseforstyrrelser.id, key, from: {} });
    expect(response.status, response.text).toBe(201);
    return response.body.draft;
  }

  async function preview(draft: DraftJson) {
    const response = await secretariat.get(`/api/questionnaires/drafts/${draft.id}/publish`);
    expect(response.status, response.text).toBe(200);
    return response.body;
  }

  it("imports, fixes, publishes 1.0.0, 1.1.0 and 2.0.0, copies the announcement and pre-fills a round on the copy", async () => {
    await createAnnouncement(secretariat);

    // Import: every text lacks English, and one question carries an aggregation that does not fit it.
    const imported = await importSpiseforstyrrelser(secretariat);
    expect(imported.notes.map((n) => n.code)).toEqual(expect.arrayContaining(["moved-to-draft", "inferred-aggregation", "default-report-section", "missing-translation"]));
    const draft = imported.draft;
    expect(draft.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["missing-en", "aggregation-mismatch"]));
    expect(draft.findings).toContainEqual(expect.objectContaining({ path: "survey.pages[0].elements[2].aggregation", code: "aggregation-mismatch" }));
    expect((await publish(secretariat, draft, "1.0.0")).status).toBe(422);

    // Edit: English first – the aggregation finding remains, at the same path.
    const english = await save(secretariat, draft, addEnglish(contentOf(draft)));
    expect(english.revision).toBe(2);
    expect(english.findings.map((f) => f.code)).toEqual(["aggregation-mismatch"]);
    const fixed = contentOf(english);
    elementNamed(fixed, "tilbudstyper").aggregation = "choiceCounts";
    elementNamed(fixed, "kontaktperson").aggregation = "none";
    const ready = await save(secretariat, english, fixed);
    expect(ready.findings).toEqual([]);

    const first = await preview(ready);
    expect(first).toMatchObject({ previous: null, proposedVersion: "1.0.0", unchanged: false, findings: [] });
    const v1 = await publish(secretariat, ready, "1.0.0");
    expect(v1.status, v1.text).toBe(201);
    expect(v1.body.version).toMatchObject({ id: `${spiseforstyrrelser.id}/${key}@1.0.0`, builtIn: false, questionnaire: { version: "1.0.0", audience: "municipality" } });
    // Any signed-in role reads the published version, and can take it to SurveyJS Creator.
    const read = await reviewer.get(`${base}/1.0.0`);
    expect(read.status, read.text).toBe(200);
    expect(read.body.version.sha256).toBe(v1.body.version.sha256);
    const exported = await reviewer.get(`${base}/1.0.0/surveyjs.json`);
    expect(exported.status).toBe(200);
    expect(exported.body).toMatchObject({ locale: "da", title: { da: "Kommunernes forbrug og behov – unge med svære spiseforstyrrelser" } });

    // 1.1.0: an optional question added is a minor change; a patch bump is refused, naming the version.
    const second = await newVersionDraft();
    expect(second.basedOn).toBe(`${spiseforstyrrelser.id}/${key}@1.0.0`);
    const withQuestion = contentOf(second);
    withQuestion.survey.pages[1]!.elements.push({
      type: "text",
      name: "ventetidUger",
      title: { da: "Gennemsnitlig ventetid i uger", en: "Average waiting time in weeks" },
      inputType: "number",
      aggregation: "sum",
      reportSection: "generelt",
    });
    const added = await save(secretariat, second, withQuestion);
    expect(await preview(added)).toMatchObject({ previous: "1.0.0", requiredBump: "minor", proposedVersion: "1.1.0", unchanged: false, diff: { added: [{ name: "ventetidUger", type: "text" }], breaking: false } });
    const patch = await publish(secretariat, added, "1.0.1");
    expect(patch.status).toBe(400);
    expect(patch.body.error.field).toBe("version");
    expect((await publish(secretariat, added, "1.1.0")).status).toBe(201);

    // 2.0.0: a question removed breaks earlier answers, so it is a major change.
    const third = await newVersionDraft();
    expect(third.basedOn).toBe(`${spiseforstyrrelser.id}/${key}@1.1.0`);
    const withoutQuestion = contentOf(third);
    withoutQuestion.survey.pages[1]!.elements = withoutQuestion.survey.pages[1]!.elements.filter((e) => e.name !== "forventning");
    const removed = await save(secretariat, third, withoutQuestion);
    expect(await preview(removed)).toMatchObject({ previous: "1.1.0", requiredBump: "major", proposedVersion: "2.0.0", diff: { removed: [{ name: "forventning", type: "radiogroup" }], breaking: true } });
    expect((await publish(secretariat, removed, "1.2.0")).status).toBe(400);
    expect((await publish(secretariat, removed, "2.0.0")).status).toBe(201);

    // Round trip through SurveyJS Creator: exported with Afrapport's properties and imported again unchanged, it is
    // recognised as 2.0.0 itself – nothing to publish.
    const roundTrip = await secretariat.get(`${base}/2.0.0/surveyjs.json?afrapport=keep`);
    const reimported = await secretariat.post("/api/questionnaires/drafts/import", { announcementId: spiseforstyrrelser.id, key, audience: "municipality", language: "da", survey: roundTrip.body });
    expect(reimported.status, reimported.text).toBe(201);
    expect(reimported.body.draft.findings).toEqual([]);
    expect(await preview(reimported.body.draft)).toMatchObject({ previous: "2.0.0", unchanged: true });
    expect((await secretariat.delete(`/api/questionnaires/drafts/${reimported.body.draft.id}`)).status).toBe(204);

    const catalogue = await secretariat.get(`/api/announcements/${spiseforstyrrelser.id}`);
    const questionnaire = catalogue.body.announcement.questionnaires.find((q: { key: string }) => q.key === key);
    expect(questionnaire.versions.map((v: { version: string }) => v.version)).toEqual(["2.0.0", "1.1.0", "1.0.0"]);

    // Copy for another target group: its questionnaire comes along as a draft of the latest version.
    const copy = await secretariat.post(`/api/announcements/${spiseforstyrrelser.id}/copy`, {
      id: "boern-spiseforstyrrelser",
      title: { da: "Børn med svære spiseforstyrrelser", en: "Children with severe eating disorders" },
      issued: "2027-02-01",
      targetGroup: { da: "Børn under 15 år med svære spiseforstyrrelser", en: "Children under 15 with severe eating disorders" },
    });
    expect(copy.status, copy.text).toBe(201);
    expect(copy.body.notes).toEqual([]);
    expect(copy.body.announcement).toMatchObject({ id: "boern-spiseforstyrrelser", templateOf: spiseforstyrrelser.id, builtIn: false, questionnaires: [], access: "edit" });
    const [copied] = copy.body.announcement.drafts as { id: string; key: string; basedOn: string; findings: number }[];
    expect(copied).toMatchObject({ key, basedOn: `${spiseforstyrrelser.id}/${key}@2.0.0`, findings: 0 });

    // The copy is a questionnaire of its own: its first version is 1.0.0 again.
    const copiedDraft = (await secretariat.get(`/api/questionnaires/drafts/${copied!.id}`)).body.draft as DraftJson;
    const copiedPreview = await preview(copiedDraft);
    expect(copiedPreview).toMatchObject({ previous: null, proposedVersion: "1.0.0" });
    const copiedV1 = await publish(secretariat, copiedDraft, "1.0.0");
    expect(copiedV1.status, copiedV1.text).toBe(201);
    expect(copiedV1.body.version.id).toBe(`boern-spiseforstyrrelser/${key}@1.0.0`);

    // A round on the first announcement, answered by one municipality …
    const deadline = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
    const round = async (announcementId: string, title: string) => {
      const created = await secretariat.post("/api/campaigns", { announcementId, title, deadline, municipalityQuestionnaire: { key, version: announcementId === spiseforstyrrelser.id ? "2.0.0" : "1.0.0" } });
      expect(created.status, created.text).toBe(201);
      const id = created.body.campaign.id as string;
      expect((await secretariat.post(`/api/campaigns/${id}/status`, { status: "open" })).status).toBe(200);
      const invited = await secretariat.post(`/api/campaigns/${id}/respondents/municipalities`);
      expect(invited.status, invited.text).toBe(201);
      const koebenhavn = (invited.body.invited as { respondent: { id: string; kommuneCode: string }; link: { token: string } }[]).find((i) => i.respondent.kommuneCode === "101")!;
      return { id, koebenhavn };
    };
    const first2027 = await round(spiseforstyrrelser.id, "Spiseforstyrrelser 2027");
    const respondent = app.client();
    const answers = { kontaktperson: "Socialrådgiver", ungePrAar: { "2023": 4, "2024": 6, "2025": 7 }, tilbudstyper: ["doegn", "ambulant"], bemaerkninger: "Ventetiden er for lang." };
    const saved = await respondent.put(`/api/respond/${first2027.koebenhavn.link.token}/answers`, { baseRevision: 0, answers });
    expect(saved.status, saved.text).toBe(200);
    expect((await respondent.post(`/api/respond/${first2027.koebenhavn.link.token}/submit`, { baseRevision: 1 })).status).toBe(200);

    // … and a round on the copy, pre-filled from it: what the copy still asks comes along, the rest is named.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const children = await round("boern-spiseforstyrrelser", "Børn med spiseforstyrrelser 2027");
    const prefill = await secretariat.post(`/api/campaigns/${children.id}/prefill`, { fromCampaignId: first2027.id });
    expect(prefill.status, prefill.text).toBe(200);
    expect(prefill.body.prefilled).toEqual([expect.objectContaining({ respondentId: children.koebenhavn.respondent.id })]);
    const opened = await respondent.get(`/api/respond/${children.koebenhavn.link.token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.response.answers).toMatchObject({ kontaktperson: "Socialrådgiver", ungePrAar: { "2023": 4, "2024": 6, "2025": 7 }, tilbudstyper: ["doegn", "ambulant"] });
    expect(opened.body.prefill).toMatchObject({ fromCampaignTitle: "Spiseforstyrrelser 2027" });
    expect(opened.body.prefill.carried).toEqual(expect.arrayContaining(["kontaktperson", "ungePrAar", "tilbudstyper", "bemaerkninger"]));
  });
});
