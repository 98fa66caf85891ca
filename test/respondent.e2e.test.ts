import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { openCampaign, savedAnswers, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";
import { attachFiles, openLink, samplePdf, saveStatus, textField, typeInto, waitUntilSaved, waitUntilSettled } from "./support/respondent-page.js";

// A municipality answers the 2022 questionnaire over two visits, on two devices: saves as it goes, uploads an
// agreement, loses the connection for a while, submits and gets a receipt.

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

const Q = {
  setting: "Matrikelbunden (fx døgnbehandling eller botilbud)",
  nature: "1) Karakteren af og rammerne for indsatsen",
  competences: "2) Faglige kompetencer, der indgår i indsatsen",
  coordination: "3) Koordination og samarbejde om indsatsen",
  futureModel: "1) Hvordan vil kommunen fremadrettet fagligt tilrettelægge",
  futureCoordination: "2) Hvordan vil kommunen fremadrettet koordinere",
  futureOrganisation: "3) Hvilke formelle organiseringer, samarbejdsaftaler og lignende vil kommunen etablere",
};

describe("a municipality answers the 2022 questionnaire", () => {
  it("over two visits, with an attachment and a lost connection, and gets a receipt", async () => {
    const municipality = campaign.municipalities[0]!;

    // First visit: Danish page, answers saved as they are typed.
    const first = await browser.newContext();
    const page1 = await first.newPage();
    await openLink(page1, server.baseUrl, municipality.token);
    expect(await page1.locator("html").getAttribute("lang")).toBe("da");
    await expect.poll(() => page1.title()).toContain("Aktuelle indsatser");
    expect(await page1.locator(".af-facts").innerText()).toContain(municipality.name);
    expect(await page1.locator(".af-facts").innerText()).toMatch(/FRIST\s+\d{1,2}\. \p{L}+ 20\d\d kl\. \d{2}\.\d{2}/u);
    expect(await page1.locator(".af-page-progress").innerText()).toBe("Side 1 af 3");
    await page1.getByText(Q.setting).click();
    await typeInto(page1, Q.nature, "Døgnbehandling efter servicelovens § 101 og ambulant familiebehandling.");
    await expect.poll(() => saveStatus(page1).innerText()).toMatch(/Gemmer|Ændringer gemmes|Gemt kl/);
    await waitUntilSaved(page1);
    expect(await saveStatus(page1).getAttribute("aria-live")).toBe("polite");
    await screenshot(page1, "01-respondent-first-visit");
    let saved = await savedAnswers(server, municipality.token);
    expect(saved.answers).toMatchObject({
      currentEffortSetting: ["residential"],
      currentEffortNature: "Døgnbehandling efter servicelovens § 101 og ambulant familiebehandling.",
    });
    await first.close();

    // Second visit, on another device: the answers come from the server.
    const second = await browser.newContext();
    const page = await second.newPage();
    await openLink(page, server.baseUrl, municipality.token);
    await expect.poll(() => textField(page, Q.nature).inputValue()).toBe("Døgnbehandling efter servicelovens § 101 og ambulant familiebehandling.");
    expect(await page.getByRole("checkbox", { name: Q.setting }).isChecked()).toBe(true);
    await typeInto(page, Q.competences, "Jordemoder, socialrådgiver, misbrugsbehandler og psykiater.");
    await typeInto(page, Q.coordination, "Fast tværfagligt team med familieambulatoriet.");
    await page.getByRole("button", { name: "Næste" }).click();
    await expect.poll(() => page.locator(".af-page-progress").innerText()).toBe("Side 2 af 3");
    await waitUntilSaved(page);
    await typeInto(page, Q.futureModel, "Fælles døgnbehandlingspladser i regionen.");

    // The connection goes; the person keeps typing; the answers stay on the device.
    await waitUntilSaved(page);
    await second.setOffline(true);
    await typeInto(page, Q.futureCoordination, "Koordinering i det tværkommunale netværk");
    await page.locator(".af-save-status", { hasText: "Ikke forbundet – svarene er gemt på denne enhed" }).waitFor({ timeout: 15_000 });
    await typeInto(page, Q.futureCoordination, ", også med regionens psykiatri.");
    await typeInto(page, Q.futureOrganisation, "En samarbejdsaftale med nabokommunerne.");
    await screenshot(page, "02-respondent-offline");
    const pending = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith("afrapport:pending:"))?.[1]);
    expect(JSON.parse(pending ?? "{}").answers).toMatchObject({ futureFormalOrganisation: "En samarbejdsaftale med nabokommunerne." });
    saved = await savedAnswers(server, municipality.token);
    expect(saved.answers.futureCoordination).toBeUndefined();

    // Back online: what was typed reaches the server.
    await second.setOffline(false);
    await waitUntilSaved(page);
    saved = await savedAnswers(server, municipality.token);
    expect(saved.answers).toMatchObject({
      futureCoordination: "Koordinering i det tværkommunale netværk, også med regionens psykiatri.",
      futureFormalOrganisation: "En samarbejdsaftale med nabokommunerne.",
    });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("afrapport:pending:")))).toEqual([]);

    // An agreement as an attachment.
    await page.getByRole("button", { name: "Næste" }).click();
    await expect.poll(() => page.locator(".af-page-progress").innerText()).toBe("Side 3 af 3");
    await attachFiles(page, [{ name: "Samarbejdsaftale 2026.pdf", mimeType: "application/pdf", buffer: samplePdf() }]);
    await page.getByText("Samarbejdsaftale 2026.pdf").first().waitFor();
    await waitUntilSaved(page);
    saved = await savedAnswers(server, municipality.token);
    const files = saved.answers.attachments as { name: string; content: string }[];
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: "Samarbejdsaftale 2026.pdf", content: expect.stringMatching(/^attachment:.+/) });
    await screenshot(page, "03-respondent-attachment");

    // Submit: the receipt, with a short receipt number, the submission time, and the answers' hash folded away.
    await page.getByRole("button", { name: "Indsend besvarelsen" }).click();
    await page.getByRole("heading", { level: 1, name: "Kvittering for indsendt besvarelse" }).waitFor();
    const receipt = await page.locator(".af-facts--receipt").innerText();
    expect(receipt).toContain(municipality.name);
    expect(receipt).toContain(campaign.title);
    expect(receipt).toMatch(/KVITTERINGSNUMMER\s+[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\b/u);
    expect(receipt).toMatch(/INDSENDT\s+\d{1,2}\. \p{L}+ 20\d\d kl\. \d{2}\.\d{2}/u);
    expect(receipt).not.toMatch(/version|SHA-256/i);
    expect(await page.locator(".af-hash").isVisible()).toBe(false);
    await page.getByText("Kontrol af de indsendte svar").click();
    expect(await page.locator(".af-hash").innerText()).toMatch(/^[0-9a-f]{64}$/);
    const editable = page.locator(".af-questionnaire--readonly").locator("textarea:not([readonly]):not([disabled]), input:not([readonly]):not([disabled]):not([type=hidden]):not([type=file])");
    expect(await editable.count()).toBe(0);
    await expect.poll(() => page.getByText("Fælles døgnbehandlingspladser i regionen.").count()).toBeGreaterThan(0);
    await screenshot(page, "04-receipt");
    expect((await savedAnswers(server, municipality.token)).status).toBe("submitted");

    // The receipt prints without the app around it.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".af-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Udskriv kvitteringen" }).isVisible()).toBe(false);
    await screenshot(page, "05-receipt-print");
    await page.emulateMedia({ media: "screen" });

    // The link later opens the receipt, read-only.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Kvittering for indsendt besvarelse" }).waitFor();
    await second.close();
  });

  it("keeps what was typed offline on the device and sends it on the next visit", async () => {
    const municipality = campaign.municipalities[9]!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await openLink(page, server.baseUrl, municipality.token);
    await context.setOffline(true);
    await typeInto(page, Q.nature, "Skrevet uden forbindelse.");
    await page.locator(".af-save-status", { hasText: "Ikke forbundet – svarene er gemt på denne enhed" }).waitFor({ timeout: 15_000 });
    // Looked at while the page is open: closing it sends a keepalive save, which Chromium may deliver at once (its
    // offline emulation ends with the page), and the server may have that before a look after the close.
    expect((await savedAnswers(server, municipality.token)).answers.currentEffortNature).toBeUndefined();
    await page.close();

    await context.setOffline(false);
    // Chromium may deliver the closing page's keepalive save at once or once the connection is back. Give it a moment
    // to land, then see which way the text went: if it is still only on the device, the next visit must send it
    // and say so; if the keepalive carried it, there is nothing left to resend. Either way it must arrive.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const carriedByKeepalive = (await savedAnswers(server, municipality.token)).answers.currentEffortNature !== undefined;
    const again = await context.newPage();
    await openLink(again, server.baseUrl, municipality.token);
    if (!carriedByKeepalive) await again.getByText("Et svar, der var gemt på denne enhed, er nu sendt med.").waitFor();
    // The keepalive may also land between that look and this visit: then the resend finds the text already saved.
    await waitUntilSettled(again);
    expect(await textField(again, Q.nature).inputValue()).toBe("Skrevet uden forbindelse.");
    expect((await savedAnswers(server, municipality.token)).answers.currentEffortNature).toBe("Skrevet uden forbindelse.");
    await context.close();
  });
});
