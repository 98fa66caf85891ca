import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadPlan, LoadResult } from "../load/load-plan.js";
import { runLoad } from "../load/run-load.js";
import type { RunningServer } from "../servers/start-server.js";

const profileDir = process.env.BENCH_CPU_PROF;

/** CPU milliseconds (user + system) a process has used so far, from /proc; undefined where there is no /proc. */
export function cpuMs(pid: number): number | undefined {
  try {
    // fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** CPU milliseconds of a server: of the processes serving (RunningServer.info.workerPids, a cluster's) or of itself. */
function serverCpuMs(server: RunningServer): number | undefined {
  const pids = Array.isArray(server.info.workerPids) ? (server.info.workerPids as number[]) : [server.pid];
  const each = pids.map(cpuMs);
  return each.some((ms) => ms === undefined) ? undefined : each.reduce<number>((sum, ms) => sum + ms!, 0);
}

const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 2);

/**
 * Runs a load and returns what it measured; a duration load is preceded by a short warm-up of the same kind (so
 * the JIT and caches are warm for both sides alike). `prepare` runs before each load, outside the measurement
 * (e.g. to read where each respondent's answers stand). With `server`, its CPU time per request is measured, and
 * with BENCH_CPU_PROF=<dir> its CPU profile during the load is written to <dir>/<label>.cpuprofile (for Chrome's
 * DevTools or speedscope). A load with a failed request is not a measurement: it throws, naming the first failure.
 */
export async function measure(
  plan: LoadPlan,
  label: string,
  options: { prepare?: (plan: LoadPlan) => Promise<LoadPlan>; server?: RunningServer } = {},
): Promise<LoadResult> {
  const prepare = options.prepare ?? (async (p: LoadPlan) => p);
  if (plan.amount === undefined && warmupSeconds > 0) check(await runLoad(await prepare({ ...plan, durationSeconds: warmupSeconds })), `${label} (warm-up)`);
  const prepared = await prepare(plan);
  const { server } = options;
  if (server && profileDir) await server.profile({ profile: "start" });
  const before = server && serverCpuMs(server);
  const result = check(await runLoad(prepared), label);
  const after = server && serverCpuMs(server);
  if (server && profileDir) {
    mkdirSync(profileDir, { recursive: true });
    await server.profile({ profile: "stop", file: join(profileDir, `${label.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`) });
  }
  return before === undefined || after === undefined ? result : { ...result, serverCpuMsPerRequest: (after - before) / result.requests };
}

function check(result: LoadResult, label: string): LoadResult {
  const failed = Object.values(result.non2xx).reduce((sum, n) => sum + n, 0);
  if (failed > 0 || result.errors > 0 || result.requests === 0) {
    throw new Error(
      `${label}: ${result.requests} requests succeeded, ${failed} failed (${JSON.stringify(result.non2xx)}), ${result.errors} connection errors. ` +
        `First failure: ${result.firstFailure ?? "none recorded"}`,
    );
  }
  return result;
}
