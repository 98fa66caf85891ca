import type { Benchmark, Figure } from "../benchmark.js";
import { completeAnswers, variedText } from "../fixtures/answers.js";
import { seedRespondents, withCurrentRevisions } from "../fixtures/seed-respondents.js";
import type { LoadResult } from "../load/load-plan.js";
import { combined } from "../runner/combine.js";
import { formatNumber, formatTable } from "../runner/format.js";
import { measure } from "../runner/measure.js";

// P1: the respondent's autosave (PUT /api/respond/{token}/answers) against a bare Express 5 endpoint parsing the
// same JSON, at 1, 16 and 64 connections, each connection a respondent of its own saving its complete answers
// with one text changed (so every save appends a revision). Goal at 16 connections: ≥ 0.5× the bare endpoint's
// throughput, p99 ≤ 50 ms; there the two are measured in turns, BENCH_P1_ROUNDS times each (3), and combined.

/** BENCH_P1_CONNECTIONS=16 measures one level only (e.g. to profile it) */
const cpu = (result: LoadResult) => (result.serverCpuMsPerRequest === undefined ? "–" : formatNumber(result.serverCpuMsPerRequest, 2));

const connectionCounts = (process.env.BENCH_P1_CONNECTIONS ?? "1,16,64").split(",").map(Number);
const goalConnections = 16;
/** at the goal's level: bare, autosave, bare, autosave …, combined – the machine's speed drifts between loads */
const goalRounds = Number(process.env.BENCH_P1_ROUNDS ?? 3);

export const p1Autosave: Benchmark = {
  id: "p1",
  title: "P1 autosave: PUT /api/respond/{token}/answers ÷ a bare Express 5 endpoint parsing the same JSON",
  async run(ctx) {
    const afrapport = await ctx.afrapport();
    const bare = await ctx.bareExpress();
    const tokens = await seedRespondents(afrapport.origin, Math.max(...connectionCounts), "P1");
    const answers = completeAnswers();
    const rows: { connections: number; ours: LoadResult; bare: LoadResult; loads: number }[] = [];
    const bareTokens = tokens.map((_, i) => `bare-${i}`);
    for (const connections of connectionCounts) {
      const plan = { connections, durationSeconds: ctx.durationSeconds } as const;
      const bareLoads: LoadResult[] = [];
      const ourLoads: LoadResult[] = [];
      for (let round = 0; round < (connections === goalConnections ? goalRounds : 1); round++) {
        bareLoads.push(await measure({ ...plan, origin: bare.origin, scenario: { kind: "autosave", tokens: bareTokens, revisions: {}, answers, variedText } }, `bare Express, ${connections} connections`, { server: bare }));
        ourLoads.push(await measure({ ...plan, origin: afrapport.origin, scenario: { kind: "autosave", tokens, revisions: {}, answers, variedText } }, `autosave, ${connections} connections`, { prepare: withCurrentRevisions, server: afrapport }));
      }
      const ours = combined(ourLoads);
      ctx.measured.set(`p1.autosave.${connections}`, ours);
      rows.push({ connections, ours, bare: combined(bareLoads), loads: ourLoads.length });
    }
    const figures: Figure[] = rows.map(({ connections, ours, bare: baseline, loads }) => ({
      name: `autosave ÷ bare Express, ${connections} connection${connections === 1 ? "" : "s"}`,
      value: ours.requestsPerSecond / baseline.requestsPerSecond,
      unit: "×",
      detail: `${formatNumber(ours.requestsPerSecond)} vs ${formatNumber(baseline.requestsPerSecond)} req/s${loads > 1 ? `, ${loads} loads each, in turns` : ""}`,
      ...(connections === goalConnections ? { goal: { kind: "at-least", value: 0.5 } as const } : {}),
    }));
    const atGoal = rows.find((row) => row.connections === goalConnections);
    if (atGoal) figures.push({ name: `autosave p99 latency, ${goalConnections} connections`, value: atGoal.ours.latencyMs.p99, unit: "ms", goal: { kind: "at-most", value: 50 } });
    const table = formatTable([
      ["connections", "autosave req/s", "p50 ms", "p99 ms", "CPU ms/req", "bare req/s", "p50 ms", "p99 ms", "CPU ms/req"],
      ...rows.map(({ connections, ours, bare: b }) => [
        String(connections),
        formatNumber(ours.requestsPerSecond),
        formatNumber(ours.latencyMs.p50),
        formatNumber(ours.latencyMs.p99),
        cpu(ours),
        formatNumber(b.requestsPerSecond),
        formatNumber(b.latencyMs.p50),
        formatNumber(b.latencyMs.p99),
        cpu(b),
      ]),
    ]);
    return { figures, table, data: { answersBytes: JSON.stringify(answers).length, rows } };
  },
};
