import { readFileSync } from "node:fs";
import { startThrowawayPostgres } from "../../../test/support/throwaway-postgres.js";
import type { Benchmark, Figure } from "../benchmark.js";
import { completeAnswers, variedText } from "../fixtures/answers.js";
import { benchPassword, seedRespondents, withCurrentRevisions } from "../fixtures/seed-respondents.js";
import type { LoadResult } from "../load/load-plan.js";
import { combined } from "../runner/combine.js";
import { measureReport, reportFigures, reportRow, reportTableHeader, startReportServer, type ReportMeasure } from "../report/measure-report.js";
import { formatNumber, formatTable } from "../runner/format.js";
import { measure } from "../runner/measure.js";
import { startServer, type RunningServer } from "../servers/start-server.js";

// P6: Afrapport on PostgreSQL – a throw-away cluster started for the run (initdb into a temp folder, fsync on, as a
// real server runs) – with the loads of P1 and P4:
// - P1's autosave at 16 connections (each its own respondent) on PostgreSQL ÷ the bare Express endpoint;
// - the same load on two server processes (node's cluster: the primary hands the connections to the two in turn)
//   ÷ on one, both on the same PostgreSQL: goal ≥ 1.6×; BENCH_P6_ROUNDS (2) loads of each, alternating, since on a
//   busy machine one pair says little;
// - P4's joint report over BENCH_P6_RESPONSES (default BENCH_P4_RESPONSES, 10,000) submitted responses ÷ a raw
//   SQL scan + JSON.parse of the same rows, on PostgreSQL: goal ≤ 2×.

const connections = Number(process.env.BENCH_P6_CONNECTIONS ?? 16);
const responses = Number(process.env.BENCH_P6_RESPONSES ?? process.env.BENCH_P4_RESPONSES ?? 10_000);
const reportRequests = Number(process.env.BENCH_P4_REQUESTS ?? 7);
/** one process, two processes, one, two …: on a busy machine one pair alone says little */
const rounds = Number(process.env.BENCH_P6_ROUNDS ?? 2);

interface Load {
  result: LoadResult;
  /** CPU milliseconds PostgreSQL's backends used in the load and its warm-up (undefined without /proc) */
  postgresCpuMs: number | undefined;
}

const cpu = (result: LoadResult) => (result.serverCpuMsPerRequest === undefined ? "–" : formatNumber(result.serverCpuMsPerRequest, 2));

