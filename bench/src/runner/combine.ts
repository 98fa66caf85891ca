import type { LoadResult } from "../load/load-plan.js";

/**
 * Loads of one kind taken as one: throughput over all of them (all their requests over all their seconds), and the
 * mean of their p50, p99 and server CPU per request. On a machine whose speed drifts, loads taken in turns with
 * their baseline's and combined say more than one pair.
 */
export function combined(loads: readonly LoadResult[]): LoadResult {
  const mean = (of: (load: LoadResult) => number) => loads.reduce((sum, load) => sum + of(load), 0) / loads.length;
  const requests = loads.reduce((sum, load) => sum + load.requests, 0);
  const seconds = loads.reduce((sum, load) => sum + load.requests / load.requestsPerSecond, 0);
  const cpu = loads.every((load) => load.serverCpuMsPerRequest !== undefined) ? mean((load) => load.serverCpuMsPerRequest!) : undefined;
  const first = loads[0]!;
  return {
    ...first,
    durationSeconds: loads.reduce((sum, load) => sum + load.durationSeconds, 0),
    requests,
    requestsPerSecond: requests / seconds,
    latencyMs: { p50: mean((l) => l.latencyMs.p50), p90: mean((l) => l.latencyMs.p90), p99: mean((l) => l.latencyMs.p99), max: Math.max(...loads.map((l) => l.latencyMs.max)), mean: mean((l) => l.latencyMs.mean) },
    ...(cpu === undefined ? {} : { serverCpuMsPerRequest: cpu }),
  };
}
