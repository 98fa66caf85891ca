import { copyFileSync, mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readmeVerifier, startReceiver, type TestReceiver } from "../packages/server/src/webhook/webhook-test-kit.js";
import { deliverDueWebhooks } from "../packages/server/src/webhook/webhook-worker.js";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";

// Issue 13, item 17, in real Chromium: a secretariat adds a webhook on its campaign's »Webhooks« tab (Danish
// messages for a bad address and no events), sees the secret once and copies it, sends a test message that a real
// receiver gets signed with that secret, reads the delivery log, switches the webhook off and deletes it – by
// mouse and by keyboard, axe-clean on the page and in each dialog.

let server: E2eServer;
let browser: E2eBrowser;
let campaign: E2eCampaign;
let receiver: TestReceiver;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer({ config: { webhooksAllowLocal: true } });
  browser = await launchBrowser();
  receiver = await startReceiver();
  campaign = await openCampaign(server, { title: "Webhooks e2e 2026" });
  page = await signIn(server);
});

/** A new browser context signed in as a secretariat of Hovedstaden on that server. */
async function signIn(on: E2eServer): Promise<Page> {
  const user = await on.testApp.createUser({ role: "secretariat", regionCode: "1084", name: "Sekretær Sofie Lund" });
  const context = await browser.newContext({ bypassCSP: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const signedIn = await context.newPage();
  await signedIn.goto(`${on.baseUrl}/sekretariat`);
  await signedIn.getByLabel("E-mailadresse").fill(user.email);
  await signedIn.getByLabel("Adgangskode").fill(user.password);
  await signedIn.getByRole("button", { name: "Log ind" }).click();
  await signedIn.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
  return signedIn;
}

afterAll(async () => {
  await receiver?.close();
  await browser?.close();
  await server?.close();
});

async function expectNoViolations(): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function shot(name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync("/tmp/w1", { recursive: true });
  copyFileSync(new URL(`../test-results/screenshots/${name}.png`, import.meta.url), `/tmp/w1/${name}.png`);
}

const worker = () => deliverDueWebhooks({ db: server.testApp.db, config: server.testApp.config, now: () => new Date(), timeoutMs: 2000, log: () => undefined });

describe("webhooks in the workspace", () => {
  it("adds a webhook, shows its secret once, sends a signed test message, shows the log, switches it off and deletes it", async () => {
    await page.goto(`${server.baseUrl}/sekretariat/kampagner/${campaign.id}`);
    await page.getByRole("link", { name: "Webhooks", exact: true }).click();
    await page.getByRole("heading", { name: "Webhooks", level: 2, exact: true }).waitFor();
    await page.getByText("Der er ingen webhooks for indsamlingen eller regionen endnu.").waitFor();
    await expectNoViolations();

    // By keyboard: the button opens the dialog with focus on its first field.
    await page.getByRole("button", { name: "Tilføj webhook" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Tilføj webhook" });
    const url = dialog.getByLabel("Adresse (URL)");
    await expect.poll(() => url.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("http://integration.regionh.dk/afrapport");
    for (const name of ["Svar indsendt", "Svar genåbnet", "Indsamling lukket"]) await dialog.getByLabel(name).uncheck();
    await dialog.getByRole("button", { name: "Gem" }).click();
    const summary = dialog.getByRole("alert");
    await summary.getByText("Adressen skal begynde med https://.").waitFor();
    await summary.getByText("Vælg mindst én hændelse.").waitFor();
    await shot("webhooks-form-errors");
    await expectNoViolations();

    await url.fill(receiver.url);
    await dialog.getByLabel("Svar indsendt").check();
    await dialog.getByLabel("Indsamling lukket").check();
    await dialog.getByLabel("Beskrivelse (valgfri)").fill("Regionens sagssystem");
    await dialog.getByRole("button", { name: "Gem" }).click();

    const secretDialog = page.getByRole("dialog", { name: "Hemmeligheden til signaturen" });
    const secretField = secretDialog.getByLabel("Hemmelighed");
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await secretDialog.getByRole("button", { name: "Kopiér hemmeligheden" }).click();
    await secretDialog.getByText("Kopieret til udklipsholderen").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await shot("webhooks-secret");
    await expectNoViolations();
    await secretDialog.getByRole("button", { name: "Jeg har gemt den" }).click();

    const row = page.getByRole("row", { name: new RegExp(receiver.url) });
    await row.getByText("Svar indsendt, Indsamling lukket").waitFor();
    await row.getByText("Alle regionens indsamlinger").waitFor({ state: "detached" });
    await row.getByText("Denne indsamling").waitFor();
    await row.getByText("Intet sendt endnu").waitFor();
    // The secret is not on the page any more, nor anywhere the API sends it.
    expect(await page.content()).not.toContain(secret);

    await row.getByRole("button", { name: `Send testbesked – ${receiver.url}` }).click();
    await page.getByText("Testbeskeden er sat i kø og sendes inden for et minut. Se leveringsloggen.").waitFor();
    expect(await worker()).toMatchObject({ delivered: 1 });
    const [request] = receiver.requests;
    expect(request!.headers["afrapport-event"]).toBe("webhook.test");
    expect(readmeVerifier()(secret, request!.headers, request!.body)).toBe(true);

    await row.getByRole("button", { name: `Leveringslog – ${receiver.url}` }).click();
    const log = page.getByRole("dialog", { name: `Leveringslog for ${receiver.url}` });
    const delivered = log.getByRole("row", { name: /Testbesked/ });
    await delivered.getByText("Modtaget").waitFor();
    await delivered.getByText("HTTP 200").waitFor();
    await shot("webhooks-log");
    await expectNoViolations();
    await log.getByRole("button", { name: /^Send igen/ }).click();
    await log.getByText("Beskeden sendes igen inden for et minut.").waitFor();
    await log.getByRole("row", { name: /Venter/ }).waitFor();
    await page.keyboard.press("Escape");
    await log.waitFor({ state: "hidden" });

    await row.getByRole("button", { name: `Slå fra – ${receiver.url}` }).click();
    await page.getByText("Webhooken er slået fra.").waitFor();
    await row.getByText("Slået fra").waitFor();
    await shot("webhooks-list");
    await expectNoViolations();

    await row.getByRole("button", { name: `Slet – ${receiver.url}` }).click();
    const confirm = page.getByRole("dialog", { name: "Slet webhook?" });
    await confirm.getByRole("button", { name: "Slet webhook" }).click();
    await page.getByText("Webhooken er slettet.").waitFor();
    await page.getByText("Der er ingen webhooks for indsamlingen eller regionen endnu.").waitFor();
  });

  it("says in Danish when the server refuses an address inside its network", async () => {
    // A server as in production: no local webhooks.
    const strict = await startE2eServer();
    try {
      const own = await openCampaign(strict, { title: "Webhooks uden lokale adresser" });
      page = await signIn(strict);
      await page.goto(`${strict.baseUrl}/sekretariat/kampagner/${own.id}/webhooks`);
      await page.getByText("Der er ingen webhooks for indsamlingen eller regionen endnu.").waitFor();
      await page.getByRole("button", { name: "Tilføj webhook" }).click();
      const dialog = page.getByRole("dialog", { name: "Tilføj webhook" });
      await dialog.getByLabel("Adresse (URL)").fill("https://169.254.169.254/latest/meta-data/");
      await dialog.getByRole("button", { name: "Gem" }).click();
      await dialog
        .getByRole("alert")
        .getByText("Adressen kan ikke bruges: den skal begynde med https:// og pege på en offentlig adresse, ikke et lokalt eller internt net.")
        .waitFor();
      await expectNoViolations();
      expect(await strict.testApp.db.selectFrom("webhooks").select("id").execute()).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});
