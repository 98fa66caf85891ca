import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { auditActions, contentOf, countRows, createAnnouncement, importedAndFixed, publish, save, spiseforstyrrelser, type DraftJson } from "./draft-test-kit.js";

const DRAFTS = "/api/questionnaires/drafts";
const BUILT_IN = "/api/announcements/gravide-rusmiddel/questionnaires/kommune-2019/versions/1.1.0";

describe.each(dialects)("questionnaire versions and drafts on %s", (dialect) => {
  let app: TestApp;
  let secretariat: TestClient;
  let otherRegion: TestClient;
  let admin: TestClient;
  let reviewer: TestClient;
  let national: TestClient;

  beforeAll(async () => {
    app = await startTestApp(dialect);
    secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    otherRegion = await app.login({ role: "secretariat", regionCode: "1083" });
    admin = await app.login({ role: "admin" });
    reviewer = await app.login({ role: "reviewer" });
    national = await app.login({ role: "national" });
    await createAnnouncement(secretariat);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function blank(client = secretariat, body: Record<string, unknown> = {}): Promise<DraftJson> {
    const response = await client.post(DRAFTS, { announcementId: spiseforstyrrelser.id, key: "tilbud-2026", audience: "offer", title: { da: "Tilbud" }, ...body });
    expect(response.status, response.text).toBe(201);
    return response.body.draft;
  }

  async function newVersionOfBuiltIn(client = secretariat): Promise<DraftJson> {
    const response = await client.post(DRAFTS, { announcementId: "gravide-rusmiddel", key: "kommune-2019", from: {} });
    expect(response.status, response.text).toBe(201);
    return response.body.draft;
  }

  describe("published versions", () => {
    it("are read by every signed-in role, built-in ones with no publisher", async () => {
      for (const client of [secretariat, admin, reviewer, national]) {
        const response = await client.get(BUILT_IN);
        expect(response.status, response.text).toBe(200);
        expect(response.body.version).toMatchObject({ id: "gravide-rusmiddel/kommune-2019@1.1.0", builtIn: true, publishedBy: null, questionnaire: { key: "kommune-2019" } });
        expect(response.body.version.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
      expect((await app.client().get(BUILT_IN)).status).toBe(401);
    });

    it("answer 404 for an unknown version and 400 naming a malformed one", async () => {
      expect((await reviewer.get("/api/announcements/gravide-rusmiddel/questionnaires/kommune-2019/versions/9.9.9")).status).toBe(404);
      expect((await reviewer.get("/api/announcements/findes-ikke/questionnaires/kommune-2019/versions/1.0.0")).status).toBe(404);
      const malformed = await reviewer.get("/api/announcements/gravide-rusmiddel/questionnaires/kommune-2019/versions/1.0");
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.field).toBe("version");
    });

    it("export as SurveyJS JSON, a download, without Afrapport's properties unless asked to keep them", async () => {
      const plain = await national.get(`${BUILT_IN}/surveyjs.json`);
      expect(plain.status).toBe(200);
      expect(plain.headers.get("content-disposition")).toContain("gravide-rusmiddel-kommune-2019-1.1.0.surveyjs.json");
      expect(plain.body).toMatchObject({ locale: "da", title: { da: expect.stringContaining("Kommunernes afrapportering") } });
      expect(plain.text).not.toContain('"aggregation"');
      const kept = await national.get(`${BUILT_IN}/surveyjs.json?afrapport=keep`);
      expect(kept.text).toContain('"aggregation"');
      const bad = await national.get(`${BUILT_IN}/surveyjs.json?afrapport=maybe`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe("afrapport");
    });
  });

  describe("creating drafts", () => {
    it("starts a blank questionnaire with one page and one report section in the secretariat's region, audited", async () => {
      const draft = await blank();
      expect(draft).toMatchObject({ announcementId: spiseforstyrrelser.id, key: "tilbud-2026", revision: 1, basedOn: null, regionCode: "1084", sharedWith: [], access: "edit" });
      expect(draft.content.survey.pages).toEqual([{ name: "side1", elements: [] }]);
      expect(draft.content.reportSections).toEqual([{ id: "generelt", title: { da: "Generelt", en: "General" } }]);
      expect(draft.findings).toContainEqual(expect.objectContaining({ path: "title.en", code: "missing-en" }));
      expect(await auditActions(app, draft.id)).toEqual(["draft.created"]);
    });

    it("starts a new version of a built-in questionnaire from its latest version", async () => {
      const draft = await newVersionOfBuiltIn();
      expect(draft.basedOn).toBe("gravide-rusmiddel/kommune-2019@1.1.0");
      const version = (await secretariat.get(BUILT_IN)).body.version.questionnaire;
      expect(draft.content).toEqual({ audience: version.audience, title: version.title, description: version.description, reportSections: version.reportSections, survey: version.survey });
      expect(draft.findings).toEqual([]);
      const named = await secretariat.post(DRAFTS, { announcementId: "gravide-rusmiddel", key: "kommune-2019", from: { version: "1.0.0" } });
      expect(named.status).toBe(201);
    });

    it.each([
      ["no audience for a new questionnaire", { audience: undefined }, 400, "audience"],
      ["an unknown announcement", { announcementId: "findes-ikke" }, 404, "announcementId"],
      ["an unknown field", { colour: "red" }, 400, "colour"],
      ["a key that is not a slug", { key: "Tilbud 2026" }, 400, "key"],
      ["another audience than the published versions'", { announcementId: "gravide-rusmiddel", key: "kommune-2019", audience: "offer" }, 400, "audience"],
      ["a version that does not exist", { announcementId: "gravide-rusmiddel", key: "kommune-2019", audience: undefined, from: { version: "3.0.0" } }, 404, "from.version"],
      ["a new version of a questionnaire never published", { from: {} }, 404, "key"],
    ])("refuses %s, creating nothing", async (_name, change, status, field) => {
      const before = await countRows(app, "questionnaire_drafts");
      const response = await secretariat.post(DRAFTS, { announcementId: spiseforstyrrelser.id, key: "tilbud-2026", audience: "offer", ...change });
      expect(response.status, response.text).toBe(status);
      expect(response.body.error.field).toBe(field);
      expect(await countRows(app, "questionnaire_drafts")).toBe(before);
    });

    it("is for secretariats and admins, on announcements they may edit or built-in ones, and not on archived ones", async () => {
      for (const client of [reviewer, national]) {
        expect((await client.post(DRAFTS, { announcementId: "gravide-rusmiddel", key: "kommune-2019", from: {} })).status).toBe(403);
      }
      const foreign = await otherRegion.post(DRAFTS, { announcementId: spiseforstyrrelser.id, key: "x", audience: "offer" });
      expect(foreign.status).toBe(403);
      expect(foreign.body.error.field).toBe("announcementId");
      expect((await newVersionOfBuiltIn(otherRegion)).regionCode).toBe("1083");
      expect((await newVersionOfBuiltIn(admin)).regionCode).toBeNull();

      await createAnnouncement(secretariat, { ...spiseforstyrrelser, id: "arkiveret" });
      const archived = await secretariat.patch("/api/announcements/arkiveret", { baseRevision: 1, archived: true });
      expect(archived.status, archived.text).toBe(200);
      const refused = await secretariat.post(DRAFTS, { announcementId: "arkiveret", key: "x", audience: "offer" });
      expect(refused.status).toBe(409);
      const imported = await secretariat.post(`${DRAFTS}/import`, { announcementId: "arkiveret", key: "x", audience: "offer", language: "da", survey: { elements: [] } });
      expect(imported.status).toBe(409);
    });
  });

  describe("importing SurveyJS JSON", () => {
    it.each([
      ["text that is not JSON", "{ pages: ", "invalid-json"],
      ["JSON that is not a survey", "[1, 2]", "not-a-survey"],
    ])("answers 422 with the errors for %s, creating nothing", async (_name, survey, code) => {
      const before = await countRows(app, "questionnaire_drafts");
      const response = await secretariat.post(`${DRAFTS}/import`, { announcementId: spiseforstyrrelser.id, key: "import", audience: "municipality", language: "da", survey });
      expect(response.status, response.text).toBe(422);
      expect(response.body.errors).toEqual([expect.objectContaining({ code, path: "survey" })]);
      expect(await countRows(app, "questionnaire_drafts")).toBe(before);
    });

    it("makes a draft whose first revision is the import, with the notes, audited", async () => {
      const response = await secretariat.post(`${DRAFTS}/import`, {
        announcementId: spiseforstyrrelser.id,
        key: "import-tekst",
        audience: "municipality",
        language: "en",
        survey: JSON.stringify({ elements: [{ type: "comment", name: "remarks", title: "Remarks" }] }),
      });
      expect(response.status, response.text).toBe(201);
      expect(response.body.notes).toContainEqual(expect.objectContaining({ code: "wrapped-in-page" }));
      expect(response.body.draft.content.survey.pages[0].elements[0]).toMatchObject({ name: "remarks", title: { en: "Remarks" }, aggregation: "texts" });
      const revisions = await secretariat.get(`${DRAFTS}/${response.body.draft.id}/revisions`);
      expect(revisions.body.revisions.map((r: { kind: string }) => r.kind)).toEqual(["import"]);
      expect(await auditActions(app, response.body.draft.id)).toEqual(["draft.imported"]);
    });

    it("refuses a missing language naming the field", async () => {
      const response = await secretariat.post(`${DRAFTS}/import`, { announcementId: spiseforstyrrelser.id, key: "x", audience: "municipality", survey: {} });
      expect(response.status).toBe(400);
      expect(response.body.error.field).toBe("language");
    });
  });

  describe("who sees drafts", () => {
    it("hides a region's drafts from other regions, reviewers and national readers (404), not from admins", async () => {
      const draft = await blank();
      for (const client of [otherRegion, reviewer, national]) {
        expect((await client.get(`${DRAFTS}/${draft.id}`)).status).toBe(404);
        expect((await client.get(`${DRAFTS}/${draft.id}/revisions`)).status).toBe(404);
        expect((await client.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content: draft.content })).status).toBe(404);
        expect((await client.get(`${DRAFTS}/${draft.id}/publish`)).status).toBe(404);
        const listed = await client.get(DRAFTS);
        expect(listed.body.drafts.map((d: { id: string }) => d.id)).not.toContain(draft.id);
      }
      expect((await admin.get(`${DRAFTS}/${draft.id}`)).status).toBe(200);
      const mine = await secretariat.get(`${DRAFTS}?announcementId=${spiseforstyrrelser.id}`);
      expect(mine.body.drafts).toContainEqual(expect.objectContaining({ id: draft.id, revision: 1, audience: "offer", title: { da: "Tilbud" }, regionCode: "1084" }));
      expect((await secretariat.get(`${DRAFTS}?announcementId=Not_A_Slug`)).status).toBe(400);
    });

    it("lets a region the draft is shared with edit it, but only its own region re-share it", async () => {
      const draft = await blank();
      const shared = await secretariat.put(`${DRAFTS}/${draft.id}/sharing`, { regions: ["1083", "1084", "1083"] });
      expect(shared.status, shared.text).toBe(200);
      expect(shared.body.draft.sharedWith).toEqual(["1083"]);
      const listed = await otherRegion.get(DRAFTS);
      expect(listed.body.drafts.map((d: { id: string }) => d.id)).toContain(draft.id);
      const content = contentOf(draft);
      content.title.en = "Offers";
      const saved = await otherRegion.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content });
      expect(saved.status, saved.text).toBe(200);
      expect(saved.body.draft.updatedBy.id).toBe(otherRegion.user!.id);
      expect((await otherRegion.put(`${DRAFTS}/${draft.id}/sharing`, { regions: [] })).status).toBe(403);
      const bad = await secretariat.put(`${DRAFTS}/${draft.id}/sharing`, { regions: ["9999"] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe("regions.0");
      expect(await auditActions(app, draft.id)).toEqual(["draft.created", "draft.shared", "draft.saved"]);
      // Unshared again, the other region no longer sees it.
      expect((await secretariat.put(`${DRAFTS}/${draft.id}/sharing`, { regions: [] })).status).toBe(200);
      expect((await otherRegion.get(`${DRAFTS}/${draft.id}`)).status).toBe(404);
    });
  });

  describe("saving", () => {
    it("appends a revision on the current one, keeps the draft row up to date, and appends nothing for no change", async () => {
      const draft = await blank();
      const content = contentOf(draft);
      content.title.en = "Offers";
      const saved = await save(secretariat, draft, content);
      expect(saved.revision).toBe(2);
      expect(saved.findings.some((f) => f.path === "title.en")).toBe(false);
      const row = await app.db.selectFrom("questionnaire_drafts").selectAll().where("id", "=", draft.id).executeTakeFirstOrThrow();
      expect(row.current_revision).toBe(2);
      const again = await secretariat.put(`${DRAFTS}/${draft.id}`, { baseRevision: 2, content });
      expect(again.body).toMatchObject({ merged: false, fromTheirs: [], draft: { revision: 2 } });
      expect(await auditActions(app, draft.id)).toEqual(["draft.created", "draft.saved"]);
    });

    it("merges a save on an older revision with what was saved meanwhile", async () => {
      const draft = await blank();
      const theirs = contentOf(draft);
      theirs.title.en = "Offers";
      await save(secretariat, draft, theirs);
      const mine = contentOf(draft);
      mine.survey.pages[0]!.elements.push({ type: "comment", name: "noter", title: { da: "Noter", en: "Notes" }, aggregation: "texts", reportSection: "generelt" });
      const response = await secretariat.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content: mine });
      expect(response.status, response.text).toBe(200);
      expect(response.body).toMatchObject({ merged: true, fromTheirs: ["title.en"], draft: { revision: 3, content: { title: { da: "Tilbud", en: "Offers" } } } });
      expect(response.body.draft.content.survey.pages[0].elements.map((e: { name: string }) => e.name)).toEqual(["noter"]);
      const revisions = await secretariat.get(`${DRAFTS}/${draft.id}/revisions`);
      expect(revisions.body.revisions.map((r: { revision: number; kind: string; baseRevision: number | null }) => [r.revision, r.kind, r.baseRevision])).toEqual([
        [3, "merge", 1],
        [2, "save", 1],
        [1, "create", null],
      ]);
      expect(await auditActions(app, draft.id)).toEqual(["draft.created", "draft.saved", "draft.merged"]);
    });

    it("refuses conflicting edits with 409, the current draft and the conflicts, storing nothing", async () => {
      const draft = await blank();
      const theirs = contentOf(draft);
      theirs.title.da = "Tilbud A";
      await save(secretariat, draft, theirs);
      const mine = contentOf(draft);
      mine.title.da = "Tilbud B";
      const before = await countRows(app, "questionnaire_draft_revisions");
      const response = await secretariat.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content: mine });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe("stale_revision");
      expect(response.body.current).toMatchObject({ revision: 2, content: { title: { da: "Tilbud A" } } });
      expect(response.body.conflicts).toEqual([expect.objectContaining({ path: "title.da" })]);
      expect(await countRows(app, "questionnaire_draft_revisions")).toBe(before);
    });

    it("lets two saves from the same revision at the same moment both land, one merged", async () => {
      const draft = await blank();
      const edit = (name: string) => {
        const content = contentOf(draft);
        content.survey.pages[0]!.elements.push({ type: "comment", name, title: { da: name, en: name }, aggregation: "texts", reportSection: "generelt" });
        return content;
      };
      const [a, b] = await Promise.all([
        secretariat.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content: edit("a") }),
        // An admin: a second person who may edit every draft.
        admin.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content: edit("b") }),
      ]);
      expect([a.status, b.status], a.text + b.text).toEqual([200, 200]);
      expect([a.body.merged, b.body.merged].sort()).toEqual([false, true]);
      const current = await secretariat.get(`${DRAFTS}/${draft.id}`);
      expect(current.body.draft.revision).toBe(3);
      expect(current.body.draft.content.survey.pages[0].elements.map((e: { name: string }) => e.name).sort()).toEqual(["a", "b"]);
    });

    it.each([
      ["a base revision newer than the draft's", { baseRevision: 99 }, 400, "baseRevision"],
      ["another audience", { content: { audience: "municipality" } }, 400, "content.audience"],
      ["a survey without pages", { content: { survey: { pages: [] } } }, 400, "content.survey.pages"],
      ["no report section", { content: { reportSections: [] } }, 400, "content.reportSections"],
      ["an unknown field", { colour: "red" }, 400, "colour"],
    ])("refuses %s, naming the field", async (_name, change, status, field) => {
      const draft = await blank();
      const { content: contentChange, ...rest } = change as { content?: Record<string, unknown> };
      const body = { baseRevision: 1, ...rest, content: { ...draft.content, ...contentChange } };
      const response = await secretariat.put(`${DRAFTS}/${draft.id}`, body);
      expect(response.status, response.text).toBe(status);
      expect(response.body.error.field).toBe(field);
    });

    it("answers 404 for an unknown draft", async () => {
      expect((await secretariat.get(`${DRAFTS}/findes-ikke`)).status).toBe(404);
    });
  });

  describe("history and restore", () => {
    it("shows one revision's content and restores it as a new revision", async () => {
      const draft = await blank();
      const content = contentOf(draft);
      content.title.da = "Tilbud, ny titel";
      const saved = await save(secretariat, draft, content);
      const first = await secretariat.get(`${DRAFTS}/${draft.id}/revisions/1`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ revision: { revision: 1, kind: "create", author: { id: secretariat.user!.id, name: "Test secretariat" } }, content: { title: { da: "Tilbud" } } });
      expect((await secretariat.get(`${DRAFTS}/${draft.id}/revisions/7`)).status).toBe(404);
      expect((await secretariat.get(`${DRAFTS}/${draft.id}/revisions/0`)).status).toBe(400);

      const stale = await secretariat.post(`${DRAFTS}/${draft.id}/restore`, { revision: 1, baseRevision: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.current.revision).toBe(saved.revision);
      expect((await secretariat.post(`${DRAFTS}/${draft.id}/restore`, { revision: 9, baseRevision: saved.revision })).status).toBe(404);

      const restored = await secretariat.post(`${DRAFTS}/${draft.id}/restore`, { revision: 1, baseRevision: saved.revision });
      expect(restored.status, restored.text).toBe(200);
      expect(restored.body.draft).toMatchObject({ revision: 3, content: { title: { da: "Tilbud" } } });
      const revisions = await secretariat.get(`${DRAFTS}/${draft.id}/revisions`);
      expect(revisions.body.revisions[0]).toMatchObject({ revision: 3, kind: "restore", restoredFrom: 1, baseRevision: 2 });
      expect(revisions.body.revisions[0].sha256).toBe(revisions.body.revisions[2].sha256);
      expect(await auditActions(app, draft.id)).toEqual(["draft.created", "draft.saved", "draft.restored"]);
    });
  });

  describe("discarding", () => {
    it("closes the draft: it leaves the listings, stays readable, and refuses further changes", async () => {
      const draft = await blank();
      const discarded = await secretariat.delete(`${DRAFTS}/${draft.id}`);
      expect(discarded.status).toBe(204);
      expect((await secretariat.get(DRAFTS)).body.drafts.map((d: { id: string }) => d.id)).not.toContain(draft.id);
      expect((await secretariat.get(`${DRAFTS}/${draft.id}`)).body.draft.access).toBe("read");
      const saved = await secretariat.put(`${DRAFTS}/${draft.id}`, { baseRevision: 1, content: draft.content });
      expect(saved.status).toBe(409);
      expect(saved.body.current.access).toBe("read");
      expect((await secretariat.delete(`${DRAFTS}/${draft.id}`)).status).toBe(409);
      expect((await secretariat.put(`${DRAFTS}/${draft.id}/sharing`, { regions: ["1083"] })).status).toBe(409);
      expect((await publish(secretariat, draft, "1.0.0")).status).toBe(409);
      expect(await auditActions(app, draft.id)).toEqual(["draft.created", "draft.discarded"]);
    });
  });

  describe("publishing", () => {
    it("refuses unchanged content, findings, a stale revision, an existing or lower version and too small a bump", async () => {
      const draft = await newVersionOfBuiltIn();
      const unchanged = await secretariat.get(`${DRAFTS}/${draft.id}/publish`);
      expect(unchanged.body).toMatchObject({ previous: "1.1.0", requiredBump: "none", unchanged: true, findings: [] });
      const refusedUnchanged = await publish(secretariat, draft, "1.1.1");
      expect(refusedUnchanged.status).toBe(409);

      // A finding: a question without English.
      const broken = contentOf(draft);
      (broken.survey.pages[0]!.elements[0]!.title as Record<string, string>).en = "";
      const withFinding = await save(secretariat, draft, broken);
      const refusedFindings = await publish(secretariat, withFinding, "1.1.1");
      expect(refusedFindings.status).toBe(422);
      expect(refusedFindings.body.findings).toEqual([expect.objectContaining({ path: "survey.pages[0].elements[0].title.en", code: "missing-en" })]);

      // Reworded: a patch.
      const reworded = contentOf(draft);
      (reworded.survey.pages[0]!.elements[0]!.title as Record<string, string>).en = "Which unit answers?";
      const ready = await save(secretariat, withFinding, reworded);
      const preview = await secretariat.get(`${DRAFTS}/${draft.id}/publish`);
      expect(preview.body).toMatchObject({ previous: "1.1.0", requiredBump: "patch", proposedVersion: "1.1.1", unchanged: false, diff: { breaking: false } });

      expect((await publish(secretariat, { id: draft.id, revision: ready.revision - 1 }, "1.1.1")).status).toBe(409);
      const existing = await publish(secretariat, ready, "1.1.0");
      expect(existing.status).toBe(409);
      expect(existing.body.error.field).toBe("version");
      const lower = await publish(secretariat, ready, "1.0.5");
      expect(lower.status).toBe(400);
      expect(lower.body.error.field).toBe("version");
      const malformed = await publish(secretariat, ready, "v1.1.1");
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.field).toBe("version");
      expect(await countRows(app, "questionnaire_versions")).toBe(4);

      // A minor bump where a patch would do is fine.
      const published = await publish(secretariat, ready, "1.2.0");
      expect(published.status, published.text).toBe(201);
      expect(published.body.version).toMatchObject({ id: "gravide-rusmiddel/kommune-2019@1.2.0", builtIn: false, publishedBy: { id: secretariat.user!.id, name: "Test secretariat" } });
      const row = await app.db.selectFrom("questionnaire_versions").selectAll().where("id", "=", "gravide-rusmiddel/kommune-2019@1.2.0").executeTakeFirstOrThrow();
      expect(row).toMatchObject({ draft_id: draft.id, published_by: secretariat.user!.id, sha256: published.body.version.sha256 });
      expect(JSON.parse(row.json)).toEqual(published.body.version.questionnaire);
      const closed = await app.db.selectFrom("questionnaire_drafts").selectAll().where("id", "=", draft.id).executeTakeFirstOrThrow();
      expect(closed).toMatchObject({ published_version_id: row.id });
      expect(closed.closed_at).not.toBeNull();
      expect(await auditActions(app, row.id)).toEqual(["questionnaire.published"]);

      // Published once: the draft is history, and the next new version starts from 1.2.0.
      expect((await publish(secretariat, ready, "1.3.0")).status).toBe(409);
      expect((await newVersionOfBuiltIn()).basedOn).toBe("gravide-rusmiddel/kommune-2019@1.2.0");
      expect((await reviewer.get("/api/announcements/gravide-rusmiddel/questionnaires/kommune-2019/versions/1.2.0")).status).toBe(200);
    });

    it("publishes a first version as 1.0.0 by default, or any version", async () => {
      const draft = await importedAndFixed(secretariat, spiseforstyrrelser.id, "kommune-proeve");
      const preview = await secretariat.get(`${DRAFTS}/${draft.id}/publish`);
      expect(preview.body).toMatchObject({ previous: null, requiredBump: "none", proposedVersion: "1.0.0", diff: null, unchanged: false });
      const published = await publish(secretariat, draft, "0.1.0");
      expect(published.status, published.text).toBe(201);
    });

    it("is not for the other roles", async () => {
      const draft = await blank();
      expect((await reviewer.post(`${DRAFTS}/${draft.id}/publish`, { version: "1.0.0", baseRevision: 1 })).status).toBe(404);
    });
  });
});
