import { openDatabase, parseDatabaseUrl } from "@afrapport/server";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Figure } from "../benchmark.js";
import { median, residentMemory } from "../exports/download.js";
import { scanSubmittedAnswers } from "../exports/raw-scan.js";
import { cpuMs } from "../runner/measure.js";
import { benchPassword } from "../fixtures/seed-respondents.js";
import { formatNumber } from "../runner/format.js";
import { startServer, type RunningServer } from "../servers/start-server.js";

// The joint report's measurement (P4, and P6 on PostgreSQL): GET /api/campaigns/{id}/report as the secretariat
// asks for it, against its baseline – a raw scan of the same rows (the current revision's answers_json of every
// submitted response of the campaign) and a JSON.parse of each, in the benchmark's process on the same database.
// The two alternate, so both see the same moments of a busy machine; each figure is the median.

const demoEmail = "sekretariat@demo.afrapport.dk";

/** Afrapport (API only) on `databaseUrl`, an empty database seeded with the demo and `count` submitted responses. */
export function startReportServer(databaseUrl: string, count: number, name = "report"): Promise<RunningServer> {
  return startServer("report.server.ts", name, [databaseUrl, String(count)], { AFRAPPORT_DEMO_PASSWORD: benchPassword });
}

export interface ReportMeasure {
  /** submitted responses in the campaign (the fixture's and the demo's own) */
  submitted: number;
  requests: number;
  reportMs: { median: number; min: number; max: number };
  scanMs: { median: number; min: number; max: number };
  /** the report's median ÷ the scan's median */
  ratio: number;
  /** bytes of the report's JSON body */
  reportBytes: number;
  /** bytes of the answers_json the scan read */
  scanBytes: number;
  /** the server's CPU milliseconds per report (from /proc; undefined without it) */
  serverCpuMsPerReport?: number;
  /** the server process's peak resident memory, MB (VmHWM; undefined without /proc) */
  serverPeakRssMb?: number;
}

const spread = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** VmHWM of a process in MB: the most resident memory it has had. */
export function peakRssMb(pid: number): number | undefined {
  try {
    return residentMemory(pid).peakMb;
  } catch {
    return undefined;
  }
}

/** Signs the demo's secretariat in; returns the session cookie. */
export async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demoEmail, password: benchPassword }),
  });
  if (!response.ok) throw new Error(`Signing in answered ${response.status}: ${await response.text()}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/**
 * Measures the report of the server's campaign (RunningServer.info.campaignId, as report.server.ts tells it) and
 * the raw scan of `databaseUrl`, `requests` times each after one warm-up of each. With BENCH_CPU_PROF=<dir> the
 * server's CPU profile during the measured reports goes to <dir>/<label>.cpuprofile.
 */
export async function measureReport(server: RunningServer, databaseUrl: string, options: { requests: number; label: string }): Promise<ReportMeasure> {
  const campaignId = String(server.info.campaignId);
  const cookie = await signIn(server.origin);
  const location = parseDatabaseUrl(databaseUrl, process.cwd());
  if (typeof location === "string") throw new Error(location);
  const handle = openDatabase(location);
  try {
    const scan = () => scanSubmittedAnswers(handle.db, campaignId);
    const report = async () => {
      const started = performance.now();
      const response = await fetch(`${server.origin}/api/campaigns/${campaignId}/report`, { headers: { cookie } });
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      if (!response.ok) throw new Error(`${options.label}: the report answered ${response.status}: ${Buffer.from(body).toString("utf8").slice(0, 300)}`);
      return { ms, bytes: body.byteLength };
    };

    await scan();
    await report();
    const profileDir = process.env.BENCH_CPU_PROF;
    if (profileDir) await server.profile({ profile: "start" });
    const reports: number[] = [];
    const scans: number[] = [];
    let reportBytes = 0;
    let scanBytes = 0;
    let submitted = 0;
    let serverCpu = 0;
    for (let i = 0; i < options.requests; i++) {
      const scanned = await scan();
      scans.push(scanned.ms);
      scanBytes = scanned.bytes;
      submitted = scanned.rows;
      const before = cpuMs(server.pid);
      const reported = await report();
      const after = cpuMs(server.pid);
      serverCpu = before === undefined || after === undefined ? Number.NaN : serverCpu + (after - before);
      reports.push(reported.ms);
      reportBytes = reported.bytes;
    }
    if (profileDir) {
      mkdirSync(profileDir, { recursive: true });
      await server.profile({ profile: "stop", file: join(profileDir, `${options.label.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`) });
    }
    const reportMs = spread(reports);
    const scanMs = spread(scans);
    const rss = peakRssMb(server.pid);
    return {
      submitted,
      requests: options.requests,
      reportMs,
      scanMs,
      ratio: reportMs.median / scanMs.median,
      reportBytes,
      scanBytes,
      ...(Number.isNaN(serverCpu) ? {} : { serverCpuMsPerReport: serverCpu / options.requests }),
      ...(rss === undefined ? {} : { serverPeakRssMb: rss }),
    };
  } finally {
    await handle.close();
  }
}

/** The figures of one measurement: the ratio with its goal (≤ 2×) where `withGoal`, and the report's weight. */
export function reportFigures(measured: ReportMeasure, where: string, withGoal: boolean): Figure[] {
  const count = formatNumber(measured.submitted);
  return [
    {
      name: `report ÷ raw scan, ${count} responses${where}`,
      value: measured.ratio,
      unit: "×",
      detail: `${formatNumber(measured.reportMs.median)} vs ${formatNumber(measured.scanMs.median)} ms`,
      ...(withGoal ? { goal: { kind: "at-most", value: 2 } as const } : {}),
    },
    { name: `report JSON, ${count} responses${where}`, value: measured.reportBytes / 1024 / 1024, unit: "MB" },
  ];
}

/** A row of the table of measures. */
export function reportRow(measured: ReportMeasure): string[] {
  const mb = (bytes: number) => formatNumber(bytes / 1024 / 1024, 1);
  return [
    formatNumber(measured.submitted),
    formatNumber(measured.reportMs.median),
    `${formatNumber(measured.reportMs.min)}–${formatNumber(measured.reportMs.max)}`,
    mb(measured.reportBytes),
    measured.serverCpuMsPerReport === undefined ? "–" : formatNumber(measured.serverCpuMsPerReport),
    measured.serverPeakRssMb === undefined ? "–" : formatNumber(measured.serverPeakRssMb),
    formatNumber(measured.scanMs.median),
    mb(measured.scanBytes),
  ];
}

export const reportTableHeader = ["responses", "report ms", "min–max", "MB", "server CPU ms", "peak RSS MB", "scan ms", "scanned MB"];
