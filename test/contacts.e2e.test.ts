import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";

// Issue 13, items 7 and 8, in real Chromium: after a campaign is created the status board says what is true (links,
// no addresses, nothing sent); contacts are pasted as copied from Excel, previewed row by row with Danish messages
// for an unknown kommune, a bad e-mail and a duplicate, and saved at once; the invitation is shown – recipients,
// greeting, text – before it is queued; and "Send påmindelse nu" says first who cannot be mailed, then gives their
// links in one list to copy.

let server: E2eServer;
let browser: E2eBrowser;
let campaign: E2eCampaign;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  campaign = await openCampaign(server, { title: "Kontakter e2e 2026" });
  const user = await server.testApp.createUser({ role: "secretariat", regionCode: "1084", name: "Sekretær Signe Holm" });
  const context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
  await page.goto(`${server.baseUrl}/sekretariat`);
  await page.getByLabel("E-mailadresse").fill(user.email);
  await page.getByLabel("Adgangskode").fill(user.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectNoViolations(): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const pasted = [
  "Kommune\tKontaktperson\tE-mail",
  "Albertslund\tMette Hansen\tMette@Albertslund.dk",
  "Københavns Kommune\tJens Jensen\tjj@kk.dk",
  "0151\tBo Berg\tbo@balk.dk",
  "Gentofteby\tOle Olsen\tole@gentofte.dk",
  "Gladsaxe\tGitte\tgitte-at-gladsaxe.dk",
  "albertslund kommune\tMette H.\tmh@albertslund.dk",
].join("\n");

describe("contacts in bulk, invitations shown first, reminders to people without an address", () => {
  it("pastes contacts, previews them with Danish messages, saves the good rows, and shows the invitation before sending it", async () => {
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaign.id}`);
    const panel = page.getByRole("region", { name: "Kontaktpersoner og invitationer" });
    await panel.getByText("29 kommuner har fået et svarlink; 0 har en e-mailadresse. Der er ikke sendt noget endnu.").waitFor();

    await panel.getByRole("button", { name: "Tilføj kontaktpersoner" }).click();
    const dialog = page.getByRole("dialog", { name: "Tilføj kontaktpersoner" });
    await dialog.getByLabel("Indsæt kontaktpersoner").fill(pasted);
    await dialog.getByRole("button", { name: "Vis hvad der bliver gemt" }).click();
    await dialog.getByRole("heading", { name: "Det her bliver gemt" }).waitFor();
    await dialog.getByText("3 rækker er klar; 3 rækker har fejl og bliver ikke gemt.").waitFor();
    const rows = dialog.locator(".af-ws-contacts-table tbody tr");
    expect(await rows.count()).toBe(6);
    expect((await rows.nth(1).innerText()).replace(/\s+/g, " ")).toContain("København Jens Jensen jj@kk.dk OK");
    expect(await rows.nth(3).innerText()).toContain("Ukendt kommune: »Gentofteby«. Skriv kommunens navn eller kode.");
    expect(await rows.nth(4).innerText()).toContain("»gitte-at-gladsaxe.dk« er ikke en gyldig e-mailadresse.");
    expect(await rows.nth(5).innerText()).toContain("Albertslund står også i række 2; den første række bruges.");
    await screenshot(page, "contacts-preview");
    await expectNoViolations();

    await dialog.getByRole("button", { name: "Gem 3 kontaktpersoner" }).click();
    await dialog.getByText("3 kontaktpersoner er gemt. Der er ikke sendt noget endnu.").waitFor();
    await dialog.getByRole("button", { name: "Luk", exact: true }).first().click();

    await panel.getByText("29 kommuner har fået et svarlink; 3 har en e-mailadresse. Der er ikke sendt nogen invitationer endnu.").waitFor();
    await panel.getByRole("button", { name: "Se og send invitationer (3)" }).click();
    const invite = page.getByRole("dialog", { name: "Send invitationer" });
    await invite.getByText("Invitationen går til 3 modtagere, hver med sit eget svarlink.").waitFor();
    await invite.getByText(/Der er ikke sat en mailserver op/).waitFor();
    await invite.getByText("26 respondenter har ingen e-mailadresse og får ingen invitation:").waitFor();
    const body = await invite.locator(".af-ws-mail-preview__body").innerText();
    expect(body).toMatch(/^Kære Jens Jensen\n/);
    expect(body).toContain("personligt link");
    expect(await invite.locator(".af-ws-mail-preview__head").innerText()).toContain("jj@kk.dk");
    await screenshot(page, "contacts-invitation-preview");
    await expectNoViolations();
    await invite.getByRole("button", { name: "Send 3 invitationer" }).click();
    await page.getByText("3 invitationer er lagt i udbakken. Kopiér dem derfra ind i din egen e-mail.").waitFor();
    await panel.getByText("3 har fået en invitation.", { exact: false }).waitFor();
    await screenshot(page, "contacts-panel");

    const outbox = await server.secretariat.get(`/api/campaigns/${campaign.id}/outbox`);
    expect(outbox.body.messages.map((m: { kind: string; to: string }) => `${m.kind} ${m.to}`).sort()).toEqual([
      "invitation bo@balk.dk",
      "invitation jj@kk.dk",
      "invitation mette@albertslund.dk",
    ]);
  });

  it("says before a reminder who cannot be mailed, and then gives their links in one list", async () => {
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaign.id}/udsendelser`);
    await page.getByRole("button", { name: "Send påmindelse nu" }).click();
    const dialog = page.getByRole("dialog", { name: "Send påmindelser?" });
    await dialog.getByText(/^3 har en e-mailadresse; deres påmindelser lægges i udbakken/).waitFor();
    await dialog.getByText("26 har ingen e-mailadresse og kan ikke få en e-mail:").waitFor();
    await dialog.getByText("Når du sender, får du deres links samlet i én liste, som du kan kopiere og sende videre selv.").waitFor();
    expect(await dialog.getByRole("listitem").filter({ hasText: "Gladsaxe" }).count()).toBe(1);
    await expectNoViolations();

    await dialog.getByRole("button", { name: "Send påmindelserne" }).click();
    await page.getByText("29 påmindelser er lagt i udbakken.").waitFor();
    await page.getByText("26 respondenter uden e-mailadresse fik ingen e-mail.", { exact: false }).waitFor();
    const list = page.getByLabel("Links til de 26 uden e-mailadresse (navn – link, én pr. linje)");
    await list.waitFor();
    const lines = (await list.inputValue()).split("\n");
    expect(lines).toHaveLength(26);
    const gladsaxe = lines.find((line) => line.startsWith("Gladsaxe – "));
    expect(gladsaxe).toMatch(/^Gladsaxe – http:\/\/127\.0\.0\.1:\d+\/svar\/[A-Za-z0-9_-]{43}$/);
    expect(lines.some((line) => line.startsWith("Albertslund"))).toBe(false);
    // the dialog closed, focus moved to the list, and its link opens Gladsaxe's questionnaire
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA" && document.activeElement.closest("#remind-links") !== null, undefined, { timeout: 5000 });
    const opened = await fetch(`${server.baseUrl}/api/respond/${gladsaxe!.split("/svar/")[1]}`);
    expect(opened.status).toBe(200);
    await screenshot(page, "contacts-reminder-links");
    await expectNoViolations();
    // the outbox behind has them all: the 26 without an address wait there too, to be copied
    await expect.poll(() => page.locator(".af-ws-outbox-table tbody tr").filter({ hasText: "Påmindelse" }).count()).toBe(29);
  });
});
