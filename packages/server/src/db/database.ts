import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from "kysely";
import pg from "pg";
import { openNodeSqlite, prefersNodeSqlite } from "./node-sqlite-database.js";
import type { Database } from "./tables.js";

// Loaded only where it is used, so Node 24 (which uses node:sqlite) never loads the native addon.
const require = createRequire(import.meta.url);

export type DialectName = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

/** Where the data lives: parsed from DATABASE_URL by the config. */
export type DatabaseLocation = { dialect: "sqlite"; path: string } | { dialect: "postgres"; url: string };

export function openDatabase(location: DatabaseLocation): DatabaseHandle {
  if (location.dialect === "sqlite") {
    if (location.path !== ":memory:") mkdirSync(dirname(location.path), { recursive: true });
    const sqlite = openSqliteFile(location.path);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: "sqlite", close: () => db.destroy() };
  }
  // Answers and timestamps are text; int8 counts come back as strings from pg unless parsed.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
  const pool = new pg.Pool({ connectionString: location.url, max: 10 });
  // An idle connection that dies (a server restart, a dropped database) must not crash the process: the pool
  // replaces it and the next query reports the problem to its caller.
  pool.on("error", (error) => console.warn(`[postgres] idle connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}

/** A SQLite file through the driver this runtime uses (better-sqlite3 on Node 20 and 22, node:sqlite on Node 24). */
export function openSqliteFile(path: string): SqliteDatabase {
  const sqlite = prefersNodeSqlite()
    ? openNodeSqlite(path)
    : new (require("better-sqlite3") as typeof BetterSqlite3)(path);
  // WAL lets readers go on while one writer commits; busy_timeout makes a second writer wait instead of failing.
  sqlite.exec("pragma journal_mode = WAL; pragma busy_timeout = 5000; pragma foreign_keys = ON;");
  return sqlite;
}
