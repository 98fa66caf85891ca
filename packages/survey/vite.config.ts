import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// The respondent app. The server serves dist/app (with a fallback to index.html for /svar/<token>).
// Workspace packages resolve to their TypeScript source through the "@afrapport/source" condition.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["@afrapport/source", ...defaultClientConditions] },
  build: {
    outDir: "dist/app",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    // `pnpm --filter @afrapport/survey dev` next to a running server (pnpm start).
    proxy: { "/api": process.env.AFRAPPORT_API ?? "http://localhost:3000" },
  },
});
