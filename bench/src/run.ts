// `pnpm bench [p1 p2 …]`: runs the benchmarks (all by default), prints each figure with its goal beside it, and
// writes everything measured to bench/results/<time>.json and bench/results/latest.json. Never part of the test
// pass; it asserts nothing and exits 0 unless a benchmark could not measure (a failed request, a crash).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { meetsGoal, type Benchmark, type BenchContext } from "./benchmark.js";
import { p1Autosave } from "./benchmarks/p1-autosave.bench.js";
import { p2Submit } from "./benchmarks/p2-submit.bench.js";
import { p3PageLoad } from "./benchmarks/p3-page-load.bench.js";
import { p4Report } from "./benchmarks/p4-report.bench.js";
import { p5Exports } from "./benchmarks/p5-exports.bench.js";
import { p6Postgres } from "./benchmarks/p6-postgres.bench.js";
import { p7Coauthor } from "./benchmarks/p7-coauthor.bench.js";
import { benchPassword } from "./fixtures/seed-respondents.js";
import type { LoadResult } from "./load/load-plan.js";
import { formatFigure } from "./runner/format.js";
import { startServer, type RunningServer } from "./servers/start-server.js";

/** Every benchmark, in the order they run. P4–P6 join here, one file each. */
const benchmarks: Benchmark[] = [p1Autosave, p2Submit, p3PageLoad, p4Report, p5Exports, p6Postgres, p7Coauthor];

const wanted = process.argv.slice(2).map((id) => id.toLowerCase());
const unknown = wanted.filter((id) => !benchmarks.some((b) => b.id === id));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; there are ${benchmarks.map((b) => b.id).join(", ")}.`);
  process.exit(2);
}
const selected = wanted.length === 0 ? benchmarks : benchmarks.filter((b) => wanted.includes(b.id));

const workDir = mkdtempSync(join(tmpdir(), "afrapport-bench-"));
const servers = new Map<string, Promise<RunningServer>>();
const once = (name: string, start: () => Promise<RunningServer>) => () => {
  if (!servers.has(name)) servers.set(name, start());
  return servers.get(name)!;
};
const ctx: BenchContext = {
  durationSeconds: Number(process.env.BENCH_DURATION ?? 10),
  afrapport: once("afrapport", () => startServer("afrapport.server.ts", "afrapport", [join(workDir, "afrapport.sqlite")], { AFRAPPORT_DEMO_PASSWORD: benchPassword })),
  bareExpress: once("bare-express", () => startServer("bare-express.server.ts", "bare-express")),
  measured: new Map<string, LoadResult>(),
};

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, platform: `${process.platform} ${process.arch}` };
console.log(`Afrapport benchmarks on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}; ${ctx.durationSeconds} s per load.`);
console.log("Ratios compare two measures taken in this run on this machine; absolute numbers vary with the machine's load.\n");

/** An error's message with its causes (fetch hides what failed in `cause`). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message}: ${describe(error.cause)}`;
}

const startedAt = new Date();
const results: { id: string; title: string; figures: unknown[]; data: unknown }[] = [];
let failed = false;
try {
  for (const benchmark of selected) {
    console.log(benchmark.title);
    try {
      const result = await benchmark.run(ctx);
      for (const line of result.table ?? []) console.log(line);
      for (const figure of result.figures) console.log(formatFigure(figure));
      results.push({ id: benchmark.id, title: benchmark.title, figures: result.figures.map((f) => ({ ...f, met: meetsGoal(f) })), data: result.data });
    } catch (error) {
      failed = true;
      console.error(`  could not measure: ${describe(error)}`);
      results.push({ id: benchmark.id, title: benchmark.title, figures: [], data: { error: describe(error) } });
    }
    console.log("");
  }
} finally {
  for (const server of servers.values()) await (await server).stop();
  rmSync(workDir, { recursive: true, force: true });
}

const resultsDir = new URL("../results/", import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const json = JSON.stringify({ startedAt: startedAt.toISOString(), durationSeconds: ctx.durationSeconds, machine, benchmarks: results }, null, 2);
const file = new URL(`bench-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`, resultsDir);
writeFileSync(file, json);
writeFileSync(new URL("latest.json", resultsDir), json);
console.log(`Written to bench/results/${file.pathname.split("/").pop()} (and latest.json).`);
process.exit(failed ? 1 : 0);
