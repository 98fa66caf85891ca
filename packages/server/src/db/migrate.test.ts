import { Migrator, sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../test-support/dialects.js";
import { migrateToLatest } from "./migrate.js";
import { migrations } from "./migrations/index.js";

describe.each(dialects)("migrations on %s", (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it("creates every table on a fresh database, and a second run changes nothing", async () => {
    database = await createTestDatabase(dialect);
    const tables = (await database.db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual(expect.arrayContaining(["users", "campaigns", "responses", "response_revisions", "audit_log"]));
    const again = await migrateToLatest(database.db);
    expect(again.results).toEqual([]);
  });

  it("refuses a second revision with the same number for one response", async () => {
    database = await createTestDatabase(dialect);
    const db = database.db;
    const now = new Date().toISOString();
    await db.insertInto("users").values({ id: "u1", email: "a@b.dk", name: "A", password_hash: "x", role: "admin", region_code: null, created_at: now, disabled_at: null }).execute();
    await db.insertInto("campaigns").values({ id: "c1", announcement_id: "a", region_code: "1084", title: "t", status: "draft", deadline: now, municipality_version_id: "a/k@1.0.0", offer_version_id: null, created_by: "u1", created_at: now, updated_at: now }).execute();
    await db.insertInto("respondents").values({ id: "p1", campaign_id: "c1", kind: "municipality", kommune_code: "101", name: "København", operator: null, legal_basis: null, contact_name: null, contact_email: null, deadline: null, created_at: now, first_opened_at: null, last_activity_at: null }).execute();
    await db.insertInto("responses").values({ id: "r1", campaign_id: "c1", respondent_id: "p1", questionnaire_key: "k", questionnaire_version: "1.0.0", status: "draft", current_revision: 1, created_at: now, updated_at: now, submitted_at: null }).execute();
    const revision = { response_id: "r1", revision: 1, base_revision: 0, kind: "save" as const, answers_json: "{}", answers_sha256: "x", author: "respondent", created_at: now };
    await db.insertInto("response_revisions").values({ id: "v1", ...revision }).execute();
    await expect(db.insertInto("response_revisions").values({ id: "v2", ...revision }).execute()).rejects.toThrow();
    const count = await db.selectFrom("response_revisions").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it("moves an existing database's campaigns to questionnaire version ids, and back down", async () => {
    database = await createTestDatabase(dialect, { prepare: false });
    const db = database.db as unknown as Kysely<any>;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("2026-11-23-report-workflow")).error).toBeUndefined();
    const now = new Date().toISOString();
    await db.insertInto("users").values({ id: "u1", email: "a@b.dk", name: "A", password_hash: "x", role: "admin", region_code: null, created_at: now, disabled_at: null }).execute();
    const campaign = { announcement_id: "gravide-rusmiddel", region_code: "1084", title: "t", status: "open", deadline: now, created_by: "u1", created_at: now, updated_at: now };
    await db.insertInto("campaigns").values({ ...campaign, id: "c1", municipality_questionnaire: "kommune-2019@1.0.0", offer_questionnaire: "tilbud-2019@1.0.0" }).execute();
    await db.insertInto("campaigns").values({ ...campaign, id: "c2", municipality_questionnaire: "kommune-2022@1.0.0", offer_questionnaire: null }).execute();

    await migrateToLatest(database.db);
    const rows = await database.db.selectFrom("campaigns").select(["id", "municipality_version_id", "offer_version_id"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: "c1", municipality_version_id: "gravide-rusmiddel/kommune-2019@1.0.0", offer_version_id: "gravide-rusmiddel/tilbud-2019@1.0.0" },
      { id: "c2", municipality_version_id: "gravide-rusmiddel/kommune-2022@1.0.0", offer_version_id: null },
    ]);

    // Back to before the catalogue, through every later migration's down.
    expect((await migrator.migrateTo("2026-11-23-report-workflow")).error).toBeUndefined();
    const back = await db.selectFrom("campaigns").select(["id", "municipality_questionnaire", "offer_questionnaire"]).orderBy("id").execute();
    expect(back).toEqual([
      { id: "c1", municipality_questionnaire: "kommune-2019@1.0.0", offer_questionnaire: "tilbud-2019@1.0.0" },
      { id: "c2", municipality_questionnaire: "kommune-2022@1.0.0", offer_questionnaire: null },
    ]);
  });

  it("lists migrations in date order", () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
  });
});
