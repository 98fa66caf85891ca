import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { demoKommuneAnswers } from "../packages/server/src/demo/demo-answers.js";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { startE2eServer, type E2eServer } from "./support/e2e-app.js";

// The secretariat's workspace in real Chromium against the real server: sign in, create a campaign (its 29
// municipalities invited at once), a new link copied, a respondent's deadline extended with a reason and seen in
// the history, reminders sent and seen in the outbox, two spellings of a named offer merged and the offers
// invited; a reviewer reads the campaign without any action; another region's secretariat does not see it. axe-core
// scans every page; the sign-in and the status board are used with the keyboard alone.

let server: E2eServer;
let browser: E2eBrowser;
let secretariat: { email: string; password: string };
let secretariatPage: Page;
let campaignId: string;
let offersCampaignId: string;
const title = "Gravide med rusmiddelbrug – e2e 2026";
const nextYear = new Date().getFullYear() + 1;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  secretariat = await server.testApp.createUser({ role: "secretariat", regionCode: "1084", name: "Sekretær Signe Holm" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ bypassCSP: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.baseUrl });
  return { context, page: await context.newPage() };
}

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function signIn(page: Page, user: { email: string; password: string }, path = "/sekretariat"): Promise<void> {
  await page.goto(`${server.baseUrl}${path}`);
  await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
  await page.getByLabel("E-mailadresse").fill(user.email);
  await page.getByLabel("Adgangskode").fill(user.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
}

function boardRows(page: Page) {
  return page.locator(".af-ws-board-table tbody tr");
}

interface Focused {
  tag: string;
  text: string;
  id: string;
  outline: string;
  shadow: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.innerText || el?.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim(),
      id: el?.id ?? "",
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
      shadow: style?.boxShadow ?? "",
    };
  });
}

async function tabUntil(page: Page, matches: (f: Focused) => boolean, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`focus never reached the element after ${max} Tab presses; last: ${JSON.stringify(await focused(page))}`);
}

function hasVisibleFocus(f: Focused): boolean {
  return (!f.outline.startsWith("none") && !f.outline.endsWith(" 0px")) || (f.shadow !== "none" && f.shadow !== "");
}

