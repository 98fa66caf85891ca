/**
 * How hard the fuzz tests try: a short, seeded run in the normal suite (the same inputs every time, so a failure
 * can be repeated), a long one with AFRAPPORT_FUZZ_RUNS=20000, other inputs with AFRAPPORT_FUZZ_SEED. The server's
 * route fuzz reads the same variables.
 */
export function fuzzRuns(normal: number, env: NodeJS.ProcessEnv = process.env): number {
  const runs = Number(env.AFRAPPORT_FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : normal;
}

export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const seed = Number(env.AFRAPPORT_FUZZ_SEED);
  return Number.isInteger(seed) ? seed : 14_2026;
}

/** A test timeout that grows with the runs asked for. */
export function fuzzTimeout(runs: number, perRunMs: number, baseMs = 20_000): number {
  return baseMs + runs * perRunMs;
}

/**
 * survey-core warns on the console about every broken expression it meets ("Invalid expression: …"), and the fuzz
 * tests feed it thousands: keeps them out of the test output while `run` lasts. What the checks report is asserted.
 */
export function withoutConsoleWarnings<T>(run: () => T): T {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return run();
  } finally {
    console.warn = warn;
  }
}
