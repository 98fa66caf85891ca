import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle, type DialectName } from "../db/database.js";
import { prepareDatabase } from "../prepare-database.js";

/**
 * The databases every database test runs on, one list for all (after Kysely's test setup). PostgreSQL is in it
 * when the global setup started or found a server; AFRAPPORT_TEST_DIALECTS narrows it.
 */
const wanted = (process.env.AFRAPPORT_TEST_DIALECTS ?? "sqlite,postgres").split(",");
export const dialects: DialectName[] = (["sqlite", "postgres"] as const).filter(
  (d) => wanted.includes(d) && (d === "sqlite" || inject("postgresUrl") !== null),
);

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and deletes the database. */
  drop(): Promise<void>;
}

/**
 * A new database with the newest schema and the built-in catalogue: a real SQLite file in a temp folder, or a
 * fresh PostgreSQL database. `{ prepare: false }` leaves it empty, for tests of the migrations themselves.
 */
export async function createTestDatabase(dialect: DialectName, options: { prepare?: boolean } = {}): Promise<TestDatabase> {
  const prepare = (db: DatabaseHandle["db"]) => (options.prepare === false ? Promise.resolve() : prepareDatabase(db));
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "afrapport-sqlite-"));
    const handle = openDatabase({ dialect: "sqlite", path: join(dir, "test.sqlite") });
    await prepare(handle.db);
    return {
      ...handle,
      drop: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject("postgresUrl");
  if (adminUrl === null) throw new Error("PostgreSQL is not available for this test run");
  const name = `afrapport_test_${randomBytes(6).toString("hex")}`;
  const admin = openDatabase({ dialect: "postgres", url: adminUrl });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ dialect: "postgres", url: url.toString() });
  await prepare(handle.db);
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}
