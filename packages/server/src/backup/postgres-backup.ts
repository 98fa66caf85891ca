import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { BackupError } from "./sqlite-backup.js";

/**
 * pg_dump and pg_restore: on PATH, or in /usr/lib/postgresql/<version>/bin (Debian and Ubuntu keep them there), the
 * newest version first – pg_dump must be at least as new as the server.
 */
export function findPostgresTool(tool: "pg_dump" | "pg_restore", env: NodeJS.ProcessEnv = process.env, root = "/usr/lib/postgresql"): string {
  const versioned = existsSync(root)
    ? readdirSync(root)
        .filter((version) => /^\d+(\.\d+)?$/.test(version))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
        .map((version) => join(root, version, "bin", tool))
    : [];
  const onPath = (env.PATH ?? "").split(":").filter((dir) => dir !== "").map((dir) => join(dir, tool));
  const found = [...versioned, ...onPath].find((candidate) => existsSync(candidate));
  if (found === undefined) throw new BackupError(`${tool} was not found on PATH nor in ${root}/*/bin; install the PostgreSQL client tools.`);
  return found;
}

/**
 * The URL for `--dbname` without its password, and the password for PGPASSWORD: a command line is visible to every
 * user of the machine (ps, /proc), the environment of a process only to its owner.
 */
export function withoutPassword(url: string): { url: string; password: string | undefined } {
  const parsed = new URL(url);
  if (parsed.password === "") return { url, password: undefined };
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), password };
}

/** Runs a tool against the database at `url` (its password in PGPASSWORD); rejects with its stderr on failure. */
function run(command: string, args: string[], url: string): Promise<void> {
  const target = withoutPassword(url);
  return new Promise((resolve, reject) => {
    const child = spawn(command, [`--dbname=${target.url}`, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      env: target.password === undefined ? process.env : { ...process.env, PGPASSWORD: target.password },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => reject(new BackupError(`${basename(command)} could not start: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${basename(command)} failed (exit ${code}): ${stderr.trim().split("\n").slice(0, 5).join(" ")}`));
    });
  });
}

/**
 * pg_dump in its custom format: one consistent snapshot (a repeatable-read transaction), taken while the server
 * runs. Written beside the target and renamed when complete.
 */
export async function backupPostgres(url: string, target: string, env: NodeJS.ProcessEnv = process.env): Promise<{ bytes: number }> {
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(partial, { force: true });
  try {
    await run(findPostgresTool("pg_dump", env), ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`], url);
    renameSync(partial, target);
    return { bytes: statSync(target).size };
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * pg_restore of a custom-format dump into the database at `url`, in one transaction: it ends restored or as it was.
 * `--clean --if-exists` drops what the dump holds first (the caller has refused a database with data unless told
 * to replace it), so a database the server has already migrated can be restored into.
 */
export async function restorePostgres(url: string, backup: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!existsSync(backup)) throw new BackupError(`There is no backup at ${backup}.`);
  await run(findPostgresTool("pg_restore", env), [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    backup,
  ], url);
}
