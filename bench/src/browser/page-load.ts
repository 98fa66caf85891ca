import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";

/** Chromium from the machine (never a downloaded one), as the e2e tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

export interface PageLoad {
  /** from the start of navigation until the first question is in the page, ms */
  readyMs: number;
  requests: number;
  /** bytes over the wire, bodies only (as the server encoded them) */
  transferredBytes: number;
  /** the decoded bodies gzipped at level 9: a measure of what the page needs that does not depend on the server */
  gzipBytes: number;
}

/** Resource types that make up the page (a favicon or a beacon would not). */
const pageResources = new Set(["document", "script", "stylesheet", "fetch", "xhr", "font", "image"]);

/**
 * Loads `url` in a fresh context (an empty cache, as a respondent opening the invitation for the first time) and
 * measures until `readySelector` first matches; the moment is taken inside the page by a MutationObserver, so it
 * does not depend on how often the driver looks.
 */
export async function measurePageLoad(browser: Browser, url: string, readySelector: string): Promise<PageLoad> {
  const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // A string, not a function: tsx compiles functions with name helpers that do not exist inside the page.
    await page.addInitScript(`
      new MutationObserver((records, observer) => {
        if (window.__ready === undefined && document.querySelector(${JSON.stringify(readySelector)}) !== null) {
          window.__ready = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    `);
    const responses: import("playwright-core").Response[] = [];
    page.on("response", (response) => {
      if (pageResources.has(response.request().resourceType())) responses.push(response);
    });
    await page.goto(url);
    await page.waitForSelector(readySelector, { state: "attached", timeout: 60_000 });
    const readyMs = await page.evaluate(() => (window as unknown as { __ready?: number }).__ready);
    if (readyMs === undefined) throw new Error(`${url}: ${readySelector} is there, but the page did not see it appear`);
    let transferredBytes = 0;
    let gzipBytes = 0;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      gzipBytes += gzipSync(body, { level: 9 }).length;
      transferredBytes += (await response.request().sizes()).responseBodySize;
    }
    return { readyMs, requests: responses.length, transferredBytes, gzipBytes };
  } finally {
    await context.close();
  }
}
