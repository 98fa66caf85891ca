import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");
const args = ["--conditions=@afrapport/source", "--import", "tsx", "src/main.ts"];

describe("main", () => {
  it("lists every configuration problem and exits 1", () => {
    const result = spawnSync(process.execPath, args, {
      cwd: packageDir,
      env: { ...process.env, PORT: "abc", DATABASE_URL: "mysql://x/y" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("fix the configuration");
    expect(result.stderr).toMatch(/ {2}PORT: /);
    expect(result.stderr).toContain("  DATABASE_URL: must be sqlite:PATH or postgres://");
  });

  it("migrates, serves on the printed address, and stops cleanly on SIGTERM", async () => {
    await runMain({ AFRAPPORT_DEMO: "false" }, async (url, out) => {
      const res = await fetch(`${url}/api/openapi.json`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { openapi: string }).openapi).toBe("3.1.0");
      expect(out).not.toContain("demo login");
    });
  });

  // What the README's start command promises: where to sign in, a working demo login and a respondent link.
  it("seeds the demo into an empty database and prints a login and a respondent link that work", async () => {
    await runMain({ AFRAPPORT_DEMO_PASSWORD: "demo-password-for-the-test" }, async (url, out) => {
      expect(out).toContain(`Secretariat sign-in: ${url.replace("127.0.0.1", "localhost")}/sekretariat/log-ind`);
      const login = /demo login: (\S+) {2}password: (\S+)/.exec(out);
      expect(login?.[2]).toBe("demo-password-for-the-test");
      const signIn = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: login?.[1], password: login?.[2] }),
      });
      expect(signIn.status).toBe(200);
      const link = /Demo respondent link \((.+)\): http:\/\/localhost:\d+\/svar\/(\S+)/.exec(out);
      const opened = await fetch(`${url}/api/respond/${link?.[2]}`);
      expect(opened.status).toBe(200);
      expect(((await opened.json()) as { respondent: { name: string } }).respondent.name).toBe(link?.[1]);
    });
  });
});

/** Starts main.ts as the README does, on a fresh SQLite file, runs `check` against it, then stops it with SIGTERM. */
async function runMain(extraEnv: Record<string, string>, check: (url: string, out: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "afrapport-main-"));
  const { PUBLIC_URL: _unset, AFRAPPORT_DEMO: _demo, ...env } = process.env;
  const child = spawn(process.execPath, args, {
    cwd: packageDir,
    env: { ...env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `sqlite:${join(dir, "main.sqlite")}`, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    // Everything is printed once the server listens; the last line printed is the sign-in or the demo's link.
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out} ${err}`)), 60_000);
      child.stdout.on("data", () => {
        const match = /running at (http:\/\/\S+)/.exec(out);
        const done = extraEnv.AFRAPPORT_DEMO === "false" ? /sekretariat\/log-ind\n/.test(out) : /Demo respondent link .*\n/.test(out);
        if (match && done) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on("exit", () => reject(new Error(`exited early: ${out} ${err}`)));
    });
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    await check(url.replace("localhost", "127.0.0.1"), out);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).toContain("SIGTERM: stopping");
  } finally {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}
