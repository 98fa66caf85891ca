import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_STATIC_DIR } from "@afrapport/server";
import type { Benchmark } from "../benchmark.js";
import { buildBarePage } from "../bare-page/build-bare-page.js";
import { launchChromium, measurePageLoad, type PageLoad } from "../browser/page-load.js";
import { benchPassword, seedRespondents } from "../fixtures/seed-respondents.js";
import { formatNumber, formatTable } from "../runner/format.js";
import { startServer } from "../servers/start-server.js";

// P3: the respondent page, from navigation until the first question is on screen, in Chromium with a Danish locale
// and an empty cache, against a bare page that renders the same questionnaire JSON with survey-react-ui alone (built
// by the same Vite and served the same way). Median of 10 loads each, taken in turns after a warm-up of each, and
// the bytes each needs, gzipped. Goals: ≤ 1.15× the bare page's time, ≤ 100 KB gzipped above it.

const loads = Number(process.env.BENCH_P3_LOADS ?? 10);
const readySelector = ".sd-question";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const p3PageLoad: Benchmark = {
  id: "p3",
  title: "P3 respondent page load in Chromium ÷ a bare survey-react-ui page with the same JSON",
  async run() {
    if (!existsSync(join(DEFAULT_STATIC_DIR, "index.html"))) {
      throw new Error(`no built front end at ${DEFAULT_STATIC_DIR}: run pnpm --filter @afrapport/survey build first`);
    }
    const workDir = mkdtempSync(join(tmpdir(), "afrapport-bench-p3-"));
    const afrapport = await startServer("afrapport.server.ts", "afrapport-pages", [join(workDir, "pages.sqlite"), DEFAULT_STATIC_DIR], {
      AFRAPPORT_DEMO_PASSWORD: benchPassword,
    });
    const browser = await launchChromium();
    let bare: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      const [token] = await seedRespondents(afrapport.origin, 1, "P3");
      const opened = (await (await fetch(`${afrapport.origin}/api/respond/${token}`)).json()) as { questionnaire: { survey: unknown } };
      const bareDir = join(workDir, "bare");
      await buildBarePage(bareDir, opened.questionnaire.survey);
      bare = await startServer("static.server.ts", "bare-page", [bareDir]);

      const pages = { afrapport: `${afrapport.origin}/svar/${token}`, bare: `${bare.origin}/` };
      await measurePageLoad(browser, pages.afrapport, readySelector);
      await measurePageLoad(browser, pages.bare, readySelector);
      const measured: { afrapport: PageLoad[]; bare: PageLoad[] } = { afrapport: [], bare: [] };
      for (let i = 0; i < loads; i++) {
        // in turns, so a slow moment of the machine falls on both
        measured.afrapport.push(await measurePageLoad(browser, pages.afrapport, readySelector));
        measured.bare.push(await measurePageLoad(browser, pages.bare, readySelector));
      }
      const summary = (runs: PageLoad[]) => ({
        medianMs: median(runs.map((run) => run.readyMs)),
        minMs: Math.min(...runs.map((run) => run.readyMs)),
        maxMs: Math.max(...runs.map((run) => run.readyMs)),
        gzipKB: runs[0]!.gzipBytes / 1024,
        transferredKB: runs[0]!.transferredBytes / 1024,
        requests: runs[0]!.requests,
      });
      const ours = summary(measured.afrapport);
      const base = summary(measured.bare);
      const row = (name: string, s: typeof ours) => [name, formatNumber(s.medianMs), formatNumber(s.minMs), formatNumber(s.maxMs), formatNumber(s.gzipKB), formatNumber(s.transferredKB), String(s.requests)];
      return {
        figures: [
          {
            name: `respondent page ÷ bare page, navigation → first question, median of ${loads}`,
            value: ours.medianMs / base.medianMs,
            unit: "×",
            detail: `${formatNumber(ours.medianMs)} vs ${formatNumber(base.medianMs)} ms`,
            goal: { kind: "at-most", value: 1.15 },
          },
          {
            name: "respondent page's bytes above the bare page's, gzipped",
            value: ours.gzipKB - base.gzipKB,
            unit: "KB",
            detail: `${formatNumber(ours.gzipKB)} vs ${formatNumber(base.gzipKB)} KB`,
            goal: { kind: "at-most", value: 100 },
          },
        ],
        table: formatTable([
          ["", "median ms", "min ms", "max ms", "gzip KB", "sent KB", "requests"],
          row("respondent page", ours),
          row("bare survey-react-ui", base),
        ]),
        data: { loads, respondentPage: measured.afrapport, barePage: measured.bare, summary: { respondentPage: ours, barePage: base } },
      };
    } finally {
      await browser.close();
      await bare?.stop();
      await afrapport.stop();
      rmSync(workDir, { recursive: true, force: true });
    }
  },
};
