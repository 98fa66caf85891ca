import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { loadConfig } from "../config.js";
import { openDatabase, type DatabaseLocation } from "../db/database.js";
import { backupPostgres, restorePostgres } from "./postgres-backup.js";
import { BackupError, backupSqlite, restoreSqlite, sqliteUserCount } from "./sqlite-backup.js";

/** What the command line gives these commands: where to write, and exit codes as cli.ts uses them. */
export interface BackupIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const backupHelp = {
  backup: {
    synopsis: "backup --to FILE",
    about: [
      "Writes a consistent copy of the database to FILE while the server runs and writes: SQLite's online",
      "backup (a SQLite file), or pg_dump's custom format for PostgreSQL (pg_dump on PATH or in",
      "/usr/lib/postgresql/*/bin). FILE appears only once complete; an existing FILE is replaced.",
    ],
  },
  restore: {
    synopsis: "restore --from FILE [--force]",
    about: [
      "Replaces the database with a backup. Stop the server first. The backup is checked (SQLite: integrity",
      "check) before anything changes; a database that already has users is kept unless --force is given.",
      "PostgreSQL: pg_restore in one transaction, so a failed restore changes nothing.",
    ],
  },
};

type Parsed = { ok: true; values: Record<string, string | boolean | undefined> } | { ok: false; message: string };

function parse(args: string[], options: Record<string, { type: "string" | "boolean" }>): Parsed {
  try {
    return { ok: true, values: parseArgs({ args, options, strict: true, allowPositionals: false }).values };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

function usageError(io: BackupIo, message: string): number {
  io.err(`Error: ${message}`);
  io.err("Run with --help for usage.");
  return 2;
}

function location(env: NodeJS.ProcessEnv, io: BackupIo): DatabaseLocation | undefined {
  const config = loadConfig(env);
  if (config.ok) return config.config.database;
  io.err("Configuration errors:");
  for (const e of config.errors) io.err(`  ${e}`);
  return undefined;
}

function failed(io: BackupIo, error: unknown): number {
  io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

export async function backupCommand(args: string[], env: NodeJS.ProcessEnv, io: BackupIo, cwd = process.cwd()): Promise<number> {
  const parsed = parse(args, { to: { type: "string" } });
  if (!parsed.ok) return usageError(io, parsed.message);
  if (typeof parsed.values.to !== "string" || parsed.values.to === "") return usageError(io, "backup needs --to FILE.");
  const target = resolve(cwd, parsed.values.to);
  const database = location(env, io);
  if (database === undefined) return 1;
  try {
    if (database.dialect === "sqlite") {
      if (database.path === ":memory:") return usageError(io, "an in-memory database (sqlite::memory:) cannot be backed up.");
      if (resolve(database.path) === target) return usageError(io, "--to names the database itself.");
      const { bytes } = await backupSqlite(database.path, target);
      io.out(`Backed up ${database.path} to ${target} (${bytes} bytes; integrity check ok).`);
    } else {
      const { bytes } = await backupPostgres(database.url, target, env);
      io.out(`Backed up the PostgreSQL database to ${target} (${bytes} bytes, pg_dump custom format).`);
    }
    return 0;
  } catch (error) {
    return failed(io, error);
  }
}

export async function restoreCommand(args: string[], env: NodeJS.ProcessEnv, io: BackupIo, cwd = process.cwd()): Promise<number> {
  const parsed = parse(args, { from: { type: "string" }, force: { type: "boolean" } });
  if (!parsed.ok) return usageError(io, parsed.message);
  if (typeof parsed.values.from !== "string" || parsed.values.from === "") return usageError(io, "restore needs --from FILE.");
  const backup = resolve(cwd, parsed.values.from);
  const force = parsed.values.force === true;
  const database = location(env, io);
  if (database === undefined) return 1;
  if (!existsSync(backup)) return failed(io, new BackupError(`There is no backup at ${backup}.`));
  try {
    if (database.dialect === "sqlite") {
      if (database.path === ":memory:") return usageError(io, "cannot restore into an in-memory database (sqlite::memory:).");
      const users = sqliteUserCount(database.path);
      if (users > 0 && !force) return refuse(io, database.path, users);
      restoreSqlite(backup, database.path);
      io.out(`Restored ${backup} into ${database.path} (integrity check ok).`);
    } else {
      const users = await postgresUserCount(database.url);
      if (users > 0 && !force) return refuse(io, "the PostgreSQL database", users);
      await restorePostgres(database.url, backup, env);
      io.out(`Restored ${backup} into the PostgreSQL database.`);
    }
    return 0;
  } catch (error) {
    return failed(io, error);
  }
}

function refuse(io: BackupIo, where: string, users: number): number {
  io.err(`Error: ${where} already holds data (${users} user${users === 1 ? "" : "s"}); restore would replace it. Add --force to replace it.`);
  return 1;
}

async function postgresUserCount(url: string): Promise<number> {
  const handle = openDatabase({ dialect: "postgres", url });
  try {
    const exists = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name = 'users'`.execute(handle.db);
    if (Number(exists.rows[0]?.n ?? 0) === 0) return 0;
    const count = await sql<{ n: number }>`select count(*)::int as n from users`.execute(handle.db);
    return Number(count.rows[0]?.n ?? 0);
  } finally {
    await handle.close();
  }
}
