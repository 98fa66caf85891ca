import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { prefersNodeSqlite } from "../db/node-sqlite-database.js";

// better-sqlite3 is loaded only here and only when used, as in database.ts (Node 24 runs on node:sqlite).
const require = createRequire(import.meta.url);

/** The one SQLite call these functions need from either driver. */
interface SqliteConnection {
  prepare(sql: string): { all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
  exec(sql: string): void;
  close(): void;
}

function openConnection(path: string, options: { readonly?: boolean } = {}): SqliteConnection {
  if (prefersNodeSqlite()) {
    const { DatabaseSync } = require("node:sqlite") as { DatabaseSync: new (path: string, options?: { readOnly?: boolean }) => SqliteConnection };
    return new DatabaseSync(path, { readOnly: options.readonly === true });
  }
  const Database = require("better-sqlite3") as typeof BetterSqlite3;
  return new Database(path, { readonly: options.readonly === true, fileMustExist: true }) as unknown as SqliteConnection;
}

export class BackupError extends Error {}

/**
 * A consistent copy of a live SQLite database into `target`, while the server goes on reading and writing: SQLite's
 * online backup API through better-sqlite3 (all pages in one step, so other connections' writes cannot make it start
 * over; in WAL mode it holds only a read snapshot, which blocks no writer). On node:sqlite, `VACUUM INTO`, which
 * also reads one snapshot. The copy is written beside the target and renamed into place once complete and checked,
 * so an interrupted backup never leaves a half file under the name asked for.
 */
export async function backupSqlite(source: string, target: string): Promise<{ bytes: number }> {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(partial, { force: true });
  try {
    if (prefersNodeSqlite()) {
      const db = openConnection(source);
      try {
        db.prepare("vacuum into ?").run(partial);
      } finally {
        db.close();
      }
    } else {
      const Database = require("better-sqlite3") as typeof BetterSqlite3;
      const db = new Database(source, { fileMustExist: true });
      try {
        db.pragma("busy_timeout = 5000");
        await db.backup(partial, { progress: ({ remainingPages }) => Math.max(remainingPages, 1) });
      } finally {
        db.close();
      }
    }
    selfContained(partial);
    const problems = integrityProblems(partial);
    if (problems.length > 0) throw new BackupError(`The copy failed its integrity check: ${problems.slice(0, 3).join("; ")}`);
    fsyncFile(partial);
    renameSync(partial, target);
    fsyncFile(dirname(target));
    return { bytes: statSync(target).size };
  } finally {
    removeWithSidecars(partial);
  }
}

/**
 * Takes a copy out of WAL mode (the copy carries the live database's mode in its header), so that it is one file:
 * opening it later – to check it, or read-only – leaves no -wal and -shm files beside it.
 */
function selfContained(path: string): void {
  const db = openConnection(path);
  try {
    db.exec("pragma journal_mode = delete");
  } finally {
    db.close();
  }
}

function removeWithSidecars(path: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${path}${suffix}`, { force: true });
}

/** `PRAGMA integrity_check` of a file: [] when it says ok, else its findings. */
export function integrityProblems(path: string): string[] {
  const db = openConnection(path, { readonly: true });
  try {
    const rows = db.prepare("pragma integrity_check").all() as Array<{ integrity_check: string }>;
    const findings = rows.map((row) => row.integrity_check);
    return findings.length === 1 && findings[0] === "ok" ? [] : findings;
  } finally {
    db.close();
  }
}

/** How many users the database at `path` has: 0 for a missing file or one without Afrapport's tables. */
export function sqliteUserCount(path: string): number {
  if (!existsSync(path) || statSync(path).size === 0) return 0;
  const db = openConnection(path, { readonly: true });
  try {
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'users'").all();
    if (table.length === 0) return 0;
    const [row] = db.prepare("select count(*) as n from users").all() as Array<{ n: number }>;
    return Number(row?.n ?? 0);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database at `target` (the server must be stopped). The backup is checked first –
 * it opens, passes `PRAGMA integrity_check` and holds Afrapport's tables – then copied beside the target, synced,
 * checked again, and renamed over it. The old database's write-ahead log is checkpointed first, and the restore is
 * refused while another process has the database open.
 */
export function restoreSqlite(backup: string, target: string): void {
  if (!existsSync(backup)) throw new BackupError(`There is no backup at ${backup}.`);
  let problems: string[];
  try {
    problems = integrityProblems(backup);
  } catch (error) {
    throw new BackupError(`${backup} is not a SQLite database (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (problems.length > 0) throw new BackupError(`The backup ${backup} failed its integrity check: ${problems.slice(0, 3).join("; ")}`);
  if (!hasTable(backup, "kysely_migration")) throw new BackupError(`${backup} is a SQLite database but not an Afrapport backup (no migrations table).`);

  const partial = join(dirname(target), `.${basename(target)}.restoring`);
  rmSync(partial, { force: true });
  try {
    const source = openConnection(backup, { readonly: true });
    try {
      source.prepare("vacuum into ?").run(partial);
    } finally {
      source.close();
    }
    selfContained(partial);
    const copied = integrityProblems(partial);
    if (copied.length > 0) throw new BackupError(`The restored copy failed its integrity check: ${copied.slice(0, 3).join("; ")}`);
    fsyncFile(partial);
    if (existsSync(target)) {
      const old = openConnection(target);
      try {
        old.exec("pragma wal_checkpoint(truncate)");
      } finally {
        old.close();
      }
      // The last connection to close removes the write-ahead log and its index. Still there, another process has
      // the database open – a running server, which would go on writing into the file renamed away, and every
      // answer it acknowledged from then on would be lost.
      if (existsSync(`${target}-wal`) || existsSync(`${target}-shm`)) {
        throw new BackupError(`${target} is open in another process (is the server running?). Stop it, then restore.`);
      }
    }
    renameSync(partial, target);
    fsyncFile(dirname(target));
  } finally {
    removeWithSidecars(partial);
  }
}

function hasTable(path: string, name: string): boolean {
  const db = openConnection(path, { readonly: true });
  try {
    return db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").all(name).length > 0;
  } finally {
    db.close();
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
