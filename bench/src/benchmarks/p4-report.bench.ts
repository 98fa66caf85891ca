import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Benchmark, Figure } from "../benchmark.js";
import { measureReport, reportFigures, reportRow, reportTableHeader, startReportServer, type ReportMeasure } from "../report/measure-report.js";
import { formatTable } from "../runner/format.js";

// P4: the joint report (GET /api/campaigns/{id}/report) over a campaign of BENCH_P4_RESPONSES submitted responses
// (10,000) and over 1,000, each on a SQLite file of its own with a server of its own (so its peak RSS is the
// report's), against a raw SQL scan of the same rows + JSON.parse of each. Goal at the full count: ≤ 2×.

const responses = Number(process.env.BENCH_P4_RESPONSES ?? 10_000);
const requests = Number(process.env.BENCH_P4_REQUESTS ?? 7);
const counts = [...new Set([Math.min(1_000, responses), responses])];

export const p4Report: Benchmark = {
  id: "p4",
  title: "P4 joint report: GET /api/campaigns/{id}/report ÷ a raw SQL scan + JSON.parse of the same rows (SQLite)",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "afrapport-p4-"));
    const measured: ReportMeasure[] = [];
    try {
      for (const count of counts) {
        const databaseUrl = `sqlite:${join(dir, `report-${count}.sqlite`)}`;
        const server = await startReportServer(databaseUrl, count, `report-${count}`);
        try {
          measured.push(await measureReport(server, databaseUrl, { requests, label: `report ${count} responses` }));
        } finally {
          await server.stop();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const figures: Figure[] = measured.flatMap((m, i) => reportFigures(m, "", i === measured.length - 1));
    return { figures, table: formatTable([reportTableHeader, ...measured.map(reportRow)]), data: { requests, measured } };
  },
};
