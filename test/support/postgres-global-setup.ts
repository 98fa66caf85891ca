import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./throwaway-postgres.js";

// Starts a throw-away PostgreSQL cluster for the run, so every database test can run on both SQLite and
// PostgreSQL. AFRAPPORT_TEST_POSTGRES_URL uses a server you already have; AFRAPPORT_TEST_DIALECTS=sqlite skips it.
// In CI a missing PostgreSQL is an error, not a silent skip.

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

let stop: (() => void) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const wanted = (process.env.AFRAPPORT_TEST_DIALECTS ?? "sqlite,postgres").split(",");
  if (!wanted.includes("postgres")) return project.provide("postgresUrl", null);
  if (process.env.AFRAPPORT_TEST_POSTGRES_URL) return project.provide("postgresUrl", process.env.AFRAPPORT_TEST_POSTGRES_URL);

  const cluster = await startThrowawayPostgres();
  if (cluster === undefined) {
    if (process.env.CI) throw new Error("PostgreSQL is not installed (initdb not found); .ci/run installs it.");
    console.warn("[postgres] initdb not found: database tests run on SQLite only. Install PostgreSQL to run both.");
    return project.provide("postgresUrl", null);
  }
  stop = cluster.stop;
  project.provide("postgresUrl", cluster.url);
}

export function teardown(): void {
  stop?.();
}
