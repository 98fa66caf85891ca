import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A throw-away PostgreSQL cluster in a temp folder, on a free loopback port: for the server tests (the global setup)
// and the PostgreSQL benchmark (bench P6). Started with the installed initdb/pg_ctl; gone again after stop().

export interface ThrowawayPostgres {
  /** the superuser's URL of the cluster's `postgres` database */
  url: string;
  /** the postmaster's process id (its children are the connections' backends) */
  pid: number;
  /** creates a database in the cluster and returns its URL */
  createDatabase(name: string): string;
  stop(): void;
}

export interface ThrowawayPostgresOptions {
  /** false for tests (faster; nothing needs to survive a power cut); true to measure what a real server does (default false) */
  fsync?: boolean;
  maxConnections?: number;
}

/** Starts a cluster; undefined when PostgreSQL is not installed (no initdb). */
export async function startThrowawayPostgres(options: ThrowawayPostgresOptions = {}): Promise<ThrowawayPostgres | undefined> {
  const bin = findPostgresBin();
  if (bin === undefined) return undefined;
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
  const settings = `-c fsync=${options.fsync === true ? "on" : "off"} -c max_connections=${options.maxConnections ?? 200}`;
  run(join(bin, "pg_ctl"), ["-D", data, "-l", join(dir, "log"), "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${settings}`, "start"]);
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url: url("postgres"),
    pid: Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]),
    createDatabase: (name) => {
      run(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]);
      return url(name);
    },
    stop: () => {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
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
