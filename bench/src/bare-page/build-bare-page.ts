import { writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { precompress } from "../../../packages/survey/build/precompress.js";

/**
 * Builds the bare page into `outDir` as the respondent page is built (same Vite, same React plugin, same
 * precompression), with `surveyJson` as its /survey.json.
 */
export async function buildBarePage(outDir: string, surveyJson: unknown): Promise<void> {
  await build({
    root: import.meta.dirname,
    configFile: false,
    logLevel: "warn",
    plugins: [react(), precompress()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000, rolldownOptions: { checks: { bundlerTimings: false } } },
  });
  writeFileSync(join(outDir, "survey.json"), JSON.stringify(surveyJson));
}
