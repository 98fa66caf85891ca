import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCampaignBody, validKommuneAnswers } from "../packages/server/src/campaign/campaign-test-kit.js";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { startE2eServer, type E2eServer } from "./support/e2e-app.js";

// Issue 13, items 13 and 10 in the browser: the approval path with planned dates (one day or a period, late steps
// flagged), »Sendt« offered on the last step only, and the councils' step recording each municipal council's and
// the regional council's decision with its date, the missing ones shown; and the offers' suggested duplicates,
// merged in one click into the chosen spelling. axe-core scans each page and dialog.

let server: E2eServer;
let browser: E2eBrowser;
let campaignId: string;
let person: { email: string; password: string };

function expectStatus(response: { status: number; text: string }, status: number): void {
  if (response.status !== status) throw new Error(`expected HTTP ${status}, got ${response.status}: ${response.text}`);
}

/** A Hovedstaden campaign whose municipalities named one offer in three spellings (and two other offers). */
async function seedCampaign(): Promise<string> {
  const api = server.secretariat;
  const created = await api.post("/api/campaigns", { ...createCampaignBody, title: "Godkendelse og tilbud (e2e)" });
  expectStatus(created, 201);
  const id = created.body.campaign.id as string;
  const invited = await api.post(`/api/campaigns/${id}/respondents/municipalities`);
  expectStatus(invited, 201);
  expectStatus(await api.post(`/api/campaigns/${id}/status`, { status: "open" }), 200);
  const tokens = (invited.body.invited as { link: { token: string } }[]).map((e) => e.link.token);
  const respondent = server.testApp.client();
  const offers = [
    [{ name: "Opholdsstedet Solhjem ApS", operator: "private", legalBasis: ["sel-107"], location: "Hillerød" }, { name: "Kastanjehuset", operator: "private", legalBasis: ["sel-101"] }],
    [{ name: "Solhjem", operator: "private", legalBasis: ["sel-107"], location: "Hillerød Kommune" }],
    [{ name: "Opholdssted Solhjem", operator: "private", legalBasis: ["sel-108"] }, { name: "Solhjem", operator: "municipal", legalBasis: ["sel-108"] }],
  ];
  for (const [index, rows] of offers.entries()) {
    const answers = { ...validKommuneAnswers, refersToOffers: true, offersUsed: rows };
    expectStatus(await respondent.post(`/api/respond/${tokens[index]!}/submit`, { baseRevision: 0, answers }), 200);
  }
  return id;
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  campaignId = await seedCampaign();
  person = await server.testApp.createUser({ role: "secretariat", regionCode: "1084", name: "Sara Sekretariat" });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/sekretariat/log-ind`);
  await page.getByLabel("E-mailadresse").fill(person.email);
  await page.getByLabel("Adgangskode").fill(person.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
  return page;
}

const tabUrl = (tab: string) => `${server.baseUrl}/sekretariat/kampagner/${campaignId}/${tab}`;

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function decide(step: number, date: string): Promise<void> {
  expectStatus(await server.secretariat.post(`/api/campaigns/${campaignId}/approval/decisions`, { step, date, decision: "approved" }), 201);
}

describe("the approval path in the browser", () => {
  it("plans each step's date or period, flags a late step, and offers »Sendt« only on the last step", async () => {
    const page = await signIn();
    await page.goto(tabUrl("godkendelse"));
    await page.getByRole("heading", { level: 2, name: "Godkendelse" }).waitFor();
    // step 1 decides: "Sendt" is not among its decisions
    await expect(page.getByLabel("Godkendt", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel("Sendt", { exact: true }).count()).resolves.toBe(0);

    // KKR in June: a period, typed the Danish way; a wrong date first
    await page.getByRole("button", { name: "Planlæg dato – KKR Hovedstaden" }).click();
    const dialog = page.getByRole("dialog", { name: "Planlagt dato for »KKR Hovedstaden«" });
    await dialog.getByLabel("Dato eller første dag").fill("31.6.2027");
    await dialog.getByRole("button", { name: "Gem den planlagte dato" }).click();
    await expect(dialog.locator(".af-ws-error-summary").innerText()).resolves.toContain("Datoen findes ikke");
    await expectNoViolations(page);
    await screenshot(page, "a1-plan-error");
    await dialog.getByLabel("Dato eller første dag").fill("1.6.2027");
    await dialog.getByLabel("Sidste dag (valgfri)").fill("30.6.2027");
    await dialog.getByRole("button", { name: "Gem den planlagte dato" }).click();
    await dialog.waitFor({ state: "hidden" });
    const kkr = page.locator(".af-steps__item").nth(3);
    await expect(kkr.innerText()).resolves.toContain("Planlagt: 1. juni 2027 – 30. juni 2027");

    // the reference group was planned for a day that has passed: late until it decides
    await page.getByRole("button", { name: "Planlæg dato – Faglig referencegruppe" }).click();
    await page.getByLabel("Dato eller første dag").fill("12.6.2026");
    await page.getByRole("button", { name: "Gem den planlagte dato" }).click();
    const first = page.locator(".af-steps__item").first();
    await expect(first.locator(".af-steps__overdue").innerText()).resolves.toBe("Forsinket");
    await expect(first.innerText()).resolves.toContain("Planlagt: 12. juni 2026");
    await expectNoViolations(page);
    await screenshot(page, "a1-plans");

    const approval = (await server.secretariat.get(`/api/campaigns/${campaignId}/approval`)).body;
    expect(approval.steps[3]).toMatchObject({ plannedFrom: "2027-06-01", plannedTo: "2027-06-30", overdue: false });
    expect(approval.steps[0]).toMatchObject({ plannedFrom: "2026-06-12", overdue: true });
    await page.context().close();
  });

  it("records each council's decision with its date, shows the missing ones, and completes the step when all have decided", async () => {
    for (const [step, date] of [[1, "2026-11-02"], [2, "2026-11-09"], [3, "2026-11-16"], [4, "2026-11-23"]] as const) await decide(step, date);
    const page = await signIn();
    await page.goto(tabUrl("godkendelse"));
    const councils = page.locator(".af-councils");
    await councils.getByText("Mangler beslutning fra 30 af 30 råd.").waitFor();
    await expect(councils.locator("tbody tr").count()).resolves.toBe(30);
    await expect(councils.locator("tbody tr").last().innerText()).resolves.toContain("Regionsrådet, Region Hovedstaden");

    await councils.getByRole("button", { name: "Registrér beslutning for Albertslund" }).click();
    const dialog = page.getByRole("dialog", { name: "Beslutning i Albertslund" });
    await dialog.getByLabel("Dato for beslutningen").fill("");
    await dialog.getByRole("button", { name: "Registrér beslutningen" }).click();
    const summary = dialog.locator(".af-ws-error-summary");
    await expect(summary.innerText()).resolves.toContain("Vælg, hvad der blev besluttet.");
    await expect(summary.innerText()).resolves.toContain("Skriv datoen for beslutningen.");
    await expectNoViolations(page);
    await screenshot(page, "a1-council-dialog");
    await dialog.getByLabel("Godkendt med bemærkninger").check();
    await dialog.getByLabel("Dato for beslutningen").fill("25.11.2026");
    await dialog.getByLabel("Bemærkning", { exact: true }).fill("Ønsker flere døgnpladser i Nordsjælland.");
    await dialog.getByRole("button", { name: "Registrér beslutningen" }).click();
    await page.getByText("Beslutningen for Albertslund er registreret.").waitFor();
    const albertslund = councils.locator("tr[data-council='165']");
    await expect(albertslund.innerText()).resolves.toMatch(/Godkendt med bemærkninger\s+25\. november 2026\s+Ønsker flere døgnpladser/);
    await councils.getByText("Mangler beslutning fra 29 af 30 råd.").waitFor();
    await expect(councils.innerText()).resolves.toContain("Mangler: København, Frederiksberg");

    // the step cannot complete while councils are missing: said in Danish before anything is sent
    await page.locator(".af-decision-form").getByLabel("Godkendt", { exact: true }).check();
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    await expect(page.locator(".af-decision-form .af-ws-error-summary").innerText()).resolves.toContain("29 råd mangler at beslutte.");
    await expectNoViolations(page);
    await screenshot(page, "a1-councils");

    // the other councils decide (through the API), and the step completes in the browser
    const all = (await server.secretariat.get(`/api/campaigns/${campaignId}/approval`)).body.councils.councils as { code: string; decision: string | null }[];
    for (const council of all.filter((c) => c.decision === null)) {
      expectStatus(await server.secretariat.put(`/api/campaigns/${campaignId}/approval/councils`, { council: council.code, decision: "approved", date: "2026-11-30" }), 200);
    }
    await page.reload();
    await page.getByText("Alle råd har besluttet. Trinnet kan nu afsluttes.").waitFor();
    await page.locator(".af-decision-form").getByLabel("Godkendt", { exact: true }).check();
    await page.getByLabel("Dato for beslutningen").fill("1.12.2026");
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    await page.getByText("Beslutningen for »Kommunalbestyrelser og regionsråd« er registreret").waitFor();
    // the last step: now »Sendt« is offered (once the form has moved on to it)
    const sent = page.locator(".af-decision-form").getByLabel("Sendt", { exact: true });
    await sent.waitFor();
    await expect(sent.count()).resolves.toBe(1);
    await expectNoViolations(page);
    await page.context().close();
  });
});

describe("the offers' suggested duplicates in the browser", () => {
  it("lists the group with what differs and merges it in one click into the chosen spelling", async () => {
    const page = await signIn();
    await page.goto(tabUrl("tilbud"));
    const group = page.locator(".af-ws-duplicate");
    await group.first().waitFor();
    await expect(group.count()).resolves.toBe(1);
    const text = await group.innerText();
    expect(text).toContain("Solhjem – 3 stavemåder");
    expect(text).toContain("Forskel: stavemåde, beliggenhed.");
    expect(text).toContain("Driftsherre: Privat eller selvejende");
    // the municipal namesake is another offer
    expect(text).not.toContain("Kommunal");
    await expectNoViolations(page);
    await screenshot(page, "a1-duplicates");

    await group.getByLabel(/^Opholdsstedet Solhjem ApS/).check();
    await group.getByRole("button", { name: "Slå sammen til »Opholdsstedet Solhjem ApS«" }).click();
    await page.getByText("3 stavemåder er slået sammen til »Opholdsstedet Solhjem ApS«.").waitFor();
    // the suggestions load again from the merged offers: none is left
    await page.locator(".af-ws-duplicate").waitFor({ state: "detached" });
    const row = page.locator(".af-ws-offers-table tbody tr").filter({ hasText: "Opholdsstedet Solhjem ApS" });
    await expect(row.innerText()).resolves.toContain("Også stavet");
    await expect(page.locator(".af-ws-offers-table th[scope=col]").allInnerTexts()).resolves.toContain("Driftsherre");
    const offers = (await server.secretariat.get(`/api/campaigns/${campaignId}/named-offers`)).body.offers as { name: string; mergedKeys: string[] }[];
    expect(offers.find((o) => o.name === "Opholdsstedet Solhjem ApS")?.mergedKeys).toHaveLength(2);
    await expectNoViolations(page);
    await page.context().close();
  });
});
