import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";
import { recordAudit } from "./audit.service.js";

async function addCampaign(app: TestApp, regionCode: string, createdBy: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await app.db
    .insertInto("campaigns")
    .values({ id, announcement_id: "a", region_code: regionCode, title: `Kampagne ${regionCode}`, status: "open", deadline: now, municipality_version_id: "a/k@1.0.0", offer_version_id: null, created_by: createdBy, created_at: now, updated_at: now })
    .execute();
  return id;
}

describe.each(dialects)("the audit log on %s", (dialect) => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("appends entries and never alters earlier ones", async () => {
    app = await startTestApp(dialect);
    const now = new Date("2026-12-01T10:00:00.000Z");
    await recordAudit(app.db, { actor: "system", action: "test.first", subjectType: "thing", subjectId: "1", details: { a: 1 } }, now);
    const first = await app.db.selectFrom("audit_log").selectAll().execute();
    await app.db.transaction().execute(async (trx) => {
      await recordAudit(trx, { actor: "system", action: "test.second", subjectType: "thing", subjectId: "2" }, now);
    });
    const both = await app.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    expect(both).toHaveLength(2);
    expect(both[0]).toEqual(first[0]);
    expect(both[1]).toMatchObject({ action: "test.second", campaign_id: null, details_json: "{}", at: now.toISOString() });
    expect(Number(both[1]!.id)).toBeGreaterThan(Number(both[0]!.id));
    // An entry rolled back with its transaction is not kept.
    await expect(
      app.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { actor: "system", action: "test.rolled_back", subjectType: "thing", subjectId: "3" }, now);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await app.db.selectFrom("audit_log").selectAll().orderBy("id").execute()).toEqual(both);
  });

  it("has no code that updates or deletes audit entries", () => {
    const root = join(import.meta.dirname, "..");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !path.includes(`${join("db", "migrations")}`)) {
          if (/(updateTable|deleteFrom)\(\s*["']audit_log["']/.test(readFileSync(path, "utf8"))) offenders.push(path);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });

  it("shows an admin every entry and a secretariat only its region's campaigns, newest first, in pages", async () => {
    app = await startTestApp(dialect);
    const admin = await app.login({ role: "admin" });
    const adminId = admin.user!.id;
    const hovedstaden = await addCampaign(app, "1084", adminId);
    const sjaelland = await addCampaign(app, "1085", adminId);
    const at = new Date();
    for (let i = 0; i < 5; i++) {
      await recordAudit(app.db, { actor: adminId, action: `campaign.step${i}`, campaignId: hovedstaden, subjectType: "campaign", subjectId: hovedstaden }, at);
    }
    await recordAudit(app.db, { actor: adminId, action: "campaign.other", campaignId: sjaelland, subjectType: "campaign", subjectId: sjaelland }, at);

    const secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    const page1 = await secretariat.get("/api/audit?limit=3");
    expect(page1.status).toBe(200);
    expect(page1.body.entries.map((e: { action: string }) => e.action)).toEqual(["campaign.step4", "campaign.step3", "campaign.step2"]);
    const page2 = await secretariat.get(`/api/audit?limit=3&before=${page1.body.nextBefore}`);
    expect(page2.body.entries.map((e: { action: string }) => e.action)).toEqual(["campaign.step1", "campaign.step0"]);
    expect(page2.body.nextBefore).toBeNull();
    const foreign = await secretariat.get(`/api/audit?campaignId=${sjaelland}`);
    expect(foreign.body.entries).toEqual([]);

    const all = await admin.get("/api/audit?limit=500");
    const actions = all.body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["campaign.other", "campaign.step0", "auth.login", "user.created"]));
    const filtered = await admin.get(`/api/audit?campaignId=${sjaelland}`);
    expect(filtered.body.entries).toEqual([
      { id: expect.any(Number), at: at.toISOString(), actor: adminId, action: "campaign.other", campaignId: sjaelland, subjectType: "campaign", subjectId: sjaelland, details: {} },
    ]);

    for (const query of ["limit=0", "limit=501", "limit=abc", "before=-1", "sort=asc", "limit=1&limit=2"]) {
      const bad = await admin.get(`/api/audit?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.code).toBe("validation_failed");
    }
  });

  it("exports CSV with a BOM and neutralised formulas, in the secretariat's region only, across pages", async () => {
    app = await startTestApp(dialect);
    const admin = await app.login({ role: "admin" });
    const campaign = await addCampaign(app, "1084", admin.user!.id);
    const other = await addCampaign(app, "1081", admin.user!.id);
    const at = new Date();
    await recordAudit(app.db, { actor: "=HYPERLINK(\"http://evil\")", action: "campaign.renamed", campaignId: campaign, subjectType: "campaign", subjectId: campaign, details: { title: "Æblegrød; ny" } }, at);
    const rows = Array.from({ length: 2100 }, (_, i) => ({
      at: at.toISOString(), actor: "system", action: `bulk.${i}`, campaign_id: campaign, subject_type: "campaign", subject_id: campaign, details_json: "{}",
    }));
    for (let i = 0; i < rows.length; i += 500) await app.db.insertInto("audit_log").values(rows.slice(i, i + 500)).execute();
    await recordAudit(app.db, { actor: "system", action: "campaign.secret", campaignId: other, subjectType: "campaign", subjectId: other }, at);

    const secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    const res = await secretariat.get("/api/audit/export.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain('attachment; filename="audit-log.csv"');
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).split("\r\n");
    expect(lines[0]).toBe("id;at;actor;action;campaignId;subjectType;subjectId;details");
    expect(lines).toHaveLength(1 + 2101 + 1); // header, entries, the empty string after the last CRLF
    expect(res.text).toContain(`;"'=HYPERLINK(""http://evil"")";campaign.renamed;`);
    expect(res.text).toContain(`"{""title"":""Æblegrød; ny""}"`);
    expect(res.text).not.toContain("campaign.secret");
    expect(res.text).not.toContain("auth.login");

    const adminCsv = await admin.get(`/api/audit/export.csv?campaignId=${other}`);
    expect(adminCsv.text).toContain("campaign.secret");
    expect(adminCsv.headers.get("content-disposition")).toContain(`filename="audit-log-${other}.csv"`);
    const national = await app.login({ role: "national" });
    expect((await national.get("/api/audit/export.csv")).status).toBe(403);
  });
});
