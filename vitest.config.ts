import { defineConfig } from "vitest/config";

// One config, a project per package. Workspace packages resolve to their TypeScript source through the
// "@afrapport/source" export condition, so a test never runs against a stale build.
const source = { conditions: ["@afrapport/source"] };

export default defineConfig({
  test: {
    projects: [
      { resolve: source, ssr: { resolve: { conditions: ["@afrapport/source"] } }, test: { name: "schema", root: "packages/schema", include: ["src/**/*.test.ts", "questionnaires/**/*.test.ts"] } },
      { resolve: source, ssr: { resolve: { conditions: ["@afrapport/source"] } }, test: { name: "server", root: "packages/server", include: ["src/**/*.test.ts"], globalSetup: ["../../test/support/postgres-global-setup.ts"], testTimeout: 30_000, hookTimeout: 60_000 } },
      { resolve: source, ssr: { resolve: { conditions: ["@afrapport/source"] } }, test: { name: "examples", root: "examples", include: ["**/*.test.ts"], exclude: ["**/node_modules/**"] } },
      { resolve: source, ssr: { resolve: { conditions: ["@afrapport/source"] } }, test: { name: "survey", root: "packages/survey", include: ["src/**/*.test.ts"], environment: "node" } },
      { resolve: source, ssr: { resolve: { conditions: ["@afrapport/source"] } }, test: { name: "e2e", root: "test", include: ["*.e2e.test.ts"], globalSetup: ["./support/e2e-global-setup.ts"], fileParallelism: false, testTimeout: 120_000, hookTimeout: 300_000, env: { AFRAPPORT_TEST_DIALECTS: "sqlite" } } },
    ],
  },
});
