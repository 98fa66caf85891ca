import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Benchmark, Figure } from "../benchmark.js";
import { download, median, residentMemory, type Download } from "../exports/download.js";
import { rawScan } from "../exports/raw-scan.js";
import { benchPassword } from "../fixtures/seed-respondents.js";
import { formatNumber, formatTable } from "../runner/format.js";
import { startServer, type RunningServer } from "../servers/start-server.js";

// P5: the downloads of a campaign with many submitted responses (the shared fixture, BENCH_P5_RESPONSES, 10,000 by
// default): the answers workbook (XLSX), the joint report as Word (DOCX) and the municipalities' answers as CSV,
// each through its route as the browser fetches it. Each export gets a server of its own, started afresh on the
// same seeded SQLite file, so its peak resident memory (VmHWM) is that export's alone. Per export: time to the
// first byte of the body and to the last (median of BENCH_P5_DOWNLOADS, 3), bytes, and the peak RSS. Goals: first
// byte < 1 s, total < 3 s, peak RSS < 256 MB. The baseline, timed in the same run against the same file: a raw SQL
// scan of the same responses' answers + JSON.parse of each. BENCH_P5_EXPORTS (e.g. `docx,csv`) measures only some;
// BENCH_P5_DATABASE names a database to seed once and use again (for quick runs while working on an export).

const responses = Number(process.env.BENCH_P5_RESPONSES ?? 10_000);
const downloads = Number(process.env.BENCH_P5_DOWNLOADS ?? 3);
/** e.g. `docx,csv`: only these exports */
const only = process.env.BENCH_P5_EXPORTS?.toLowerCase().split(",").map((name) => name.trim());
/** a database seeded by an earlier run to use again (`sqlite:/tmp/p5.sqlite`), else a fresh file seeded now */
const keptDatabase = process.env.BENCH_P5_DATABASE;
const demoEmail = "sekretariat@demo.afrapport.dk";

const exportsMeasured = [
  { name: "XLSX", path: "answers.xlsx", magic: "PK", contentType: "spreadsheetml" },
  { name: "DOCX", path: "report.docx", magic: "PK", contentType: "wordprocessingml" },
  { name: "CSV", path: "export.csv", magic: "\uFEFF", contentType: "text/csv" },
] as const;

interface ExportMeasure {
  name: string;
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  idleRssMb: number;
  peakRssMb: number;
  runs: Download[];
}

async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: demoEmail, password: benchPassword }),
  });
  if (!response.ok) throw new Error(`P5: signing in answered ${response.status}: ${await response.text()}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

const startReportServer = (databaseUrl: string, name: string) =>
  startServer("report.server.ts", name, [databaseUrl, String(responses)], { AFRAPPORT_DEMO_PASSWORD: benchPassword });

async function measureExport(databaseUrl: string, which: (typeof exportsMeasured)[number]): Promise<ExportMeasure> {
  const server: RunningServer = await startReportServer(databaseUrl, `afrapport-p5-${which.name.toLowerCase()}`);
  try {
    const cookie = await signIn(server.origin);
    const idle = residentMemory(server.pid);
    const url = `${server.origin}/api/campaigns/${String(server.info.campaignId)}/${which.path}`;
    const runs: Download[] = [];
    for (let run = 0; run < downloads; run++) {
      const taken = await download(url, cookie);
      if (taken.status !== 200) throw new Error(`P5: GET ${which.path} answered ${taken.status}`);
      if (!taken.contentType.includes(which.contentType) || !taken.head.toString("utf8").startsWith(which.magic)) {
        throw new Error(`P5: GET ${which.path} is not a ${which.name} (${taken.contentType})`);
      }
      runs.push(taken);
    }
    return {
      name: which.name,
      firstByteMs: median(runs.map((r) => r.firstByteMs)),
      totalMs: median(runs.map((r) => r.totalMs)),
      bytes: median(runs.map((r) => r.bytes)),
      idleRssMb: idle.rssMb,
      peakRssMb: residentMemory(server.pid).peakMb,
      runs,
    };
  } finally {
    await server.stop();
  }
}

export const p5Exports: Benchmark = {
  id: "p5",
  title: `P5 exports of ${formatNumber(responses)} submitted responses: answers XLSX, report DOCX, answers CSV (each on a fresh server) vs a raw SQL scan + JSON.parse`,
  async run() {
    const workDir = mkdtempSync(join(tmpdir(), "afrapport-p5-"));
    const databaseUrl = keptDatabase ?? `sqlite:${join(workDir, "exports.sqlite")}`;
    try {
      // the first start seeds the file; every export then starts its own server on it
      const seeding = await startReportServer(databaseUrl, "afrapport-p5-seed");
      const campaignId = String(seeding.info.campaignId);
      const submitted = Number(seeding.info.submitted);
      await seeding.stop();
      const scan = await rawScan(databaseUrl, campaignId);
      const measured: ExportMeasure[] = [];
      for (const which of exportsMeasured) {
        if (only === undefined || only.includes(which.name.toLowerCase())) measured.push(await measureExport(databaseUrl, which));
      }
      const ratio = (ms: number) => `${formatNumber(ms / scan.ms, 1)}× the scan`;
      const figures: Figure[] = measured.flatMap((m) => [
        { name: `${m.name} first byte`, value: m.firstByteMs, unit: "ms", detail: ratio(m.firstByteMs), goal: { kind: "at-most", value: 1000 } },
        { name: `${m.name} total`, value: m.totalMs, unit: "ms", detail: `${ratio(m.totalMs)}, ${formatNumber(m.bytes / 1024)} KB`, goal: { kind: "at-most", value: 3000 } },
        {
          name: `${m.name} server peak RSS`,
          value: m.peakRssMb,
          unit: "MB",
          detail: `idle ${formatNumber(m.idleRssMb)} MB, +${formatNumber(m.peakRssMb - m.idleRssMb)} MB`,
          goal: { kind: "at-most", value: 256 },
        },
      ]);
      return {
        figures,
        table: formatTable([
          ["", "first byte ms", "total ms", "KB", "idle RSS MB", "peak RSS MB"],
          ...measured.map((m) => [m.name, formatNumber(m.firstByteMs), formatNumber(m.totalMs), formatNumber(m.bytes / 1024), formatNumber(m.idleRssMb), formatNumber(m.peakRssMb)]),
          [`raw scan + JSON.parse (${formatNumber(scan.rows)} rows)`, "", formatNumber(scan.ms), "", "", ""],
        ]),
        data: {
          responses: submitted,
          downloadsPerExport: downloads,
          rawScan: scan,
          exports: measured.map(({ runs, ...m }) => ({ ...m, runs: runs.map(({ head: _head, ...run }) => run) })),
        },
      };
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};