describe("a secretariat runs a campaign", () => {
  it("signs in, with Danish messages for a missing field, a wrong password and too many attempts", async () => {
    ({ page: secretariatPage } = await newPage());
    const page = secretariatPage;
    await page.goto(`${server.baseUrl}/sekretariat/kampagner`);
    await page.waitForURL(/\/sekretariat\/log-ind$/);
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    await expectNoViolations(page);
    await screenshot(page, "80-workspace-login");

    await page.getByRole("button", { name: "Log ind" }).click();
    const summary = page.locator(".af-ws-error-summary");
    await summary.getByText("Skriv din e-mailadresse.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("af-ws-error-summary"))).toBe(true);
    expect(await page.getByLabel("E-mailadresse").getAttribute("aria-invalid")).toBe("true");
    await expectNoViolations(page);
    await screenshot(page, "81-workspace-login-errors");

    await page.getByLabel("E-mailadresse").fill(secretariat.email);
    await page.getByLabel("Adgangskode").fill("forkert-adgangskode");
    await page.getByRole("button", { name: "Log ind" }).click();
    await summary.getByText("E-mailadressen eller adgangskoden er forkert.").waitFor();
    expect(await page.getByLabel("E-mailadresse").inputValue()).toBe(secretariat.email);

    // the server's rate limit, answered here without spending the real budget of attempts
    await page.route("**/api/auth/login", (route) =>
      route.fulfill({ status: 429, headers: { "content-type": "application/json", "retry-after": "300" }, body: JSON.stringify({ error: { code: "rate_limited", message: "Too many" } }) }),
    );
    await page.getByRole("button", { name: "Log ind" }).click();
    await summary.getByText(/for mange forsøg på at logge ind\. Vent 5 minutter/).waitFor();
    await page.unroute("**/api/auth/login");

    await page.getByLabel("Adgangskode").fill(secretariat.password);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL(/\/sekretariat\/kampagner$/);
    await page.getByRole("heading", { level: 1, name: "Indsamlinger" }).waitFor();
    await page.getByText("Logget ind som Sekretær Signe Holm").waitFor();
    await page.getByText("Sekretariat · Region Hovedstaden").waitFor();
    await expectNoViolations(page);
  });

  it("creates a campaign with a Danish deadline and sees the region's 29 municipalities invited", async () => {
    const page = secretariatPage;
    await page.getByRole("link", { name: "Opret indsamling" }).click();
    await page.getByRole("heading", { level: 1, name: "Opret indsamling" }).waitFor();
    await expectNoViolations(page);
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Dato").fill("31.11.2026");
    await page.getByRole("button", { name: "Opret og invitér kommunerne" }).click();
    await page.locator(".af-ws-error-summary").getByText("Skriv datoen som dd.mm.åååå, fx 1.12.2026.").waitFor();
    expect(await page.getByLabel("Titel").inputValue()).toBe(title);
    await expectNoViolations(page);
    await screenshot(page, "82-workspace-create-error");

    await page.getByLabel("Dato").fill(`1.12.${nextYear}`);
    await page.getByRole("button", { name: "Opret og invitér kommunerne" }).click();
    // the banner says what really happened: links made, nothing mailed without addresses
    await page.getByText(/^Indsamlingen er oprettet\. 29 kommuner har fået et svarlink; 0 har en e-mailadresse, så der er ikke sendt noget endnu\./).waitFor();
    await page.waitForURL(/\/sekretariat\/kampagner\/[^/]+\/status$/);
    campaignId = new URL(page.url()).pathname.split("/")[3]!;
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    // The board loads after the heading: wait for its count before counting its rows.
    await page.getByText("Viser 29 af 29").waitFor();
    expect(await boardRows(page).count()).toBe(29);
    expect(await page.locator(".af-ws-facts").innerText()).toContain(`1. december ${nextYear} kl. 12.00`);
    await page.locator(".af-ws-facts").getByText("Åben").waitFor();
    await expectNoViolations(page);
    await screenshot(page, "83-workspace-status-board");

    // the filters: a search and a state
    await page.getByLabel("Søg").fill("frederiks");
    await page.getByText("Viser 2 af 29").waitFor();
    await page.getByLabel("Søg").fill("");
    await page.getByLabel("Status", { exact: true }).selectOption("submitted");
    await page.getByText("Viser 0 af 29").waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption("all");

    // the list now shows it with its response rate
    await page.getByRole("navigation", { name: "Du er her" }).getByRole("link", { name: "Indsamlinger" }).click();
    const row = page.locator("tr", { has: page.getByRole("link", { name: title }) });
    await row.getByText(/^0 af 29 \(0\s%\)$/).waitFor();
    await screenshot(page, "84-workspace-campaign-list");
    await row.getByRole("link", { name: title }).click();
    await boardRows(page).first().waitFor();
  });

  it("copies a new link for a municipality, after being told the old one stops working", async () => {
    const page = secretariatPage;
    await page.getByRole("button", { name: "Håndtér Albertslund" }).click();
    const dialog = page.getByRole("dialog", { name: "Håndtér Albertslund" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Lav et nyt link" }).click();
    await dialog.getByText("Laver du et nyt link, holder det gamle op med at virke.").first().waitFor();
    await dialog.getByRole("button", { name: "Ja, lav et nyt link – det gamle lukkes" }).click();
    const field = dialog.getByLabel("Nyt link til Albertslund");
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/svar/[A-Za-z0-9_-]{20,}$`));
    await dialog.getByRole("button", { name: "Kopiér linket" }).click();
    await dialog.getByText("Kopieret til udklipsholderen").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const opened = await fetch(`${server.baseUrl}/api/respond/${url.split("/svar/")[1]}`);
    expect(opened.status).toBe(200);
    await expectNoViolations(page);
    await screenshot(page, "85-workspace-new-link");
  });

  it("extends that municipality's deadline with a reason and sees it in the history", async () => {
    const page = secretariatPage;
    const dialog = page.getByRole("dialog", { name: "Håndtér Albertslund" });
    await dialog.getByLabel("Begrundelse", { exact: true }).fill("Kommunen har haft sygdom i rusmiddelteamet.");
    await dialog.getByLabel("Dato").fill(`15.12.${nextYear}`);
    await dialog.getByRole("button", { name: "Forlæng fristen" }).click();
    await dialog.getByText(`Fristen er forlænget til 15. december ${nextYear} kl. 12.00.`).waitFor();
    await dialog.getByRole("button", { name: "Luk", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Albertslund");

    const row = boardRows(page).filter({ hasText: "Albertslund" });
    await row.getByText("(forlænget)").waitFor();
    await row.getByText(`15. december ${nextYear} kl. 12.00`).waitFor();
    await page.getByText("Fristens historik").click();
    const history = page.locator(".af-ws-details table");
    await history.getByText("Kommunen har haft sygdom i rusmiddelteamet.").waitFor();
    const entry = await history.locator("tbody tr").first().innerText();
    expect(entry).toContain("Albertslund");
    expect(entry).toContain("Sekretær Signe Holm");
    expect(entry).toContain(`1. december ${nextYear} kl. 12.00`);
    await expectNoViolations(page);
    await screenshot(page, "86-workspace-deadline-history");
  });

  it("sends reminders to those who have not submitted and sees them in the outbox", async () => {
    const page = secretariatPage;
    await page.getByRole("navigation", { name: "Indsamlingens sider" }).getByRole("link", { name: "Udsendelser" }).click();
    await page.getByRole("heading", { level: 2, name: "Send påmindelser" }).waitFor();
    await page.getByText("29 respondenter har ikke indsendt endnu.").waitFor();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Send påmindelse nu" }).click();
    const dialog = page.getByRole("dialog", { name: "Send påmindelser?" });
    await dialog.getByText("Der sendes en påmindelse til 29 respondenter, som ikke har indsendt.").waitFor();
    await dialog.getByLabel("Tilføj en besked (valgfrit)").fill("Husk fristen – ring gerne, hvis I har spørgsmål.");
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Send påmindelserne" }).click();
    await page.getByText("29 påmindelser er lagt i udbakken.").waitFor();
    const reminders = page.locator(".af-ws-outbox-table tbody tr").filter({ hasText: "Påmindelse" });
    await expect.poll(() => reminders.count()).toBe(29);

    // the text of one, to copy into one's own mail, then marked as sent
    const albertslund = reminders.filter({ hasText: "Albertslund" });
    await albertslund.getByRole("button", { name: /Vis teksten/ }).click();
    const message = page.getByRole("dialog", { name: "Påmindelse til Albertslund" });
    const body = await message.getByLabel("Tekst").inputValue();
    expect(body).toContain("Husk fristen – ring gerne, hvis I har spørgsmål.");
    await message.getByRole("button", { name: "Kopiér teksten" }).click();
    await message.getByText("Kopieret til udklipsholderen").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    await expectNoViolations(page);
    await message.getByRole("button", { name: "Markér som sendt" }).click();
    await page.getByText("Beskeden er markeret som sendt.").waitFor();
    await message.getByRole("button", { name: "Luk", exact: true }).click();
    await albertslund.getByText(/^Sendt \d/).waitFor();

    // the schedule: a wrong value is explained, a right one saved
    await page.getByLabel("Dage før fristen").fill("syv");
    await page.getByRole("button", { name: "Gem" }).click();
    await page.getByText("Skriv hele antal dage mellem 1 og 90").waitFor();
    expect(await page.getByLabel("Dage før fristen").inputValue()).toBe("syv");
    await page.getByLabel("Dage før fristen").fill("2, 7");
    await page.getByRole("button", { name: "Gem" }).click();
    await page.getByText("Påmindelser sendes 7 og 2 dage før fristen.").waitFor();
    await expectNoViolations(page);
    await screenshot(page, "87-workspace-outbox");

    // the board counts the reminder that was sent
    await page.getByRole("navigation", { name: "Indsamlingens sider" }).getByRole("link", { name: "Status" }).click();
    const row = boardRows(page).filter({ hasText: "Albertslund" });
    expect(await row.locator("td.af-ws-num").innerText()).toBe("1");
  });

  it("merges two spellings of a named offer and invites the offers, their links shown once", async () => {
    const page = secretariatPage;
    offersCampaignId = await seedOffersCampaign();
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${offersCampaignId}/tilbud`);
    await page.getByRole("heading", { level: 2, name: "Tilbud nævnt af kommunerne" }).waitFor();
    const rows = page.locator(".af-ws-offers-table tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    await expectNoViolations(page);
    await screenshot(page, "88-workspace-offers");

    await page.getByRole("button", { name: "Slå sammen … Døgntilbud Solsikken" }).click();
    const dialog = page.getByRole("dialog", { name: "Slå »Døgntilbud Solsikken« sammen med et andet tilbud" });
    await dialog.getByRole("button", { name: "Slå sammen" }).click();
    await dialog.getByText("Vælg et tilbud").first().waitFor();
    await dialog.getByLabel("Hører til").selectOption({ label: "Døgntilbuddet Solsikken" });
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Slå sammen" }).click();
    await page.getByText("»Døgntilbud Solsikken« er slået sammen med »Døgntilbuddet Solsikken«.").waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    const solsikken = rows.filter({ hasText: "Døgntilbuddet Solsikken" });
    await solsikken.getByText("Også stavet: Døgntilbud Solsikken").waitFor();
    expect(await solsikken.innerText()).toMatch(/Albertslund[\s\S]*Ballerup|Ballerup[\s\S]*Albertslund/);

    await page.getByRole("checkbox", { name: "Vælg Døgntilbuddet Solsikken" }).check();
    await page.getByRole("checkbox", { name: "Vælg Familieambulatoriet Hvidovre" }).check();
    await page.getByRole("button", { name: "Invitér de 2 valgte tilbud" }).click();
    const confirm = page.getByRole("dialog", { name: "Invitér tilbuddene?" });
    await confirm.getByText("Linkene vises kun én gang.", { exact: false }).waitFor();
    await confirm.getByRole("button", { name: "Invitér de 2 valgte tilbud" }).click();
    await page.getByRole("heading", { name: "Links til de inviterede tilbud" }).waitFor();
    const links = page.locator(".af-ws-section--success input");
    expect(await links.count()).toBe(2);
    for (const value of await links.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))) {
      expect(value).toMatch(/\/svar\/[A-Za-z0-9_-]{20,}$/);
      expect((await fetch(`${server.baseUrl}/api/respond/${value.split("/svar/")[1]}`)).status).toBe(200);
    }
    await expect.poll(() => rows.filter({ hasText: "Inviteret" }).filter({ hasNotText: "Ikke inviteret" }).count()).toBe(2);
    await expectNoViolations(page);
    await screenshot(page, "89-workspace-offers-invited");

    await page.getByRole("navigation", { name: "Indsamlingens sider" }).getByRole("link", { name: "Status" }).click();
    await page.getByLabel("Type").selectOption("offer");
    await page.getByText("Viser 2 af 31").waitFor();
  });

  it("reopens a submitted response with a reason and sets a contact e-mail, with Danish messages for bad input", async () => {
    const page = secretariatPage;
    await page.getByLabel("Type").selectOption("all");
    await page.getByLabel("Status", { exact: true }).selectOption("submitted");
    await page.getByText("Viser 1 af 31").waitFor();
    await page.getByRole("button", { name: "Håndtér Brøndby" }).click();
    const dialog = page.getByRole("dialog", { name: "Håndtér Brøndby" });
    await dialog.getByRole("button", { name: "Genåbn besvarelsen" }).click();
    await dialog.getByText("Skriv en begrundelse.").waitFor();
    await dialog.getByLabel("Begrundelse for genåbning").fill("Kommunen har bedt om at rette tallene for 2018.");
    await dialog.getByRole("button", { name: "Genåbn besvarelsen" }).click();
    await dialog.getByText("Besvarelsen er genåbnet.").waitFor();

    await dialog.getByLabel("E-mail", { exact: true }).fill("rusmiddel@brondby");
    await dialog.getByRole("button", { name: "Gem" }).click();
    await dialog.getByText("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.").waitFor();
    expect(await dialog.getByLabel("E-mail", { exact: true }).inputValue()).toBe("rusmiddel@brondby");
    await dialog.getByLabel("Navn", { exact: true }).fill("Bente Brøndum");
    await dialog.getByLabel("E-mail", { exact: true }).fill("rusmiddel@brondby.dk");
    await dialog.getByRole("button", { name: "Gem" }).click();
    await dialog.getByText("Kontaktoplysningerne er gemt.").waitFor();
    await expectNoViolations(page);
    await screenshot(page, "8a-workspace-reopen-contact");
    await dialog.getByRole("button", { name: "Luk", exact: true }).click();
    await page.getByLabel("Status", { exact: true }).selectOption("reopened");
    const row = boardRows(page).filter({ hasText: "Brøndby" });
    await row.getByText("Genåbnet").waitFor();
    await row.getByText("rusmiddel@brondby.dk").waitFor();
  });

  it("closes the campaign after confirming", async () => {
    const page = secretariatPage;
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaignId}/status`);
    await page.getByRole("button", { name: "Luk indsamlingen" }).click();
    const dialog = page.getByRole("dialog", { name: "Skift status til »Lukket«?" });
    await dialog.getByText("Ingen kan længere ændre eller indsende svar.", { exact: false }).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Luk indsamlingen" }).click();
    await page.getByText("Status er nu »Lukket«.").waitFor();
    await page.locator(".af-ws-facts").getByText("Lukket").waitFor();
  });
});

describe("others", () => {
  it("a reviewer of the campaign reads it without any action", async () => {
    const reviewer = await server.testApp.createUser({ role: "reviewer", name: "Referencegruppe Rasmus" });
    const sekretariatApi = await server.testApp.login({ role: "secretariat", regionCode: "1084" });
    expect((await sekretariatApi.post(`/api/campaigns/${campaignId}/reviewers`, { email: reviewer.email })).status).toBe(201);
    const { page, context } = await newPage();
    await signIn(page, reviewer);
    await page.getByText("De indsamlinger, du er med i som faglig referencegruppe.").waitFor();
    await page.getByRole("link", { name: title }).click();
    await page.getByText("Du kan læse, men ikke ændre denne indsamling.").waitFor();
    await boardRows(page).first().waitFor();
    expect(await boardRows(page).count()).toBe(29);
    expect(await page.getByRole("button", { name: /Håndtér/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Forlæng fristen" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /indsamlingen/ }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Opret indsamling" }).count()).toBe(0);
    const tabs = await page.getByRole("navigation", { name: "Indsamlingens sider" }).getByRole("link").allInnerTexts();
    expect(tabs).not.toContain("Udsendelser");
    expect(tabs).not.toContain("Tilbud");
    await expectNoViolations(page);
    await screenshot(page, "90-workspace-reviewer");
    await context.close();
  });

  it("a secretariat of another region does not see the campaign", async () => {
    const other = await server.testApp.createUser({ role: "secretariat", regionCode: "1083", name: "Sekretær Syd" });
    const { page, context } = await newPage();
    await signIn(page, other);
    await page.getByText("Region Syddanmarks indsamlinger til de centrale udmeldinger.").waitFor();
    await page.getByText("Der er ingen indsamlinger endnu. Opret den første.").waitFor();
    expect(await page.getByRole("link", { name: title }).count()).toBe(0);
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaignId}/status`);
    await page.getByRole("heading", { level: 1, name: "Indsamlingen findes ikke" }).waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await expectNoViolations(page);
    await context.close();
  });

  it("English is one click away", async () => {
    const page = secretariatPage;
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaignId}/status`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Status of the responses" }).waitFor();
    await page.getByText(`1 December ${nextYear} at 12:00`).first().waitFor();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByRole("heading", { level: 2, name: "Status for besvarelserne" }).waitFor();
  });
});

describe("keyboard only", () => {
  it("signs in and works the status board with visible focus, the dialog keeping and returning the focus", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sekretariat/log-ind?tilbage=${encodeURIComponent(`/sekretariat/kampagner/${campaignId}/status`)}`);
    await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();

    const skip = await tabUntil(page, () => true, 1);
    expect(skip.text).toBe("Gå til indholdet");
    const email = await tabUntil(page, (f) => f.id === "login-email");
    expect(hasVisibleFocus(email)).toBe(true);
    await page.keyboard.type(secretariat.email);
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("login-password");
    await page.keyboard.type(secretariat.password);
    await screenshot(page, "91-workspace-keyboard-login");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/sekretariat/kampagner/${campaignId}/status$`));
    await boardRows(page).first().waitFor();

    // the tabs, the filters, then a row's button; Enter opens the dialog with the focus inside
    const tab = await tabUntil(page, (f) => f.text === "Udsendelser");
    expect(hasVisibleFocus(tab)).toBe(true);
    const search = await tabUntil(page, (f) => f.id === "filter-search");
    expect(hasVisibleFocus(search)).toBe(true);
    await page.keyboard.type("Ballerup");
    await page.getByText("Viser 1 af 29").waitFor();
    const manage = await tabUntil(page, (f) => f.text.startsWith("Håndtér"));
    expect(manage.text).toBe("Håndtér Ballerup");
    expect(hasVisibleFocus(manage)).toBe(true);
    await screenshot(page, "92-workspace-keyboard-board");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Håndtér Ballerup" });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    // Tab stays inside the modal dialog
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    const back = await focused(page);
    expect(back.text).toBe("Håndtér Ballerup");
    expect(hasVisibleFocus(back)).toBe(true);
    await context.close();
  });
});

/**
 * A campaign on the 2019 questionnaires (the municipality questionnaire names offers, the offer questionnaire
 * exists), with three municipalities naming two spellings of one offer and a second offer (two drafts, Brøndby's
 * submitted).
 */
async function seedOffersCampaign(): Promise<string> {
  const api = await server.testApp.login({ role: "secretariat", regionCode: "1084" });
  const created = await api.post("/api/campaigns", {
    announcementId: "gravide-rusmiddel",
    title: "Gravide 2019-runden – tilbud",
    deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
    municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
    offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
  });
  expect(created.status).toBe(201);
  const id = created.body.campaign.id as string;
  const invited = await api.post(`/api/campaigns/${id}/respondents/municipalities`);
  expect(invited.status).toBe(201);
  expect((await api.post(`/api/campaigns/${id}/status`, { status: "open" })).status).toBe(200);
  const people = invited.body.invited as { respondent: { name: string; kommuneCode: string }; link: { token: string } }[];
  const named: Record<string, { name: string; operator: string; legalBasis: string[]; location: string }[]> = {
    Albertslund: [{ name: "Døgntilbuddet Solsikken", operator: "private", legalBasis: ["sel-101", "sel-107"], location: "Nordsjælland" }],
    Ballerup: [{ name: "Døgntilbud Solsikken", operator: "private", legalBasis: ["sel-107"], location: "Nordsjælland" }],
    Brøndby: [{ name: "Familieambulatoriet Hvidovre", operator: "regional", legalBasis: ["other"], location: "Hvidovre" }],
  };
  for (const [name, offers] of Object.entries(named)) {
    const person = people.find((p) => p.respondent.name === name)!;
    const answers = { ...demoKommuneAnswers(person.respondent.kommuneCode, name), refersToOffers: true, offersUsed: offers };
    const saved = await fetch(`${server.baseUrl}/api/respond/${person.link.token}/answers`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseRevision: 0, answers }),
    });
    expect(saved.status, await saved.text()).toBe(200);
    if (name === "Brøndby") {
      const submitted = await fetch(`${server.baseUrl}/api/respond/${person.link.token}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseRevision: 1, answers }),
      });
      expect(submitted.status, await submitted.text()).toBe(200);
    }
  }
  return id;
}
