import { mkdirSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from "kysely";
import pg from "pg";
import { registerCommitSync } from "./group-commit.js";
import { openNodeSqlite, prefersNodeSqlite } from "./node-sqlite-database.js";
import { startCheckpointer } from "./sqlite-checkpointer.js";
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
    const raw = openSqliteFile(location.path);
    const cached = withStatementCache(raw);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
    if (location.path === ":memory:") return { db, dialect: "sqlite", close: () => db.destroy() };
    const walSync = syncer(location.path);
    registerCommitSync(db, walSync.sync, cached);
    raw.exec("pragma wal_autocheckpoint = 0");
    // Should the worker stop, SQLite checkpoints in the commits again rather than let the log grow without end.
    const checkpointer = startCheckpointer(location.path, () => {
      try {
        raw.exec("pragma wal_autocheckpoint = 1000");
      } catch {
        // closed meanwhile: nothing left to checkpoint for
      }
    });
    return {
      db,
      dialect: "sqlite",
      close: async () => {
        await checkpointer.stop();
        await walSync.close();
        await db.destroy();
      },
    };
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
export function openSqliteFile(path: string): SqliteDatabase & { exec(sql: string): void } {
  const sqlite = prefersNodeSqlite()
    ? openNodeSqlite(path)
    : new (require("better-sqlite3") as typeof BetterSqlite3)(path);
  // WAL lets readers go on while one writer commits; busy_timeout makes a second writer wait instead of failing.
  // synchronous = FULL: every commit is on the disk (the WAL fsynced) before it returns, so what a person was told
  // is saved survives a power cut or an OS crash, not only a crash of this process (NORMAL fsyncs only at
  // checkpoints: a power cut could take the last commits back). Set explicitly: builds of SQLite differ in their
  // default for WAL. The grouped writes of writeTransaction (group-commit.ts: autosaves, submissions) commit with
  // NORMAL and have `syncer` below fsync the WAL off the event loop before anyone is answered – as durable, once
  // per group.
  sqlite.exec("pragma journal_mode = WAL; pragma synchronous = FULL; pragma busy_timeout = 5000; pragma foreign_keys = ON;");
  return sqlite;
}

/**
 * Makes what SQLite has written with synchronous = NORMAL durable: an fdatasync of the database's write-ahead log
 * (or of the file itself, were it not in WAL mode), on the libuv thread pool so the event loop goes on meanwhile.
 * That is what synchronous = FULL does at every commit, on the event loop. Syncs asked for while one runs share
 * the next one: it starts after they were asked, so it covers what they wrote. The file stays open between syncs:
 * SQLite keeps the log file (it only truncates and reuses it) while this process has the database open.
 */
function syncer(path: string): { sync(): Promise<void>; close(): Promise<void> } {
  let running: Promise<void> | undefined;
  let waiting: { resolve(): void; reject(error: unknown): void }[] = [];
  let file: Promise<FileHandle> | undefined;
  const syncFile = async () => {
    file ??= open(`${path}-wal`, "r+");
    const opened = file;
    try {
      await (await opened).datasync();
    } catch (error) {
      if (file === opened) file = undefined;
      void opened.then((handle) => handle.close()).catch(() => undefined);
      // no log (not in WAL mode): the database file itself, opened for this sync only, so that a log made later is
      // the one synced then
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      const handle = await open(path, "r+");
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
    }
  };
  const next = (): void => {
    const batch = waiting;
    waiting = [];
    running = syncFile().then(
      () => batch.forEach((w) => w.resolve()),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
    void running.finally(() => {
      running = undefined;
      if (waiting.length > 0) next();
    });
  };
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (running === undefined) next();
      }),
    close: async () => {
      await running;
      const opened = file;
      file = undefined;
      if (opened !== undefined) await (await opened.catch(() => undefined))?.close();
    },
  };
}

/** How many prepared statements are kept; the app's queries are fewer, generated ones (IN lists) come and go. */
export const maxCachedStatements = 500;

/**
 * Keeps the prepared statement of each SQL text for the next query with that text: Kysely prepares every query
 * anew, and preparing (parsing and planning the SQL) costs more than running the small queries of a save. A
 * statement still busy (an iteration not finished) is not handed out twice; a fresh one is prepared instead. The
 * app has far fewer distinct queries than the cache holds; past it, the oldest is dropped.
 */
export function withStatementCache(database: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement & { busy?: boolean }>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached !== undefined && cached.busy !== true) return cached;
      const statement = database.prepare(sql) as SqliteStatement & { busy?: boolean };
      if (cached === undefined) {
        if (statements.size >= maxCachedStatements) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
