import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, revokeLink, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";
import { openLink, typeInto, waitUntilSaved } from "./support/respondent-page.js";

// WCAG 2.1 AA in practice: axe-core finds nothing on any state of the respondent's page, and a keyboard alone
// gets through a page of the questionnaire and the language switch, always seeing where the focus is.

let server: E2eServer;
let browser: E2eBrowser;
let campaign: E2eCampaign;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  campaign = await openCampaign(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function scanPage(): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  return context.newPage();
}

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** What has the keyboard focus, described for assertions. */
function focused(page: Page): Promise<{ tag: string; text: string; type: string | null; role: string | null; outline: string; shadow: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.innerText || el?.getAttribute("aria-label") || el?.getAttribute("value") || "").trim(),
      type: el?.getAttribute("type") ?? null,
      role: el?.getAttribute("role") ?? null,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
      shadow: style?.boxShadow ?? "",
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `max` presses. */
async function tabUntil(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`focus never reached the element after ${max} Tab presses; last: ${JSON.stringify(await focused(page))}`);
}

function hasVisibleFocus(f: { outline: string; shadow: string }): boolean {
  return (!f.outline.startsWith("none") && !f.outline.endsWith(" 0px")) || (f.shadow !== "none" && f.shadow !== "");
}

describe("axe-core finds no WCAG 2.1 A/AA violations", () => {
  it("on the landing page", async () => {
    const page = await scanPage();
    await page.goto(`${server.baseUrl}/`);
    await page.locator("h1").waitFor();
    await expectNoViolations(page);
    await screenshot(page, "40-landing");
    await page.context().close();
  });

  it("on the respondent's page, in Danish and in English, on every page of the questionnaire", async () => {
    const page = await scanPage();
    await openLink(page, server.baseUrl, campaign.municipalities[10]!.token);
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Næste" }).click();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Næste" }).click();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: /Current efforts and proposals/ }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("button", { name: "Previous" }).click();
    await expectNoViolations(page);
    await screenshot(page, "41-respondent-english");
    await page.context().close();
  });

  it("with errors and a warning on the page", async () => {
    const page = await scanPage();
    await openLink(page, server.baseUrl, campaign.municipalities[11]!.token);
    // a CPR-like number in free text: a warning on the field, not an error
    await typeInto(page, "1) Karakteren af og rammerne for indsatsen", "Borger 010190-1234 får døgnbehandling.");
    await waitUntilSaved(page);
    const warning = page.locator(".sd-question", { has: page.getByRole("heading", { name: "1) Karakteren af og rammerne for indsatsen" }) }).locator(".sd-question__erbox");
    await expect.poll(() => warning.innerText().catch(() => "")).toMatch(/CPR/);
    await screenshot(page, "42-cpr-warning");
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Indsend besvarelsen" }).click();
    await page.locator(".sd-question__erbox").first().waitFor();
    await expectNoViolations(page);
    await page.context().close();
  });

  it("on the receipt", async () => {
    const page = await scanPage();
    await openLink(page, server.baseUrl, campaign.municipalities[12]!.token);
    for (const [title, text] of [
      ["1) Karakteren af og rammerne for indsatsen", "Ambulant."],
      ["2) Faglige kompetencer, der indgår i indsatsen", "Jordemoder."],
      ["3) Koordination og samarbejde om indsatsen", "Møder."],
    ] as const) {
      await typeInto(page, title, text);
    }
    await page.getByRole("button", { name: "Næste" }).click();
    for (const [title, text] of [
      ["1) Hvordan vil kommunen fremadrettet fagligt tilrettelægge", "Plads."],
      ["2) Hvordan vil kommunen fremadrettet koordinere", "Forum."],
      ["3) Hvilke formelle organiseringer, samarbejdsaftaler og lignende vil kommunen etablere", "Aftale."],
    ] as const) {
      await typeInto(page, title, text);
    }
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Indsend besvarelsen" }).click();
    await page.getByRole("heading", { level: 1, name: "Kvittering for indsendt besvarelse" }).waitFor();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Receipt for the submitted response" }).waitFor();
    await expectNoViolations(page);
    await screenshot(page, "43-receipt-english");
    await page.context().close();
  });

  it("on the error pages", async () => {
    const page = await scanPage();
    await page.goto(`${server.baseUrl}/svar/ukendt-${"q".repeat(40)}`);
    await page.getByRole("heading", { level: 1, name: "Linket virker ikke" }).waitFor();
    await expectNoViolations(page);
    const revoked = campaign.municipalities[13]!;
    await revokeLink(server, campaign, revoked);
    await page.goto(`${server.baseUrl}/svar/${revoked.token}`);
    await page.getByRole("heading", { level: 1, name: "Linket er lukket" }).waitFor();
    await expectNoViolations(page);
    await page.goto(`${server.baseUrl}/ingen-side`);
    await page.getByRole("heading", { level: 1, name: "Siden findes ikke" }).waitFor();
    await expectNoViolations(page);
    await page.context().close();
  });
});

describe("keyboard only", () => {
  it("reaches the content with the skip link, switches language, answers a page and moves on, with visible focus", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openLink(page, server.baseUrl, campaign.municipalities[14]!.token);

    // the skip link comes first and takes the focus to the main content
    const skip = await tabUntil(page, () => true, 1);
    expect(skip.text).toBe("Gå til indholdet");
    expect(hasVisibleFocus(skip)).toBe(true);
    await screenshot(page, "50-keyboard-skip-link");

    // the language switch: Tab to "English", Enter; Tab back to "Dansk", Space
    const english = await tabUntil(page, (f) => f.text === "English");
    expect(hasVisibleFocus(english)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Current efforts and proposals/ }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.evaluate(() => localStorage.getItem("afrapport:locale"))).toBe("en");
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).toBe("Dansk");
    await page.keyboard.press("Space");
    await page.getByRole("heading", { level: 1, name: /Aktuelle indsatser/ }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("da");

    // back to the skip link, then into the questionnaire: a checkbox with Space, text typed, on with Enter
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).text).toBe("Gå til indholdet");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("indhold");
    const checkbox = await tabUntil(page, (f) => f.type === "checkbox");
    await page.keyboard.press("Space");
    expect(await page.getByRole("checkbox", { name: "Matrikelbunden (fx døgnbehandling eller botilbud)" }).isChecked()).toBe(true);
    await screenshot(page, "51-keyboard-checkbox");
    expect(checkbox.tag).toBe("input");
    const field = await tabUntil(page, (f) => f.tag === "textarea");
    expect(hasVisibleFocus(field)).toBe(true);
    await page.keyboard.type("Skrevet med tastaturet.");
    const next = await tabUntil(page, (f) => f.text === "Næste");
    expect(hasVisibleFocus(next)).toBe(true);
    await screenshot(page, "52-keyboard-next");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".af-page-progress").innerText()).toBe("Side 2 af 3");
    await waitUntilSaved(page);
    await context.close();
  });
});
