import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

// The real server as a child process, main.ts from source through tsx (as the tests run the source), for tests that must
// kill it the hard way.

const packageDir = join(import.meta.dirname, "..", "..");
const args = ["--conditions=@afrapport/source", "--import", "tsx", "src/main.ts"];

export interface ServerProcess {
  url: string;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill; resolves once the process is gone. */
  kill(): Promise<void>;
  output(): string;
}

/** Starts main.ts on the SQLite file and resolves with its address once it listens. */
export async function startServerProcess(databasePath: string, options: { linkKey?: string; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const { PUBLIC_URL: _publicUrl, AFRAPPORT_DEMO: _demo, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: packageDir,
    env: {
      ...env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: `sqlite:${databasePath}`,
      AFRAPPORT_DEMO: "false",
      LINK_KEY: options.linkKey ?? randomBytes(32).toString("base64"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server printed no address within ${options.timeoutMs ?? 60_000} ms: ${out}`));
    }, options.timeoutMs ?? 60_000);
    const look = () => {
      const match = /running at http:\/\/\S+?:(\d+)/.exec(out);
      if (match && /sekretariat\/log-ind\n/.test(out)) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on("data", look);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it listened: ${out}`));
    });
  });
  return {
    url,
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
    output: () => out,
  };
}
