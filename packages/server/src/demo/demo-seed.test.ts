import { validateAnswers, findAnnouncement, findQuestionnaire, kommunerInRegion } from "@afrapport/schema";
import { afterEach, describe, expect, it } from "vitest";
import { testClock } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { demoKommuneAnswers, demoKommuneDraft, seededRandom } from "./demo-answers.js";
import { demoDraftAnnouncement, demoDraftKey } from "./demo-draft.js";
import { demoCampaignTitle, demoLoginEmail, demoOtherUsers, seedDemo } from "./demo-seed.js";

describe("demo answers", () => {
  const questionnaire = findQuestionnaire(findAnnouncement("gravide-rusmiddel")!, "kommune-2019", "1.0.0")!;
  it("are valid for submission for every municipality of the region, and the same every time", () => {
    for (const kommune of kommunerInRegion("1084")) {
      const answers = demoKommuneAnswers(kommune.code, kommune.name);
      const result = validateAnswers(questionnaire, answers, { mode: "submit" });
      expect(result.errors, kommune.name).toEqual([]);
      expect(demoKommuneAnswers(kommune.code, kommune.name)).toEqual(answers);
      expect(validateAnswers(questionnaire, demoKommuneDraft(kommune.code, kommune.name), { mode: "draft" }).ok).toBe(true);
    }
  });
  it("come from a seeded generator", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 5 }, () => a());
    expect(values).toEqual(Array.from({ length: 5 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe.each(dialects)("seedDemo on %s", (dialect) => {
  let app: TestApp;
  afterEach(async () => {
    await app?.close();
  });

  it("seeds a secretariat with a colleague, an admin and a reviewer, an open campaign with 29 municipalities (8 submitted, 3 drafts) and 2 submitted offers (one qualifying), an unfinished announcement with a questionnaire draft, and returns working links", async () => {
    const clock = testClock();
    app = await startTestApp(dialect, { now: clock.now });
    const previous = process.env.AFRAPPORT_DEMO_PASSWORD;
    process.env.AFRAPPORT_DEMO_PASSWORD = "demo-password-for-tests";
    let result;
    try {
      result = await seedDemo({ db: app.db, config: app.config, now: clock.now });
    } finally {
      if (previous === undefined) delete process.env.AFRAPPORT_DEMO_PASSWORD;
      else process.env.AFRAPPORT_DEMO_PASSWORD = previous;
    }
    expect(result.loginEmail).toBe(demoLoginEmail);
    expect(result.password).toBe("demo-password-for-tests");
    expect(result.respondentLinks).toHaveLength(31);
    expect(result.respondentLinks[0]!.url).toMatch(new RegExp(`^${app.baseUrl}/svar/[A-Za-z0-9_-]{43}$`));

    const client = app.client();
    expect((await client.post("/api/auth/login", { email: result.loginEmail, password: result.password })).status).toBe(200);
    const campaigns = await client.get("/api/campaigns");
    expect(campaigns.body.campaigns).toHaveLength(1);
    const campaign = campaigns.body.campaigns[0];
    expect(campaign).toMatchObject({
      title: demoCampaignTitle,
      status: "open",
      regionCode: "1084",
      municipalityQuestionnaire: { key: "kommune-2019" },
      offerQuestionnaire: { key: "tilbud-2019" },
      respondents: { total: 31, submitted: 10, "in-progress": 3, "not-opened": 18, reopened: 0 },
    });
    expect(Date.parse(campaign.deadline)).toBeGreaterThan(clock.now().getTime() + 14 * 24 * 3600 * 1000);

    const token = result.respondentLinks[0]!.url.split("/svar/")[1]!;
    const page = await app.client().get(`/api/respond/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ editable: true, response: { status: "draft", revision: 1 } });

    const report = await client.get(`/api/campaigns/${campaign.id}/report`);
    expect(report.body.municipality.responses).toHaveLength(8);
    // the screening at work: one offer meets every criterion, the other does not
    expect(report.body.offer.responses).toHaveLength(2);
    const screened = report.body.offer.screening.offers as { respondent: { respondentName: string }; result: { verdict: string } }[];
    expect(screened.map((o) => [o.respondent.respondentName, o.result.verdict]).sort()).toEqual(
      [
        ["Døgntilbuddet Solsikken", "highly-specialised"],
        ["Familieambulatoriet, Hvidovre Hospital", "not-highly-specialised"],
      ].sort(),
    );
    const csv = await client.raw(`/api/campaigns/${campaign.id}/export.csv`);
    expect(csv.status).toBe(200);

    // Beside the finished campaign, an announcement still being written: its questionnaire a draft with history
    // and findings left to fix.
    const announcements = (await client.get("/api/announcements")).body.announcements as { id: string; access: string; questionnaires: unknown[]; drafts: { id: string; key: string; revision: number; findings: number }[] }[];
    expect(announcements.map((a) => a.id)).toEqual(expect.arrayContaining(["gravide-rusmiddel", demoDraftAnnouncement.id]));
    const unfinished = announcements.find((a) => a.id === demoDraftAnnouncement.id)!;
    expect(unfinished).toMatchObject({ access: "edit", questionnaires: [], drafts: [{ key: demoDraftKey, revision: 3 }] });
    expect(unfinished.drafts[0]!.findings).toBeGreaterThan(0);

    const drafts = await client.get("/api/questionnaires/drafts");
    expect(drafts.body.drafts).toHaveLength(1);
    const draftId = drafts.body.drafts[0].id as string;
    const draft = await client.get(`/api/questionnaires/drafts/${draftId}`);
    expect(draft.body.draft).toMatchObject({ announcementId: demoDraftAnnouncement.id, key: demoDraftKey, revision: 3, regionCode: "1084", access: "edit" });
    expect(draft.body.draft.findings.map((f: { path: string; code: string }) => [f.path, f.code]).sort()).toEqual(
      [
        ["reportSections[2].title.en", "missing-en"],
        ["survey.pages[0].elements[1].columns[1].choices[2].text.en", "missing-en"],
        ["survey.pages[0].elements[2].title.en", "missing-en"],
        ["survey.pages[0].elements[2].aggregation", "missing-aggregation"],
      ].sort(),
    );
    const revisions = await client.get(`/api/questionnaires/drafts/${draftId}/revisions`);
    expect(revisions.body.revisions.map((r: { revision: number; kind: string }) => [r.revision, r.kind])).toEqual([
      [3, "save"],
      [2, "save"],
      [1, "create"],
    ]);
    expect(revisions.body.revisions.every((r: { author: { id: string } | null }) => r.author?.id === client.user?.id)).toBe(true);
    expect((await client.get(`/api/questionnaires/drafts/${draftId}/revisions/2`)).body.content.reportSections).toHaveLength(2);

    // The demo's other people sign in with the same password: the colleague opens the same draft to write with,
    // the admin sees every user, the reviewer is in the campaign's reference group.
    const colleague = app.client();
    expect((await colleague.post("/api/auth/login", { email: "kollega@demo.afrapport.dk", password: result.password })).status).toBe(200);
    expect((await colleague.get(`/api/questionnaires/drafts/${draftId}`)).body.draft).toMatchObject({ access: "edit" });
    const admin = app.client();
    expect((await admin.post("/api/auth/login", { email: "admin@demo.afrapport.dk", password: result.password })).status).toBe(200);
    const users = (await admin.get("/api/users")).body.users as { email: string; role: string }[];
    expect(users.map((u) => [u.email, u.role]).sort()).toEqual(
      [
        [demoLoginEmail, "secretariat"],
        ...demoOtherUsers.map((u) => [u.email, u.role]),
      ].sort(),
    );
    expect(result.otherLogins.map((login) => login.email)).toEqual(demoOtherUsers.map((u) => u.email));
    const reviewers = (await client.get(`/api/campaigns/${campaign.id}/reviewers`)).body.reviewers as { email: string; organisation: string | null }[];
    expect(reviewers).toEqual([expect.objectContaining({ email: "reference@demo.afrapport.dk", organisation: "Københavns Kommune" })]);
    const reviewer = app.client();
    expect((await reviewer.post("/api/auth/login", { email: "reference@demo.afrapport.dk", password: result.password })).status).toBe(200);
    expect((await reviewer.get("/api/campaigns")).body.campaigns).toHaveLength(1);

    // The draft belongs to the demo region: another region's secretariat does not see it.
    const other = await app.login({ role: "secretariat", regionCode: "1081" });
    expect((await other.get("/api/questionnaires/drafts")).body.drafts).toEqual([]);
  });

  it("generates a strong password when none is given", async () => {
    app = await startTestApp(dialect);
    const previous = process.env.AFRAPPORT_DEMO_PASSWORD;
    delete process.env.AFRAPPORT_DEMO_PASSWORD;
    try {
      const result = await seedDemo({ db: app.db, config: app.config });
      expect(result.password.length).toBeGreaterThanOrEqual(20);
    } finally {
      if (previous !== undefined) process.env.AFRAPPORT_DEMO_PASSWORD = previous;
    }
  });
});
