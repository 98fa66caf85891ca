import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

// Starts a throw-away PostgreSQL cluster for the run, so every database test can run on both SQLite and
// PostgreSQL. AFRAPPORT_TEST_POSTGRES_URL uses a server you already have; AFRAPPORT_TEST_DIALECTS=sqlite skips it.
// In CI a missing PostgreSQL is an error, not a silent skip.

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let stop: (() => void) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const wanted = (process.env.AFRAPPORT_TEST_DIALECTS ?? "sqlite,postgres").split(",");
  if (!wanted.includes("postgres")) return project.provide("postgresUrl", null);
  if (process.env.AFRAPPORT_TEST_POSTGRES_URL) return project.provide("postgresUrl", process.env.AFRAPPORT_TEST_POSTGRES_URL);

  const bin = findPostgresBin();
  if (bin === undefined) {
    if (process.env.CI) throw new Error("PostgreSQL is not installed (initdb not found); .ci/run installs it.");
    console.warn("[postgres] initdb not found: database tests run on SQLite only. Install PostgreSQL to run both.");
    return project.provide("postgresUrl", null);
  }

  const dir = mkdtempSync(join(tmpdir(), "afrapport-pg-"));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: the cluster belongs to the postgres user when we are root.
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: "pipe" });
  };
  if (asRoot) chownSync(dir, uidOf("postgres"), gidOf("postgres"));
  const data = join(dir, "data");
  const port = await freePort();
  run(join(bin, "initdb"), ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "-D", data]);
  run(join(bin, "pg_ctl"), [
    "-D", data, "-l", join(dir, "log"), "-w", "-t", "60",
    "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, "start",
  ]);
  stop = () => {
    try {
      run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  project.provide("postgresUrl", `postgres://postgres@127.0.0.1:${port}/postgres`);
}

export function teardown(): void {
  stop?.();
}

function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, "bin", "initdb"))) return join(root, v, "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const path = which.stdout.trim();
  return path === "" ? undefined : join(path, "..");
}

function uidOf(user: string): number {
  return Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
}
function gidOf(user: string): number {
  return Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
