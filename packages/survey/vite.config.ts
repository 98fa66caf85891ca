import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { precompress } from "./build/precompress.js";

// The respondent app. The server serves dist/app (with a fallback to index.html for /svar/<token>).
// Workspace packages resolve to their TypeScript source through the "@afrapport/source" condition.
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { conditions: ["@afrapport/source", ...defaultClientConditions] },
  build: {
    outDir: "dist/app",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // precompress() takes seconds by design (brotli at its best, once per build); the timing notice is no news
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    // `pnpm --filter @afrapport/survey dev` next to a running server (pnpm start).
    proxy: { "/api": process.env.AFRAPPORT_API ?? "http://localhost:3000" },
  },
});
