import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteFile, withStatementCache } from "./database.js";
import { registerCommitSync, writeTransaction } from "./group-commit.js";
import type { Database } from "./tables.js";

// Group commit is SQLite's; the grouping is what is tested here. PostgreSQL takes the plain transaction.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open() {
  const dir = mkdtempSync(join(tmpdir(), "afrapport-group-commit-"));
  dirs.push(dir);
  const file = join(dir, "db.sqlite");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(openSqliteFile(file)) }) });
  await sql`create table notes (id integer primary key, text text not null unique)`.execute(db);
  // a second connection sees only what is committed
  const reader = openSqliteFile(file);
  const committed = () => (reader.prepare("select text from notes order by id").all([]) as { text: string }[]).map((row) => row.text);
  return { db, committed, close: async () => (reader.close(), await db.destroy()) };
}

const insert = (text: string) => async (trx: Kysely<Database>) => {
  await sql`insert into notes (text) values (${text})`.execute(trx);
  return text;
};

describe("writeTransaction on SQLite", () => {
  it("commits writes that arrive together in one transaction, and settles each only once it is committed", async () => {
    const { db, committed, close } = await open();
    const seen: string[][] = [];
    const writes = ["a", "b", "c"].map((text) =>
      writeTransaction(db, async (trx) => {
        const value = await insert(text)(trx);
        seen.push(committed());
        return value;
      }),
    );
    expect(await Promise.all(writes)).toEqual(["a", "b", "c"]);
    // none was visible to another connection while the batch ran: one commit for the three
    expect(seen).toEqual([[], [], []]);
    expect(committed()).toEqual(["a", "b", "c"]);
    await close();
  });

  it("rolls back a write that throws to its savepoint alone; the others are committed", async () => {
    const { db, committed, close } = await open();
    const results = await Promise.allSettled([
      writeTransaction(db, insert("a")),
      writeTransaction(db, async (trx) => {
        await insert("b")(trx);
        await insert("a")(trx); // a unique violation, after b was written
        return "never";
      }),
      writeTransaction(db, insert("c")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(committed()).toEqual(["a", "c"]);
    await close();
  });

  it("takes writes queued during a commit into the next one", async () => {
    const { db, committed, close } = await open();
    const first = writeTransaction(db, async (trx) => {
      const value = await insert("a")(trx);
      // queued while this batch runs: must not be lost, and not wait for a further write to be flushed
      void later.push(writeTransaction(db, insert("b")));
      return value;
    });
    const later: Promise<string>[] = [];
    await first;
    expect(await Promise.all(later)).toEqual(["b"]);
    expect(committed()).toEqual(["a", "b"]);
    await close();
  });

  it("with a commit sync, settles the writes only once the sync has run, and fails them if it fails", async () => {
    const { db, committed, close } = await open();
    const events: string[] = [];
    let failSync = false;
    registerCommitSync(db, async () => {
      events.push(`sync after ${committed().join(",")}`);
      if (failSync) throw new Error("disk gone");
    });
    const write = writeTransaction(db, insert("a")).then((value) => events.push(`settled ${value}`));
    await write;
    expect(events).toEqual(["sync after a", "settled a"]);
    failSync = true;
    await expect(writeTransaction(db, insert("b"))).rejects.toThrow("disk gone");
    // the sync ran after the commit: b is committed, but its writer was not told it is safe
    expect(committed()).toEqual(["a", "b"]);
    await close();
  });

  it("keeps the results apart: each caller gets its own write's value or error", async () => {
    const { db, close } = await open();
    const values = await Promise.all(Array.from({ length: 20 }, (_, i) => writeTransaction(db, insert(`n${i}`))));
    expect(values).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
    await close();
  });
});
