import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../db/database.js";
import { dialects } from "../test-support/dialects.js";

// Two real server processes (main.ts, as `pnpm start` runs it) started at the same moment on one empty PostgreSQL
// database, as a deployment with two processes behind a load balancer starts: the migrations and the demo race, and
// both schedule the hourly jobs. One database, one demo, each job run once this hour, both serving.

const packageDir = join(import.meta.dirname, "..", "..");
const args = ["--conditions=@afrapport/source", "--import", "tsx", "src/main.ts"];

interface Started {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<number | null>;
}

function startMain(env: Record<string, string>): Promise<Started> {
  const { PUBLIC_URL: _publicUrl, AFRAPPORT_DEMO: _demo, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, args, { cwd: packageDir, env: { ...inherited, PORT: "0", HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no address within 90 s: ${out}`));
    }, 90_000);
    child.stdout!.on("data", () => {
      const match = /running at http:\/\/\S+?:(\d+)/.exec(out);
      // the last line: the demo's link in the process that seeded it, the note about it in the other
      if (match && /(Demo respondent link .*|no demo was seeded.*)\n/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          pid: child.pid!,
          output: () => out,
          stop: async () => {
            child.kill("SIGTERM");
            return exited;
          },
        });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before it listened: ${out}`));
    });
  });
}

describe.runIf(dialects.includes("postgres"))("two server processes on one PostgreSQL", () => {
  const name = `afrapport_two_${randomBytes(6).toString("hex")}`;
  let admin: DatabaseHandle;
  let db: DatabaseHandle;
  let servers: Started[] = [];

  beforeAll(async () => {
    admin = openDatabase({ dialect: "postgres", url: inject("postgresUrl")! });
    await sql`create database ${sql.id(name)}`.execute(admin.db);
    const url = new URL(inject("postgresUrl")!);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), AFRAPPORT_DEMO_PASSWORD: "two-processes-demo-pass", LINK_KEY: randomBytes(32).toString("base64") };
    servers = await Promise.all([startMain(env), startMain(env)]);
    db = openDatabase({ dialect: "postgres", url: url.toString() });
  }, 120_000);

  afterAll(async () => {
    const codes = await Promise.all(servers.map((server) => server.stop()));
    expect(codes).toEqual([0, 0]);
    await db?.close();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  });

  it("migrates once and seeds one demo, which both processes serve", async () => {
    const seededIn = servers.filter((server) => server.output().includes("demo login:"));
    expect(seededIn).toHaveLength(1);
    expect(await db.db.selectFrom("users").select("email").where("email", "=", "sekretariat@demo.afrapport.dk").execute()).toHaveLength(1);
    const { n } = await db.db.selectFrom("campaigns").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const campaignsOfOneDemo = Number(n);
    expect(campaignsOfOneDemo).toBeGreaterThan(0);
    expect(await db.db.selectFrom("scheduled_job_runs").select(["holder", "finished_at"]).where("job", "=", "demo-seed").execute()).toEqual([
      { holder: expect.stringContaining("/"), finished_at: expect.any(String) },
    ]);
    // a session made by one process works in the other: both serve the same data
    for (const server of servers) {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "sekretariat@demo.afrapport.dk", password: "two-processes-demo-pass" }),
      });
      expect(login.status).toBe(200);
    }
    for (const server of servers) expect(server.output()).not.toMatch(/failed|could not be claimed/i);
  });

  it("runs each hourly job in one of the two processes", async () => {
    // both schedulers tick at once at start; each job's slot of this hour is run by whichever claimed it first
    const runs = async () =>
      db.db.selectFrom("scheduled_job_runs").select(["job", "slot", "holder", "finished_at", "error"]).where("job", "!=", "demo-seed").orderBy("job").orderBy("slot").execute();
    await expect.poll(async () => (await runs()).filter((run) => run.finished_at !== null).map((run) => run.job), { timeout: 30_000 }).toEqual(
      expect.arrayContaining(["mail-housekeeping", "maintenance", "webhook-event-pruning"]),
    );
    const all = await runs();
    // one run per job and hour (two if the test happened to cross the hour), never one per process
    for (const job of ["mail-housekeeping", "maintenance", "webhook-event-pruning"]) {
      const ofJob = all.filter((run) => run.job === job);
      expect(new Set(ofJob.map((run) => run.slot)).size).toBe(ofJob.length);
      expect(ofJob.every((run) => run.error === null)).toBe(true);
    }
    // host/pid/random: every run was made by one of the two processes
    const pids = servers.map((server) => String(server.pid));
    for (const run of all) expect(pids).toContain(run.holder.split("/")[1]);
  });
});
