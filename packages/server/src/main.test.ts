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
    const dir = mkdtempSync(join(tmpdir(), "afrapport-main-"));
    const { PUBLIC_URL: _unset, ...env } = process.env;
    const child = spawn(process.execPath, args, {
      cwd: packageDir,
      env: { ...env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `sqlite:${join(dir, "main.sqlite")}`, AFRAPPORT_DEMO: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed: ${out} ${err}`)), 30_000);
        child.stdout.on("data", () => {
          const match = /running at (http:\/\/\S+)/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.on("exit", () => reject(new Error(`exited early: ${out} ${err}`)));
      });
      expect(url).toMatch(/^http:\/\/localhost:\d+$/);
      const res = await fetch(`${url.replace("localhost", "127.0.0.1")}/api/openapi.json`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { openapi: string }).openapi).toBe("3.1.0");
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(out).toContain("SIGTERM: stopping");
    } finally {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
