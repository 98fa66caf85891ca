import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { runCli } from "../cli.js";
import { openDatabase } from "../db/database.js";
import { prepareDatabase } from "../prepare-database.js";
import { readTables } from "../test-support/table-snapshot.js";
import { expectAcknowledgedSavesIn, expectSnapshotOfLive, sqliteFileOf, startAutosaves } from "./backup-test-kit.js";
import { integrityProblems } from "./sqlite-backup.js";

// Issue 14, item 6 on SQLite: `cli backup` while the server takes autosaves, `cli restore` into a new database,
// compared table by table; the guards of restore.

function cli(args: string[], databaseUrl: string) {
  const out: string[] = [];
  const err: string[] = [];
  return runCli(args, { DATABASE_URL: databaseUrl }, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

async function restoredContents(path: string) {
  const handle = openDatabase({ dialect: "sqlite", path });
  try {
    return await readTables(handle.db);
  } finally {
    await handle.close();
  }
}

describe("backup and restore on SQLite", () => {
  let world: CampaignWorld | undefined;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "afrapport-backup-"));
  });
  afterEach(async () => {
    await world?.app.close();
    world = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("backs up while autosaves run, and restores the state of that moment, table by table; a quiet backup restores all of it", async () => {
    world = await startCampaignWorld("sqlite");
    const live = `sqlite:${await sqliteFileOf(world.app.db)}`;
    const load = startAutosaves(world, 6);
    await load.waitFor(30);
    const acknowledgedBefore = load.revisions();
    const backup = await cli(["backup", "--to", join(dir, "under-load.sqlite")], live);
    const atBackup = load.acknowledged();
    await load.waitFor(30);
    await load.stop();
    expect(backup, backup.err).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up .* \(\d+ bytes; integrity check ok\)\.$/) });
    expect(atBackup).toBeLessThan(load.acknowledged());
    expect(integrityProblems(join(dir, "under-load.sqlite"))).toEqual([]);

    const restore = await cli(["restore", "--from", join(dir, "under-load.sqlite")], `sqlite:${join(dir, "restored.sqlite")}`);
    expect(restore, restore.err).toMatchObject({ code: 0 });
    expect(integrityProblems(join(dir, "restored.sqlite"))).toEqual([]);
    const liveNow = await readTables(world.app.db);
    expectSnapshotOfLive(liveNow, await restoredContents(join(dir, "restored.sqlite")));
    const restored = openDatabase({ dialect: "sqlite", path: join(dir, "restored.sqlite") });
    try {
      await expectAcknowledgedSavesIn(restored.db, acknowledgedBefore);
    } finally {
      await restored.close();
    }

    // With nothing running, a backup restores to exactly what is live, every table.
    expect((await cli(["backup", "--to", join(dir, "quiet.sqlite")], live)).code).toBe(0);
    expect((await cli(["restore", "--from", join(dir, "quiet.sqlite"), "--force"], `sqlite:${join(dir, "restored.sqlite")}`)).code).toBe(0);
    expect(await restoredContents(join(dir, "restored.sqlite"))).toEqual(await readTables(world.app.db));
  });

  it("keeps a database with users unless --force, and replaces it with --force", async () => {
    const source = join(dir, "source.sqlite");
    const target = join(dir, "target.sqlite");
    for (const [path, email] of [[source, "kilde@example.dk"], [target, "maal@example.dk"]] as const) {
      const result = await cli(["create-user", "--email", email, "--name", "N", "--role", "admin", "--password", "a-long-password-123"], `sqlite:${path}`);
      expect(result.code, result.err).toBe(0);
    }
    expect((await cli(["backup", "--to", join(dir, "b.sqlite")], `sqlite:${source}`)).code).toBe(0);
    const before = await restoredContents(target);
    const refused = await cli(["restore", "--from", join(dir, "b.sqlite")], `sqlite:${target}`);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already holds data \(1 user\); restore would replace it\. Add --force/);
    expect(await restoredContents(target)).toEqual(before);

    const forced = await cli(["restore", "--from", join(dir, "b.sqlite"), "--force"], `sqlite:${target}`);
    expect(forced.code, forced.err).toBe(0);
    const users = await cli(["list-users"], `sqlite:${target}`);
    expect(users.out).toMatch(/^kilde@example\.dk\tadmin/);
    expect(users.out).not.toMatch(/maal@example\.dk/);
  });

  it("refuses to restore over a database a running server has open, changing nothing", async () => {
    const target = join(dir, "in-use.sqlite");
    expect((await cli(["create-user", "--email", "a@example.dk", "--name", "A", "--role", "admin", "--password", "a-long-password-123"], `sqlite:${target}`)).code).toBe(0);
    expect((await cli(["backup", "--to", join(dir, "b.sqlite")], `sqlite:${target}`)).code).toBe(0);
    // the server's connection, writing as it does
    const server = openDatabase({ dialect: "sqlite", path: target });
    try {
      await server.db.updateTable("users").set({ name: "Skrevet af serveren" }).execute();
      const refused = await cli(["restore", "--from", join(dir, "b.sqlite"), "--force"], `sqlite:${target}`);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/open in another process \(is the server running\?\)\. Stop it, then restore\./);
      expect(await server.db.selectFrom("users").select("name").execute()).toEqual([{ name: "Skrevet af serveren" }]);
    } finally {
      await server.close();
    }
    expect((await cli(["restore", "--from", join(dir, "b.sqlite"), "--force"], `sqlite:${target}`)).code).toBe(0);
  });

  it("restores into a database the server has only migrated (no users) without --force", async () => {
    const target = join(dir, "fresh.sqlite");
    const handle = openDatabase({ dialect: "sqlite", path: target });
    await prepareDatabase(handle.db);
    await handle.close();
    const source = join(dir, "source.sqlite");
    expect((await cli(["create-user", "--email", "a@example.dk", "--name", "A", "--role", "admin", "--password", "a-long-password-123"], `sqlite:${source}`)).code).toBe(0);
    expect((await cli(["backup", "--to", join(dir, "b.sqlite")], `sqlite:${source}`)).code).toBe(0);
    expect((await cli(["restore", "--from", join(dir, "b.sqlite")], `sqlite:${target}`)).code).toBe(0);
    expect((await cli(["list-users"], `sqlite:${target}`)).out).toMatch(/^a@example\.dk/);
  });

  it("refuses what is not a sound backup before changing anything: garbage, a damaged file, another SQLite database, no file", async () => {
    const target = join(dir, "target.sqlite");
    expect((await cli(["create-user", "--email", "a@example.dk", "--name", "A", "--role", "admin", "--password", "a-long-password-123"], `sqlite:${target}`)).code).toBe(0);
    const before = await restoredContents(target);

    writeFileSync(join(dir, "garbage.sqlite"), "this is not a database, only text ".repeat(200));
    const garbage = await cli(["restore", "--from", join(dir, "garbage.sqlite"), "--force"], `sqlite:${target}`);
    expect(garbage.code).toBe(1);
    expect(garbage.err).toMatch(/is not a SQLite database/);

    expect((await cli(["backup", "--to", join(dir, "good.sqlite")], `sqlite:${target}`)).code).toBe(0);
    const bytes = readFileSync(join(dir, "good.sqlite"));
    // Scribble over the middle of the file: pages that hold tables and indexes.
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(join(dir, "damaged.sqlite"), bytes);
    const damaged = await cli(["restore", "--from", join(dir, "damaged.sqlite"), "--force"], `sqlite:${target}`);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/failed its integrity check|is not a SQLite database/);

    const other = openDatabase({ dialect: "sqlite", path: join(dir, "other.sqlite") });
    await other.db.schema.createTable("t").addColumn("x", "integer").execute();
    await other.close();
    const foreign = await cli(["restore", "--from", join(dir, "other.sqlite"), "--force"], `sqlite:${target}`);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/not an Afrapport backup/);

    const missing = await cli(["restore", "--from", join(dir, "nothing.sqlite")], `sqlite:${target}`);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/There is no backup at .*nothing\.sqlite\./) });
    expect(await restoredContents(target)).toEqual(before);
    expect(integrityProblems(target)).toEqual([]);
  });

  it("answers --help and refuses bad arguments with exit code 2", async () => {
    const url = `sqlite:${join(dir, "x.sqlite")}`;
    const help = await cli(["backup", "--help"], url);
    expect(help).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: afrapport backup --to FILE\n/) });
    expect((await cli(["restore", "--help"], url)).out).toMatch(/^Usage: afrapport restore --from FILE \[--force\]\n[\s\S]*Stop the server first/);
    expect(await cli(["backup"], url)).toMatchObject({ code: 2, err: expect.stringMatching(/backup needs --to FILE/) });
    expect(await cli(["restore", "--to", "x"], url)).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option '--to'/) });
    expect(await cli(["backup", "--to", join(dir, "x.sqlite")], url)).toMatchObject({ code: 2, err: expect.stringMatching(/--to names the database itself/) });
  });
});
