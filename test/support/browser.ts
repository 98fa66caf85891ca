import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

// Debian's Chromium, launched headless with everything that would phone home turned off. Never downloads a browser.

export const chromiumPath = process.env.AFRAPPORT_CHROMIUM ?? "/usr/bin/chromium";
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export interface E2eBrowser {
  browser: Browser;
  /**
   * A new, isolated browser profile (cookies, localStorage) – one per person. `bypassCSP` lets axe-core be
   * injected as a script tag; every other test runs under the app's real Content-Security-Policy.
   */
  newContext(options?: { locale?: string; bypassCSP?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * One browser for a test file. Playwright starts it on a fresh, temporary user-data-dir of its own (and removes it
 * on close); every context is a further isolated profile, so two contexts are two colleagues on two machines.
 */
export async function launchBrowser(): Promise<E2eBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args, headless: true });
  return {
    browser,
    newContext: (options = {}) =>
      browser.newContext({
        locale: options.locale ?? "da-DK",
        timezoneId: "Europe/Copenhagen",
        viewport: { width: 1280, height: 900 },
        bypassCSP: options.bypassCSP ?? false,
      }),
    close: () => browser.close(),
  };
}

const screenshotDir = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

/** A full-page screenshot in test-results/screenshots/ (git-ignored), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.1 A and AA rules on the page as it is now (in a context with `bypassCSP`). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`).join("\n");
}
