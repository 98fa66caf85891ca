import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./database.js";

// The app's SQLite connection never checkpoints (wal_autocheckpoint = 0); the worker of sqlite-checkpointer.ts does.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function openFile() {
  const dir = mkdtempSync(join(tmpdir(), "afrapport-checkpoint-"));
  dirs.push(dir);
  const path = join(dir, "db.sqlite");
  return { path, handle: openDatabase({ dialect: "sqlite", path }) };
}

const sizeOf = (path: string) => (existsSync(path) ? statSync(path).size : 0);
const megabyte = "x".repeat(1024 * 1024);

describe("checkpoints off the event loop", () => {
  it("copies the log into the database file on the worker, keeps the log small while writes go on, and leaves no log after close", async () => {
    const { path, handle } = openFile();
    const { db } = handle;
    expect((await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db)).rows[0]?.wal_autocheckpoint).toBe(0);
    await sql`create table blobs (id integer primary key, body text not null)`.execute(db);
    let largestLog = 0;
    for (let i = 0; i < 10; i++) {
      await sql`insert into blobs (body) values (${megabyte})`.execute(db);
      largestLog = Math.max(largestLog, sizeOf(`${path}-wal`));
      await new Promise((resolve) => setTimeout(resolve, 350));
    }
    // 10 MB written; the log is reused from its start once the worker has copied it (SQLite's own default, a
    // checkpoint at 1,000 pages, would let it reach 4 MB; with none at all it would hold all 10 MB)
    expect(largestLog).toBeLessThan(4 * 1024 * 1024);
    expect(sizeOf(path)).toBeGreaterThan(9 * 1024 * 1024);
    await handle.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const reopened = openDatabase({ dialect: "sqlite", path });
    try {
      expect((await sql<{ n: number }>`select count(*) as n from blobs`.execute(reopened.db)).rows[0]?.n).toBe(10);
    } finally {
      await reopened.close();
    }
  });
});
