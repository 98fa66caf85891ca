import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { seedBuiltInCatalogue } from "./built-in-catalogue.js";

const NOW = new Date("2026-12-04T09:00:00Z");

const newAnnouncement = {
  id: "unge-spiseforstyrrelser",
  title: { da: "Unge med spiseforstyrrelser", en: "Young people with eating disorders" },
  issued: "2026-11-20",
  targetGroup: { da: "Unge 15–25 år", en: "Young people aged 15–25" },
  competences: [{ id: "psykiatri", title: { da: "Psykiatrisk viden", en: "Psychiatric knowledge" } }],
};

describe.each(dialects)("announcement routes on %s", (dialect) => {
  let app: TestApp;
  let secretariat: TestClient;
  let otherRegion: TestClient;
  let admin: TestClient;
  let reviewer: TestClient;
  let national: TestClient;

  beforeAll(async () => {
    app = await startTestApp(dialect, { now: () => NOW });
    // Idempotent, so harmless once the app seeds the catalogue at start by itself.
    await seedBuiltInCatalogue(app.db, NOW);
    secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    otherRegion = await app.login({ role: "secretariat", regionCode: "1083" });
    admin = await app.login({ role: "admin" });
    reviewer = await app.login({ role: "reviewer" });
    national = await app.login({ role: "national" });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function create(client: TestClient, body: Record<string, unknown>) {
    const response = await client.post("/api/announcements", body);
    expect(response.status, response.text).toBe(201);
    return response.body.announcement as { id: string; revision: number; [key: string]: unknown };
  }

  async function auditOf(id: string): Promise<string[]> {
    const rows = await app.db.selectFrom("audit_log").select("action").where("subject_type", "=", "announcement").where("subject_id", "=", id).orderBy("id").execute();
    return rows.map((row) => row.action);
  }

  describe("GET /api/announcements", () => {
    it("lists the built-in announcement with its three questionnaires and their versions (kommune-2019 at 1.1.0 and 1.0.0), frozen, for every role", async () => {
      for (const client of [secretariat, admin, reviewer, national]) {
        const response = await client.get("/api/announcements");
        expect(response.status, response.text).toBe(200);
        const gravide = response.body.announcements.find((a: { id: string }) => a.id === "gravide-rusmiddel");
        expect(gravide).toMatchObject({ builtIn: true, archived: false, templateOf: null, revision: 1, thresholds: { minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 2 } });
        expect(gravide.questionnaires.map((q: { key: string; audience: string; versions: { version: string }[] }) => [q.key, q.audience, q.versions.map((v) => v.version)])).toEqual([
          ["tilbud-2019", "offer", ["1.0.0"]],
          ["kommune-2022", "municipality", ["1.0.0"]],
          ["kommune-2019", "municipality", ["1.1.0", "1.0.0"]],
        ]);
        const version = gravide.questionnaires[1].versions[0];
        expect(version).toMatchObject({ id: "gravide-rusmiddel/kommune-2022@1.0.0", publishedBy: null });
        expect(version.title.da).toMatch(/\S/);
        expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
    });

    it("gives edit access only to admins on a built-in announcement", async () => {
      const access = async (client: TestClient) => (await client.get("/api/announcements/gravide-rusmiddel")).body.announcement.access;
      expect(await access(admin)).toBe("edit");
      expect(await access(secretariat)).toBe("read");
      expect(await access(reviewer)).toBe("read");
      expect(await access(national)).toBe("read");
    });

    it("refuses an unknown archived filter naming the field, and anyone signed out", async () => {
      const bad = await secretariat.get("/api/announcements?archived=maybe");
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe("archived");
      expect((await app.client().get("/api/announcements")).status).toBe(401);
    });

    it("answers 404 for an unknown announcement and 400 for an id that is no slug", async () => {
      const missing = await reviewer.get("/api/announcements/findes-ikke");
      expect(missing.status).toBe(404);
      const bad = await reviewer.get("/api/announcements/Not_A_Slug");
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe("announcementId");
    });
  });

  describe("POST /api/announcements", () => {
    it("creates one in the secretariat's region with the default thresholds, audited, editable only there", async () => {
      const created = await create(secretariat, newAnnouncement);
      expect(created).toMatchObject({
        ...newAnnouncement,
        builtIn: false,
        archived: false,
        revision: 1,
        thresholds: { minCitizensPerYear: 3, minStaff: 2, minExperienceYears: 2 },
        questionnaires: [],
        drafts: [],
        access: "edit",
        createdAt: NOW.toISOString(),
      });
      expect(await auditOf(created.id)).toEqual(["announcement.created"]);
      const row = await app.db.selectFrom("announcements").select(["region_code", "created_by"]).where("id", "=", created.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ region_code: "1084", created_by: secretariat.user!.id });
      expect((await otherRegion.get(`/api/announcements/${created.id}`)).body.announcement.access).toBe("read");
      expect((await admin.get(`/api/announcements/${created.id}`)).body.announcement.access).toBe("edit");
      expect((await reviewer.get(`/api/announcements/${created.id}`)).body.announcement).toMatchObject({ access: "read", drafts: [] });
    });

    it("takes thresholds it is given and the defaults for the rest", async () => {
      const created = await create(admin, { ...newAnnouncement, id: "med-taerskler", thresholds: { minStaff: 4 } });
      expect(created.thresholds).toEqual({ minCitizensPerYear: 3, minStaff: 4, minExperienceYears: 2 });
      // made by an admin: no region owns it, so every secretariat may edit it
      expect((await otherRegion.get("/api/announcements/med-taerskler")).body.announcement.access).toBe("edit");
    });

    it("refuses a taken id with 409 naming the field", async () => {
      const response = await otherRegion.post("/api/announcements", { ...newAnnouncement, id: "gravide-rusmiddel" });
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: "already_exists", field: "id" });
    });

    it.each([
      ["an id that is no slug", { id: "Unge Spise" }, "id"],
      ["an id too long", { id: "a".repeat(81) }, "id"],
      ["a missing Danish title", { title: { en: "Only English" } }, "title.da"],
      ["a blank Danish title", { title: { da: "  ", en: "Blank" } }, "title.da"],
      ["a missing English target group", { targetGroup: { da: "Unge" } }, "targetGroup.en"],
      ["an issued date that is no date", { issued: "20.11.2026" }, "issued"],
      ["no competences", { competences: [] }, "competences"],
      ["a competence id that is no slug", { competences: [{ id: "Psyk iatri", title: { da: "a", en: "b" } }] }, "competences.0.id"],
      [
        "a competence id used twice",
        { competences: [newAnnouncement.competences[0], { id: "andet", title: { da: "a", en: "b" } }, newAnnouncement.competences[0]] },
        "competences.2.id",
      ],
      ["a negative threshold", { thresholds: { minStaff: -1 } }, "thresholds.minStaff"],
      ["a threshold out of range", { thresholds: { minExperienceYears: 300 } }, "thresholds.minExperienceYears"],
      ["a threshold that is no number", { thresholds: { minCitizensPerYear: "3" } }, "thresholds.minCitizensPerYear"],
      ["an unknown threshold", { thresholds: { minBudget: 1 } }, "thresholds.minBudget"],
      ["an unknown field", { colour: "red" }, "colour"],
    ])("refuses %s with 400 naming the field, creating nothing", async (_name, change, field) => {
      const body = { ...newAnnouncement, id: "afvist", ...change };
      const response = await secretariat.post("/api/announcements", body);
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.field).toBe(field);
      expect(await app.db.selectFrom("announcements").select("id").where("id", "=", String(body.id)).executeTakeFirst()).toBeUndefined();
    });

    it("refuses reviewers and national readers", async () => {
      for (const client of [reviewer, national]) {
        const response = await client.post("/api/announcements", { ...newAnnouncement, id: "ikke-min" });
        expect(response.status).toBe(403);
      }
    });
  });

  describe("PATCH /api/announcements/:id", () => {
    it("edits title, target group, competences and thresholds on the current revision, audited", async () => {
      const created = await create(secretariat, { ...newAnnouncement, id: "rettes" });
      const response = await secretariat.patch("/api/announcements/rettes", {
        baseRevision: 1,
        title: { da: "Rettet titel", en: "Edited title" },
        issued: "2026-12-01",
        targetGroup: { da: "Unge 18–25 år", en: "Young people aged 18–25" },
        competences: [...newAnnouncement.competences, { id: "familie", title: { da: "Familiearbejde", en: "Family work" } }],
        thresholds: { minCitizensPerYear: 5 },
      });
      expect(response.status, response.text).toBe(200);
      expect(response.body.announcement).toMatchObject({
        title: { da: "Rettet titel" },
        issued: "2026-12-01",
        targetGroup: { da: "Unge 18–25 år" },
        revision: created.revision + 1,
        thresholds: { minCitizensPerYear: 5, minStaff: 2, minExperienceYears: 2 },
      });
      expect(response.body.announcement.competences.map((c: { id: string }) => c.id)).toEqual(["psykiatri", "familie"]);
      const row = await app.db.selectFrom("announcements").select(["updated_by", "updated_at"]).where("id", "=", "rettes").executeTakeFirstOrThrow();
      expect(row).toEqual({ updated_by: secretariat.user!.id, updated_at: NOW.toISOString() });
      expect(await auditOf("rettes")).toEqual(["announcement.created", "announcement.updated"]);
    });

    it("makes no new revision when nothing changes", async () => {
      await create(secretariat, { ...newAnnouncement, id: "uaendret" });
      const response = await secretariat.patch("/api/announcements/uaendret", { baseRevision: 1, title: newAnnouncement.title });
      expect(response.status).toBe(200);
      expect(response.body.announcement.revision).toBe(1);
      expect(await auditOf("uaendret")).toEqual(["announcement.created"]);
    });

    it("refuses a stale revision with 409 and the current announcement, changing nothing", async () => {
      await create(secretariat, { ...newAnnouncement, id: "samtidig" });
      expect((await admin.patch("/api/announcements/samtidig", { baseRevision: 1, issued: "2026-12-02" })).status).toBe(200);
      const response = await secretariat.patch("/api/announcements/samtidig", { baseRevision: 1, title: { da: "Min", en: "Mine" } });
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: "stale_revision", field: "baseRevision" });
      expect(response.body.current).toMatchObject({ id: "samtidig", revision: 2, issued: "2026-12-02", title: newAnnouncement.title });
    });

    it("archives and unarchives: hidden from the default list, still readable, listed on request", async () => {
      await create(secretariat, { ...newAnnouncement, id: "arkiveres" });
      const archived = await secretariat.patch("/api/announcements/arkiveres", { baseRevision: 1, archived: true });
      expect(archived.status, archived.text).toBe(200);
      expect(archived.body.announcement).toMatchObject({ archived: true, revision: 2 });
      const ids = async (query: string) => (await reviewer.get(`/api/announcements${query}`)).body.announcements.map((a: { id: string }) => a.id) as string[];
      expect(await ids("")).not.toContain("arkiveres");
      expect(await ids("?archived=include")).toContain("arkiveres");
      expect(await ids("?archived=only")).toEqual(["arkiveres"]);
      expect((await national.get("/api/announcements/arkiveres")).body.announcement.archived).toBe(true);
      const back = await secretariat.patch("/api/announcements/arkiveres", { baseRevision: 2, archived: false });
      expect(back.body.announcement).toMatchObject({ archived: false, revision: 3 });
      expect(await ids("")).toContain("arkiveres");
      expect(await auditOf("arkiveres")).toEqual(["announcement.created", "announcement.archived", "announcement.unarchived"]);
    });

    it("keeps built-in announcements frozen, even for an admin", async () => {
      for (const client of [admin, secretariat]) {
        const response = await client.patch("/api/announcements/gravide-rusmiddel", { baseRevision: 1, archived: true });
        expect(response.status).toBe(409);
        expect(response.body.error.code).toBe("conflict");
      }
      expect((await admin.get("/api/announcements/gravide-rusmiddel")).body.announcement).toMatchObject({ archived: false, revision: 1 });
    });

    it("refuses another region's secretariat, reviewers and national readers", async () => {
      await create(secretariat, { ...newAnnouncement, id: "min-region" });
      const other = await otherRegion.patch("/api/announcements/min-region", { baseRevision: 1, issued: "2026-12-03" });
      expect(other.status).toBe(403);
      for (const client of [reviewer, national]) expect((await client.patch("/api/announcements/min-region", { baseRevision: 1, issued: "2026-12-03" })).status).toBe(403);
      expect((await secretariat.get("/api/announcements/min-region")).body.announcement.revision).toBe(1);
    });

    it.each([
      ["no base revision", { issued: "2026-12-03" }, "baseRevision"],
      ["a negative base revision", { baseRevision: -1 }, "baseRevision"],
      ["a missing Danish title", { baseRevision: 1, title: { en: "x" } }, "title.da"],
      ["no competences", { baseRevision: 1, competences: [] }, "competences"],
      [
        "a competence id used twice",
        { baseRevision: 1, competences: [newAnnouncement.competences[0], newAnnouncement.competences[0]] },
        "competences.1.id",
      ],
      ["a threshold out of range", { baseRevision: 1, thresholds: { minStaff: 5000 } }, "thresholds.minStaff"],
      ["archived that is no boolean", { baseRevision: 1, archived: "yes" }, "archived"],
      ["a field that cannot be edited", { baseRevision: 1, id: "nyt-id" }, "id"],
    ])("refuses %s with 400 naming the field", async (_name, body, field) => {
      const response = await secretariat.patch("/api/announcements/gravide-rusmiddel", body);
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.field).toBe(field);
    });

    it("answers 404 for an unknown announcement", async () => {
      expect((await admin.patch("/api/announcements/findes-ikke", { baseRevision: 1, archived: true })).status).toBe(404);
    });
  });

  describe("questionnaires and drafts in the view", () => {
    it("lists authored versions newest first with their publisher, and drafts only to those who may open them", async () => {
      await create(secretariat, { ...newAnnouncement, id: "med-kladder" });
      for (const [day, version] of ["1.0.0", "1.1.0", "2.0.0"].entries()) {
        await app.db
          .insertInto("questionnaire_versions")
          .values({
            id: `med-kladder/kommune@${version}`,
            announcement_id: "med-kladder",
            key: "kommune",
            version,
            audience: "municipality",
            json: JSON.stringify({ title: { da: `Kommune ${version}`, en: `Municipality ${version}` }, survey: { pages: [] } }),
            sha256: "0".repeat(64),
            built_in: 0,
            published_by: secretariat.user!.id,
            published_at: `2026-12-0${day + 1}T10:00:00.000Z`,
            draft_id: null,
          })
          .execute();
      }
      await app.db
        .insertInto("questionnaire_drafts")
        .values({
          id: "kladde-1",
          announcement_id: "med-kladder",
          key: "tilbud",
          audience: "offer",
          region_code: "1084",
          shared_json: JSON.stringify(["1083"]),
          based_on: null,
          current_revision: 2,
          created_by: secretariat.user!.id,
          created_at: NOW.toISOString(),
          updated_at: NOW.toISOString(),
          closed_at: null,
          published_version_id: null,
        })
        .execute();
      for (const revision of [1, 2]) {
        await app.db
          .insertInto("questionnaire_draft_revisions")
          .values({
            draft_id: "kladde-1",
            revision,
            base_revision: revision - 1 || null,
            kind: revision === 1 ? "create" : "save",
            restored_from: null,
            content_json: JSON.stringify({ audience: "offer", title: { da: `Tilbud rev ${revision}` }, reportSections: [], survey: { pages: [{ name: "p" }] } }),
            content_sha256: "0".repeat(64),
            findings: 3 - revision,
            author: revision === 2 ? otherRegion.user!.id : secretariat.user!.id,
            created_at: NOW.toISOString(),
          })
          .execute();
      }

      const view = (await secretariat.get("/api/announcements/med-kladder")).body.announcement;
      expect(view.questionnaires).toHaveLength(1);
      expect(view.questionnaires[0].versions.map((v: { version: string; title: { da: string } }) => [v.version, v.title.da])).toEqual([
        ["2.0.0", "Kommune 2.0.0"],
        ["1.1.0", "Kommune 1.1.0"],
        ["1.0.0", "Kommune 1.0.0"],
      ]);
      expect(view.questionnaires[0].versions[0].publishedBy).toEqual({ id: secretariat.user!.id, name: expect.any(String) });
      expect(view.drafts).toEqual([
        expect.objectContaining({
          id: "kladde-1",
          key: "tilbud",
          title: { da: "Tilbud rev 2" },
          revision: 2,
          findings: 1,
          regionCode: "1084",
          sharedWith: ["1083"],
          updatedBy: { id: otherRegion.user!.id, name: expect.any(String) },
        }),
      ]);
      const draftIds = async (client: TestClient) => (await client.get("/api/announcements")).body.announcements.find((a: { id: string }) => a.id === "med-kladder").drafts.map((d: { id: string }) => d.id);
      expect(await draftIds(admin)).toEqual(["kladde-1"]);
      expect(await draftIds(otherRegion)).toEqual(["kladde-1"]);
      expect(await draftIds(await app.login({ role: "secretariat", regionCode: "1085" }))).toEqual([]);
      expect(await draftIds(reviewer)).toEqual([]);
      expect(await draftIds(national)).toEqual([]);

      await app.db.updateTable("questionnaire_drafts").set({ closed_at: NOW.toISOString() }).where("id", "=", "kladde-1").execute();
      expect(await draftIds(secretariat)).toEqual([]);
    });
  });
});
