import { fork } from "node:child_process";
import type { LoadPlan, LoadResult } from "./load-plan.js";

type Reply = { ok: true; result: LoadResult } | { ok: false; error: string };

/** Runs one load in a fresh child process (load-generator.ts) and returns what it measured. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./load-generator.ts", import.meta.url), [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let settled = false;
    child.once("message", (reply: Reply) => {
      settled = true;
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`The load generator failed: ${reply.error}`));
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (!settled) reject(new Error(`The load generator exited (${code}) without a result`));
    });
    child.send(plan);
  });
}
