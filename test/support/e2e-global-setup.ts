import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

// Builds the front end once for the end-to-end run (the server serves packages/survey/dist/app), and tells the
// server's test harness that these tests run on SQLite only. AFRAPPORT_E2E_SKIP_BUILD=1 reuses an existing build.

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
export const appIndex = fileURLToPath(new URL("../../packages/survey/dist/app/index.html", import.meta.url));

export function setup(project: TestProject): void {
  project.provide("postgresUrl", null);
  if (process.env.AFRAPPORT_E2E_SKIP_BUILD === "1" && existsSync(appIndex)) return;
  // vitest sets NODE_ENV=test, which would give a development build of React
  execFileSync("pnpm", ["--filter", "@afrapport/survey", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
