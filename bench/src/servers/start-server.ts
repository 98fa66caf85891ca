import { fork } from "node:child_process";
import { join } from "node:path";
import type { ServerCommand, ServerReady } from "./serve-in-child.js";

export interface RunningServer {
  name: string;
  origin: string;
  pid: number;
  /** what the server told besides its port (ServerReady.info; empty when nothing) */
  info: Record<string, unknown>;
  /** Asks the server to start or stop recording a CPU profile, and waits until it has. */
  profile(command: Exclude<ServerCommand, "stop">): Promise<void>;
  /** Stops the server and waits for its process to end (and write its CPU profile, if one was asked for). */
  stop(): Promise<void>;
}

/**
 * Starts a server entry (a file in this folder) in its own process. The entry is transpiled by tsx, but what it
 * imports of Afrapport is the compiled JavaScript in the packages' dist folders, which `pnpm bench` builds first:
 * the server is measured as `pnpm start` runs it.
 */
export function startServer(entry: string, name: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const child = fork(join(import.meta.dirname, entry), args, {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it listened`)));
    child.once("message", (ready: ServerReady) =>
      resolve({
        name,
        origin: `http://127.0.0.1:${ready.port}`,
        pid: child.pid!,
        info: ready.info ?? {},
        profile: (command) =>
          new Promise((done) => {
            child.once("message", () => done());
            child.send(command);
          }),
        stop: async () => {
          if (child.exitCode === null) child.send("stop");
          await exited;
        },
      }),
    );
  });
}