/** CPU milliseconds used so far by the cluster's postgres processes (the postmaster's children), from /proc. */
function postgresCpuMs(postmasterPid: number): number | undefined {
  try {
    let total = 0;
    for (const line of readFileSync(`/proc/${postmasterPid}/task/${postmasterPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) {
      const fields = readFileSync(`/proc/${line}/stat`, "utf8").split(") ")[1]!.split(" ");
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    }
    return total;
  } catch {
    return undefined;
  }
}

export const p6Postgres: Benchmark = {
  id: "p6",
  title: "P6 PostgreSQL: P1's autosave ÷ bare Express, two server processes ÷ one, P4's report ÷ a raw scan",
  async run(ctx) {
    const cluster = await startThrowawayPostgres({ fsync: true });
    if (cluster === undefined) throw new Error("PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH)");
    const running: RunningServer[] = [];
    const stop = async (server: RunningServer) => {
      await server.stop();
      running.splice(running.indexOf(server), 1);
    };
    try {
      const autosaveUrl = cluster.createDatabase("afrapport_p6_autosave");
      const startAfrapport = async (processes: number) => {
        const server = await startServer("afrapport-pg.server.ts", `afrapport-pg-${processes}`, [autosaveUrl, String(processes)], { AFRAPPORT_DEMO_PASSWORD: benchPassword });
        running.push(server);
        return server;
      };

      const bare = await ctx.bareExpress();
      const answers = completeAnswers();
      const plan = { connections, durationSeconds: ctx.durationSeconds } as const;
      const bareTokens = Array.from({ length: connections }, (_, i) => `bare-${i}`);
      const bareResult = await measure({ ...plan, origin: bare.origin, scenario: { kind: "autosave", tokens: bareTokens, revisions: {}, answers, variedText } }, `bare Express, ${connections} connections`, { server: bare });

      // the same respondents save in both: each load starts from where the previous one left their answers
      const loadOn = async (processes: number): Promise<Load> => {
        const server = await startAfrapport(processes);
        if (respondents.length === 0) respondents = await seedRespondents(server.origin, connections, "P6");
        const tokens = respondents;
        const pgBefore = postgresCpuMs(cluster.pid);
        const result = await measure(
          { ...plan, origin: server.origin, scenario: { kind: "autosave", tokens, revisions: {}, answers, variedText } },
          `autosave on PostgreSQL, ${processes} process${processes === 1 ? "" : "es"}, ${connections} connections`,
          { prepare: withCurrentRevisions, server },
        );
        const pgAfter = postgresCpuMs(cluster.pid);
        await stop(server);
        // the warm-up's requests are in PostgreSQL's CPU time too: a rough figure, beside the server's exact one
        return { result, postgresCpuMs: pgBefore === undefined || pgAfter === undefined ? undefined : pgAfter - pgBefore };
      };
      let respondents: string[] = [];
      const ones: Load[] = [];
      const twos: Load[] = [];
      for (let round = 0; round < rounds; round++) {
        ones.push(await loadOn(1));
        twos.push(await loadOn(2));
      }
      ctx.measured.set(`p6.autosave.postgres.1.${connections}`, ones[0]!.result);
      ctx.measured.set(`p6.autosave.postgres.2.${connections}`, twos[0]!.result);
      const one = combined(ones.map((load) => load.result));
      const two = combined(twos.map((load) => load.result));

      const reportUrl = cluster.createDatabase("afrapport_p6_report");
      const reportServer = await startReportServer(reportUrl, responses, "report-pg");
      running.push(reportServer);
      let report: ReportMeasure;
      try {
        report = await measureReport(reportServer, reportUrl, { requests: reportRequests, label: `report ${responses} responses on PostgreSQL` });
      } finally {
        await stop(reportServer);
      }

      const sqlite = ctx.measured.get(`p1.autosave.${connections}`);
      const figures: Figure[] = [
        {
          name: `autosave on PostgreSQL ÷ bare Express, ${connections} connections`,
          value: one.requestsPerSecond / bareResult.requestsPerSecond,
          unit: "×",
          detail: `${formatNumber(one.requestsPerSecond)} vs ${formatNumber(bareResult.requestsPerSecond)} req/s`,
          goal: { kind: "at-least", value: 0.5 },
        },
        { name: `autosave p99 on PostgreSQL, ${connections} connections`, value: one.latencyMs.p99, unit: "ms", goal: { kind: "at-most", value: 50 } },
        {
          name: `autosave, two processes ÷ one (PostgreSQL)`,
          value: two.requestsPerSecond / one.requestsPerSecond,
          unit: "×",
          detail: `${formatNumber(two.requestsPerSecond)} vs ${formatNumber(one.requestsPerSecond)} req/s${rounds > 1 ? `, ${rounds} loads each` : ""}`,
          goal: { kind: "at-least", value: 1.6 },
        },
        ...(sqlite === undefined
          ? []
          : [{ name: `autosave on PostgreSQL ÷ on SQLite (P1), ${connections} connections`, value: one.requestsPerSecond / sqlite.requestsPerSecond, unit: "×", detail: `${formatNumber(one.requestsPerSecond)} vs ${formatNumber(sqlite.requestsPerSecond)} req/s` }]),
        ...reportFigures(report, " on PostgreSQL", true),
      ];
      const pgCpu = (run: Load) =>
        run.postgresCpuMs === undefined ? "–" : formatNumber(run.postgresCpuMs / run.result.requests, 2);
      const table = [
        ...formatTable([
          [`${connections} connections`, "req/s", "p50 ms", "p99 ms", "server CPU ms/req", "PostgreSQL CPU ms/req"],
          ["bare Express", formatNumber(bareResult.requestsPerSecond), formatNumber(bareResult.latencyMs.p50), formatNumber(bareResult.latencyMs.p99), cpu(bareResult), "–"],
          ...ones.flatMap((_, round) => [ones[round]!, twos[round]!]).map((run, i) => [
            `autosave, ${(i % 2) + 1} process${i % 2 === 0 ? "" : "es"}${rounds > 1 ? ` (${Math.floor(i / 2) + 1})` : ""}`,
            formatNumber(run.result.requestsPerSecond),
            formatNumber(run.result.latencyMs.p50),
            formatNumber(run.result.latencyMs.p99),
            cpu(run.result),
            pgCpu(run),
          ]),
        ]),
        "",
        ...formatTable([reportTableHeader, reportRow(report)]),
      ];
      return { figures, table, data: { connections, answersBytes: JSON.stringify(answers).length, bare: bareResult, onePostgres: ones, twoPostgres: twos, report } };
    } finally {
      for (const server of [...running]) await server.stop();
      cluster.stop();
    }
  },
};
