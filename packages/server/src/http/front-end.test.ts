import { mkdtempSync, rmSync, writeFileSync, unlinkSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { createTestDatabase } from "../test-support/dialects.js";
import { dropTestDatabase } from "../test-support/test-app.js";
import { missingFrontEndNotice } from "./front-end.js";

// Issue 14, item 10: a server that found no built front end (another build of the same checkout emptying it)
// served a bare 404 for every page and said nothing.

describe("without a built front end", () => {
  it("says so at start", () => {
    const dir = mkdtempSync(join(tmpdir(), "afrapport-no-front-end-"));
    try {
      expect(missingFrontEndNotice(dir)).toBe(
        `No built front end at ${dir}: until it is there, every page answers 503 with a notice (the API works). Build it with pnpm build; the server need not be restarted.`,
      );
      writeFileSync(join(dir, "index.html"), "<!doctype html><title>Afrapport</title>");
      expect(missingFrontEndNotice(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers every page with 503 and a plain Danish and English notice until it is there, and the API as ever", async () => {
    const dir = mkdtempSync(join(tmpdir(), "afrapport-no-front-end-"));
    const database = await createTestDatabase("sqlite");
    const config = {
      port: 0,
      host: "127.0.0.1",
      database: { dialect: "sqlite" as const, path: ":memory:" },
      publicUrl: "http://127.0.0.1",
      sessionTtlHours: 1,
      maxUploadBytes: 1,
      attachmentQuota: { perResponseBytes: 1, perCampaignBytes: 1 },
      trustProxy: false,
      linkKey: Buffer.alloc(32),
    };
    const server = createServer(createApp({ db: database.db, config, staticDir: dir }));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ["/", "/sekretariat/log-ind", "/svar/abc", "/assets/app.js"]) {
        const page = await fetch(base + path);
        expect(page.status, path).toBe(503);
        expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(page.headers.get("retry-after")).toBe("10");
        expect(page.headers.get("cache-control")).toBe("no-store");
        const html = await page.text();
        expect(html).toMatch(/^<!doctype html>\n<html lang="da">/);
        expect(html).toContain("<h1>Afrapport er ikke klar lige nu</h1>");
        expect(html).toContain('<section lang="en">');
        expect(html).not.toContain("<script");
      }
      expect((await fetch(base, { method: "HEAD" })).status).toBe(503);
      const api = await fetch(`${base}/api/openapi.json`);
      expect(api.status).toBe(200);
      expect((await fetch(`${base}/api/nothing`)).status).toBe(404);

      // Built while the server runs: pages work at once; emptied again: the notice is back.
      writeFileSync(join(dir, "index.html"), "<!doctype html><title>Afrapport</title>");
      writeFileSync(join(dir, "app.js"), "console.log(1)");
      const page = await fetch(`${base}/sekretariat/log-ind`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>Afrapport</title>");
      expect((await fetch(`${base}/app.js`)).status).toBe(200);
      unlinkSync(join(dir, "index.html"));
      expect((await fetch(`${base}/sekretariat/log-ind`)).status).toBe(503);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await dropTestDatabase(database);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
