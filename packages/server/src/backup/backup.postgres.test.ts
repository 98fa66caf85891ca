import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { runCli } from "../cli.js";
import { openDatabase, type DatabaseHandle } from "../db/database.js";
import { dialects } from "../test-support/dialects.js";
import { readTables } from "../test-support/table-snapshot.js";
import { expectAcknowledgedSavesIn, expectSnapshotOfLive, startAutosaves } from "./backup-test-kit.js";

// Issue 14, item 6 on PostgreSQL: `cli backup` (pg_dump) while the server takes autosaves, `cli restore`
// (pg_restore) into a new database of the throw-away cluster, compared table by table.

function cli(args: string[], databaseUrl: string) {
  const out: string[] = [];
  const err: string[] = [];
  return runCli(args, { DATABASE_URL: databaseUrl, PATH: process.env.PATH }, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

/** The URL of another database on the test cluster. */
function databaseUrl(name: string): string {
  const url = new URL(inject("postgresUrl")!);
  url.pathname = `/${name}`;
  return url.toString();
}

describe.runIf(dialects.includes("postgres"))("backup and restore on PostgreSQL", () => {
  let world: CampaignWorld | undefined;
  let dir: string;
  let admin: DatabaseHandle;
  const created: string[] = [];

  async function emptyDatabase(): Promise<string> {
    const name = `afrapport_restore_${randomBytes(5).toString("hex")}`;
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    created.push(name);
    return name;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "afrapport-pg-backup-"));
    admin = openDatabase({ dialect: "postgres", url: inject("postgresUrl")! });
  });
  afterEach(async () => {
    await world?.app.close();
    world = undefined;
    for (const name of created.splice(0)) await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("backs up with pg_dump while autosaves run and restores the state of that moment, table by table", async () => {
    world = await startCampaignWorld("postgres");
    const current = await sql<{ name: string }>`select current_database() as name`.execute(world.app.db);
    const live = databaseUrl(current.rows[0]!.name);
    const load = startAutosaves(world, 6);
    await load.waitFor(30);
    const acknowledgedBefore = load.revisions();
    const backup = await cli(["backup", "--to", join(dir, "under-load.dump")], live);
    await load.waitFor(30);
    await load.stop();
    expect(backup, backup.err).toMatchObject({ code: 0, out: expect.stringMatching(/pg_dump custom format/) });

    const target = databaseUrl(await emptyDatabase());
    const restore = await cli(["restore", "--from", join(dir, "under-load.dump")], target);
    expect(restore, restore.err).toMatchObject({ code: 0 });
    const restored = openDatabase({ dialect: "postgres", url: target });
    try {
      expectSnapshotOfLive(await readTables(world.app.db), await readTables(restored.db));
      await expectAcknowledgedSavesIn(restored.db, acknowledgedBefore);
    } finally {
      await restored.close();
    }

    // Quiet: the restore equals the live database in every table; over a database with users only with --force.
    expect((await cli(["backup", "--to", join(dir, "quiet.dump")], live)).code).toBe(0);
    const refused = await cli(["restore", "--from", join(dir, "quiet.dump")], target);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/the PostgreSQL database already holds data \(1 user\); restore would replace it/);
    const forced = await cli(["restore", "--from", join(dir, "quiet.dump"), "--force"], target);
    expect(forced.code, forced.err).toBe(0);
    const again = openDatabase({ dialect: "postgres", url: target });
    try {
      expect(await readTables(again.db)).toEqual(await readTables(world.app.db));
    } finally {
      await again.close();
    }
  });

  it("refuses a file that is not a dump, in one transaction that changes nothing", async () => {
    const name = await emptyDatabase();
    writeFileSync(join(dir, "garbage.dump"), "not a dump at all");
    const result = await cli(["restore", "--from", join(dir, "garbage.dump")], databaseUrl(name));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Error: pg_restore failed \(exit 1\): .*(not appear to be a valid archive|input file is too short)/);
    const handle = openDatabase({ dialect: "postgres", url: databaseUrl(name) });
    try {
      expect(await readTables(handle.db)).toEqual({});
    } finally {
      await handle.close();
    }
  });
});
