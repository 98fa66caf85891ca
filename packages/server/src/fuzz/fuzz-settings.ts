/**
 * How hard the fuzz suite tries. The normal suite makes a short, seeded run – the same inputs every time, so a
 * failure can be repeated; AFRAPPORT_FUZZ_RUNS makes a long one and AFRAPPORT_FUZZ_SEED other inputs (fast-check
 * prints the seed and path of any failure, to pass back here).
 */
export function fuzzRuns(normal: number, env: NodeJS.ProcessEnv = process.env): number {
  const runs = Number(env.AFRAPPORT_FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : normal;
}

export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const seed = Number(env.AFRAPPORT_FUZZ_SEED);
  return Number.isInteger(seed) ? seed : 14_2026;
}

/** A test timeout that grows with the runs asked for: `perRunMs` each on top of a fixed start-up allowance. */
export function fuzzTimeout(runs: number, perRunMs: number, baseMs = 30_000): number {
  return baseMs + runs * perRunMs;
}
