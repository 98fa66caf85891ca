import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { smtpTransport } from "../packages/server/src/mail/mail-sender.js";
import { startSmtpServer, type SmtpTestServer } from "../packages/server/src/mail/smtp-test-server.js";
import { sendDueInvitationMail } from "../packages/server/src/user/user-invitation-mail.js";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";

// Issue 13, item 9, in real Chromium: an admin invites a reviewer with an organisation on the users page; the
// invitation mail goes through SMTP (a local test server), and its link lets the person choose a password and
// signs them in; the secretariat adds the reviewer to a campaign on its "Referencegruppe" tab; the reviewer then
// sees the campaign. A spent link gets a Danish sentence. axe checks each new page and the dialog.

let server: E2eServer;
let browser: E2eBrowser;
let smtp: SmtpTestServer;
let campaign: E2eCampaign;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  smtp = await startSmtpServer();
  campaign = await openCampaign(server, { title: "Referencegruppe e2e 2026" });
});

afterAll(async () => {
  await browser?.close();
  await smtp?.close();
  await server?.close();
});

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function signIn(context: BrowserContext, user: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/sekretariat`);
  await page.getByLabel("E-mailadresse").fill(user.email);
  await page.getByLabel("Adgangskode").fill(user.password);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
  return page;
}

describe("users and the reference group in the workspace", () => {
  let link = "";
  const reviewerEmail = "mette.holm@aarhus.dk";
  const reviewerPassword = "rigtig lang adgangskode til Mette";

  it("lets an admin invite a reviewer with an organisation; the mail carries a set-password link", async () => {
    const admin = await server.testApp.createUser({ role: "admin", name: "Ada Admin" });
    const page = await signIn(await browser.newContext({ bypassCSP: true }), admin);
    await page.getByRole("link", { name: "Brugere" }).click();
    await page.getByRole("heading", { name: "Brugere", level: 1 }).waitFor();
    await expectNoViolations(page);

    await page.getByRole("button", { name: "Invitér bruger" }).click();
    const dialog = page.getByRole("dialog", { name: "Invitér bruger" });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.getByText("Ret venligst følgende").waitFor();
    expect(await dialog.locator(".af-ws-error-summary").innerText()).toContain("Skriv personens navn.");
    await expectNoViolations(page);

    await dialog.getByLabel("Navn").fill("Mette Holm");
    await dialog.getByLabel("E-mailadresse").fill("Mette.Holm@Aarhus.dk");
    await dialog.getByLabel("Rolle").selectOption({ label: "Referencegruppe" });
    await dialog.getByLabel("Region", { exact: true }).selectOption({ label: "Region Hovedstaden" });
    await dialog.getByLabel("Organisation").fill("Aarhus Kommune");
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await page.getByRole("heading", { name: "Mette Holm er inviteret" }).waitFor();
    const row = page.locator(`tr[data-user="${reviewerEmail}"]`);
    expect(await row.innerText()).toMatch(/Referencegruppe[\s\S]*Region Hovedstaden[\s\S]*Aarhus Kommune[\s\S]*Inviteret – venter[\s\S]*Invitationen er ikke sendt endnu/);
    const shownLink = await page.getByLabel("Link til at vælge adgangskode").inputValue();
    await screenshot(page, "user-admin-invited");
    await expectNoViolations(page);

    // the mail goes out through SMTP with the same link as the one shown
    const result = await sendDueInvitationMail({
      db: server.testApp.db,
      transport: smtpTransport(smtp.url),
      from: "Afrapport <afrapport@region.dk>",
      links: { publicUrl: server.baseUrl, linkKey: server.testApp.config.linkKey },
      now: () => new Date(),
    });
    expect(result).toEqual({ sent: 1, failed: 0 });
    const mail = smtp.received.find((m) => m.to.includes(reviewerEmail));
    expect(mail?.subject).toBe("Du er inviteret til Afrapport – vælg din adgangskode");
    link = /^(http\S+\/adgangskode\/\S+)$/m.exec(mail?.text ?? "")?.[1] ?? "";
    expect(link).toBe(shownLink);

    await page.reload();
    expect(await page.locator(`tr[data-user="${reviewerEmail}"]`).innerText()).toContain("Invitation sendt");
  });

  it("lets the invited person choose a password through the mail's link, and signs them in", async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(link);
    await page.getByRole("heading", { name: "Vælg din adgangskode" }).waitFor();
    await page.getByText(`Vælg en adgangskode til ${reviewerEmail}`, { exact: false }).waitFor();
    await expectNoViolations(page);
    await page.getByLabel("Ny adgangskode").fill("for kort");
    await page.getByRole("button", { name: "Gem adgangskode og log ind" }).click();
    await page.locator(".af-ws-error-summary").getByText("Adgangskoden skal være mindst 12 tegn.").waitFor();
    await page.getByLabel("Ny adgangskode").fill(reviewerPassword);
    await page.getByLabel("Gentag adgangskoden").fill(reviewerPassword);
    await page.getByRole("button", { name: "Gem adgangskode og log ind" }).click();
    await page.waitForURL((url) => url.pathname === "/sekretariat/kampagner");
    await page.getByText("Logget ind som Mette Holm").waitFor();

    // the link is spent: a second visit says so in Danish and offers the sign-in page
    const other = await (await browser.newContext({ bypassCSP: true })).newPage();
    await other.goto(link);
    await other.getByRole("heading", { name: "Linket kan ikke bruges" }).waitFor();
    await other.getByText("Linket er allerede brugt").waitFor();
    await expectNoViolations(other);
    await other.goto(`${server.baseUrl}/adgangskode/${"A".repeat(43)}`);
    await other.getByText("Linket findes ikke.", { exact: false }).waitFor();
  });

  it("lets the secretariat add the reviewer to a campaign, and the reviewer then sees it", async () => {
    const secretariat = await server.testApp.createUser({ role: "secretariat", regionCode: "1084", name: "Sekretær Signe" });
    const page = await signIn(await browser.newContext({ bypassCSP: true }), secretariat);
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaign.id}/referencegruppe`);
    await page.getByRole("heading", { name: "Referencegruppe", level: 2 }).waitFor();
    await page.getByText("Der er ingen i referencegruppen endnu.").waitFor();
    await expectNoViolations(page);
    await page.getByLabel("Medlem af referencegrupper").selectOption({ label: `Mette Holm, Aarhus Kommune (${reviewerEmail})` });
    await page.getByRole("button", { name: "Tilføj", exact: true }).click();
    await page.getByText("Mette Holm er tilføjet referencegruppen.").waitFor();
    const row = page.locator(".af-reviewers-table tbody tr").filter({ hasText: "Mette Holm" });
    expect(await row.innerText()).toMatch(/Mette Holm\s+Aarhus Kommune\s+mette\.holm@aarhus\.dk\s+Aktiv/);

    // a new member invited straight from the tab is shown as invited, with the link to pass on
    await page.getByRole("button", { name: "Invitér og tilføj" }).click();
    await page.locator(".af-ws-error-summary").getByText("Skriv personens navn.").waitFor();
    await page.getByLabel("Navn").fill("Jens Jensen");
    await page.getByLabel("E-mailadresse").fill("jj@regionh.dk");
    await page.getByLabel("Organisation").fill("Region Hovedstaden");
    await page.getByRole("button", { name: "Invitér og tilføj" }).click();
    await page.getByRole("heading", { name: "Jens Jensen er inviteret" }).waitFor();
    expect(await page.locator(".af-reviewers-table tbody tr").filter({ hasText: "Jens Jensen" }).innerText()).toContain("Inviteret – venter");
    await screenshot(page, "user-admin-reference-group");
    await expectNoViolations(page);

    const reviewer = await signIn(await browser.newContext({ bypassCSP: true }), { email: reviewerEmail, password: reviewerPassword });
    await reviewer.getByRole("link", { name: campaign.title }).waitFor();
  });
});
