import type { LoadResult } from "./load/load-plan.js";
import type { RunningServer } from "./servers/start-server.js";

// What every benchmark is (one file each under benchmarks/, listed in run.ts) and what it reports: figures, each a
// ratio to a baseline measured in the same run (or a measure with an absolute limit), with the goal beside it.

/** `at-least`: the figure must reach the value; `at-most`: must not exceed it. */
export interface Goal {
  kind: "at-least" | "at-most";
  value: number;
}

export interface Figure {
  /** what is measured, e.g. "autosave ÷ bare Express, 16 connections" */
  name: string;
  value: number;
  /** "×" for ratios, else the unit of the measure ("ms", "KB", "req/s") */
  unit: string;
  /** the two measures behind a ratio, for the reader: "1,530 vs 2,950 req/s" */
  detail?: string;
  goal?: Goal;
}

export interface BenchmarkResult {
  figures: Figure[];
  /** lines printed above the figures (a table of the measures) */
  table?: string[];
  /** everything measured, for the JSON result */
  data: unknown;
}

/** What a benchmark gets from the runner: the servers of this run and what other benchmarks measured in it. */
export interface BenchContext {
  /** seconds of load per measurement */
  durationSeconds: number;
  /** Afrapport on a fresh SQLite file with the demo seeded (started on first use, one per run) */
  afrapport(): Promise<RunningServer>;
  /** the bare Express 5 baseline (started on first use, one per run) */
  bareExpress(): Promise<RunningServer>;
  /** loads measured earlier in this run, by a name the measuring benchmark chose (e.g. "p1.autosave.16") */
  measured: Map<string, LoadResult>;
}

export interface Benchmark {
  /** "p1", "p2", … – what `pnpm bench p1` selects */
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchmarkResult>;
}

/** Whether a figure meets its goal (undefined without one). */
export function meetsGoal(figure: Figure): boolean | undefined {
  if (figure.goal === undefined) return undefined;
  return figure.goal.kind === "at-least" ? figure.value >= figure.goal.value : figure.value <= figure.goal.value;
}
