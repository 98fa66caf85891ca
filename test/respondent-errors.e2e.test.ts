import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { closeCampaign, openCampaign, revokeLink, savedAnswers, startE2eServer, type E2eCampaign, type E2eServer } from "./support/e2e-app.js";
import { attachFiles, openLink, samplePdf, textField, typeInto, waitUntilSaved } from "./support/respondent-page.js";
import type { Page } from "playwright-core";

// What goes wrong, said in Danish: a submission with answers missing, links that do not (or no longer) work,
// a closed campaign, too many attempts with bad links.

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

const nature = "1) Karakteren af og rammerne for indsatsen";
const competences = "2) Faglige kompetencer, der indgår i indsatsen";
const coordination = "3) Koordination og samarbejde om indsatsen";
const futureModel = "1) Hvordan vil kommunen fremadrettet fagligt tilrettelægge";
const futureCoordination = "2) Hvordan vil kommunen fremadrettet koordinere";
const futureOrganisation = "3) Hvilke formelle organiseringer, samarbejdsaftaler og lignende vil kommunen etablere";

/** The error text SurveyJS shows under a question, found by the question's title. */
function errorsOf(page: Page, title: string) {
  return page.locator(".sd-question", { has: page.getByRole("heading", { name: title }) }).locator(".sd-question__erbox");
}

async function newPage(): Promise<Page> {
  return (await browser.newContext()).newPage();
}

describe("an invalid submission", () => {
  it("puts Danish errors on the questions left empty and goes to the first of them", async () => {
    const page = await newPage();
    await openLink(page, server.baseUrl, campaign.municipalities[3]!.token);
    await typeInto(page, nature, "Ambulant indsats.");
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Indsend besvarelsen" }).click();

    await expect.poll(() => page.locator(".af-page-progress").innerText()).toBe("Side 1 af 3");
    await expect.poll(() => errorsOf(page, competences).innerText()).toBe("Besvar venligst spørgsmålet.");
    expect(await errorsOf(page, coordination).innerText()).toBe("Besvar venligst spørgsmålet.");
    expect(await errorsOf(page, nature).count()).toBe(0);
    expect(await textField(page, competences).getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.getAttribute("aria-labelledby"))).toBeTruthy();
    await screenshot(page, "20-submit-errors");
    expect((await savedAnswers(server, campaign.municipalities[3]!.token)).status).toBe("draft");
    await page.context().close();
  });

  it("shows the server's 422 on the question it concerns, when a colleague emptied it meanwhile", async () => {
    const { token } = campaign.municipalities[4]!;
    const page = await newPage();
    await openLink(page, server.baseUrl, token);
    await typeInto(page, nature, "Døgn og ambulant.");
    await typeInto(page, competences, "Jordemoder.");
    await typeInto(page, coordination, "Netværksmøder.");
    await page.getByRole("button", { name: "Næste" }).click();
    await typeInto(page, futureModel, "Fælles pladser.");
    await typeInto(page, futureCoordination, "Regionalt forum.");
    await typeInto(page, futureOrganisation, "Samarbejdsaftale.");
    await waitUntilSaved(page);

    // a colleague, on another machine, empties one required answer
    const colleague = await newPage();
    await openLink(colleague, server.baseUrl, token);
    // a second visit opens where the answers end (page 2): the answer to empty is one page back
    await colleague.getByRole("button", { name: "Forrige" }).click();
    await textField(colleague, coordination).fill("");
    await waitUntilSaved(colleague);
    expect((await savedAnswers(server, token)).answers.currentCoordination).toBeUndefined();

    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Indsend besvarelsen" }).click();
    await page.getByRole("alert").filter({ hasText: "Besvarelsen kunne ikke indsendes: 1 spørgsmål skal rettes." }).waitFor();
    await expect.poll(() => page.locator(".af-page-progress").innerText()).toBe("Side 1 af 3");
    await expect.poll(() => errorsOf(page, coordination).innerText()).toContain("Besvar venligst spørgsmålet.");
    expect(await textField(page, coordination).inputValue()).toBe("");
    await screenshot(page, "21-submit-server-errors");
    await page.context().close();
    await colleague.context().close();
  });
});

describe("files that cannot be attached", () => {
  it("says in Danish on the question when a file's type or size is refused, here or by the server", async () => {
    const page = await newPage();
    await openLink(page, server.baseUrl, campaign.municipalities[8]!.token);
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByRole("button", { name: "Næste" }).click();
    const fileErrors = errorsOf(page, "Bilag til besvarelsen");

    // refused before upload: a type the question does not accept
    await attachFiles(page, [{ name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") }]);
    await expect
      .poll(() => fileErrors.innerText().catch(() => ""))
      .toContain("Filen »program.exe« kan ikke vedhæftes, fordi filtypen ikke er tilladt. Tilladte filtyper: PDF, DOC, DOCX, ODT.");

    // refused before upload: larger than the question allows (10 MB)
    await attachFiles(page, [{ name: "Stor scanning.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) }]);
    await expect
      .poll(() => fileErrors.innerText().catch(() => ""))
      .toContain("Filen »Stor scanning.pdf« er for stor (11 MB). Den må højst fylde 10 MB.");

    // refused by the server (415): the name says PDF, the content does not
    await attachFiles(page, [{ name: "Falsk aftale.pdf", mimeType: "application/pdf", buffer: Buffer.from("Dette er ikke en PDF, men almindelig tekst.") }]);
    await expect
      .poll(() => fileErrors.innerText().catch(() => ""))
      .toContain("Filen »Falsk aftale.pdf« har en filtype, som ikke kan modtages. Gem den som PDF, og prøv igen.");
    await screenshot(page, "22-upload-refused");

    // a good file still goes through afterwards
    await attachFiles(page, [{ name: "Aftale.pdf", mimeType: "application/pdf", buffer: samplePdf() }]);
    await page.getByText("Aftale.pdf").first().waitFor();
    await waitUntilSaved(page);
    const saved = await savedAnswers(server, campaign.municipalities[8]!.token);
    expect((saved.answers.attachments as unknown[]).length).toBe(1);
    await page.context().close();
  });
});

describe("links that do not work", () => {
  it("explains an unknown link in Danish", async () => {
    const page = await newPage();
    const response = await page.goto(`${server.baseUrl}/svar/dette-link-findes-ikke-${"x".repeat(30)}`);
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "Linket virker ikke" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Tjek, at du har kopieret hele linket");
    expect(await page.title()).toBe("Linket virker ikke – Afrapport");
    await screenshot(page, "30-link-invalid");
    await page.context().close();
  });

  it("explains a revoked link in Danish", async () => {
    const respondent = campaign.municipalities[5]!;
    await revokeLink(server, campaign, respondent);
    const page = await newPage();
    await page.goto(`${server.baseUrl}/svar/${respondent.token}`);
    await page.getByRole("heading", { level: 1, name: "Linket er lukket" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Sekretariatet har lukket dette link");
    await screenshot(page, "31-link-revoked");
    await page.context().close();
  });

  it("switches to the revoked page when the link is revoked while the page is open", async () => {
    const respondent = campaign.municipalities[6]!;
    const page = await newPage();
    await openLink(page, server.baseUrl, respondent.token);
    await revokeLink(server, campaign, respondent);
    await typeInto(page, nature, "Tekst.");
    await page.getByRole("heading", { level: 1, name: "Linket er lukket" }).waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it("shows a closed campaign read-only, with the answers", async () => {
    const closing = await openCampaign(server, { title: "Indsamling der lukkes" });
    const respondent = closing.municipalities[0]!;
    const page = await newPage();
    await openLink(page, server.baseUrl, respondent.token);
    await typeInto(page, nature, "Svar før lukning.");
    await waitUntilSaved(page);
    await closeCampaign(server, closing);
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Indsamlingen er lukket" }).waitFor();
    expect(await page.getByText("Svar før lukning.").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Indsend besvarelsen" }).count()).toBe(0);
    await screenshot(page, "32-campaign-closed");
    await page.context().close();
  });

  it("explains too many attempts with bad links", async () => {
    for (let i = 0; i < 21; i += 1) await fetch(`${server.baseUrl}/api/respond/gaet-${i}-${"y".repeat(30)}`);
    const page = await newPage();
    await page.goto(`${server.baseUrl}/svar/gaet-igen-${"z".repeat(30)}`);
    await page.getByRole("heading", { level: 1, name: "For mange forsøg" }).waitFor();
    expect(await page.getByRole("button", { name: "Prøv igen" }).isVisible()).toBe(true);
    await screenshot(page, "33-too-many-attempts");
    // a good link still opens
    await openLink(page, server.baseUrl, campaign.municipalities[7]!.token);
    await page.getByRole("heading", { level: 1, name: /Aktuelle indsatser/ }).waitFor();
    await page.context().close();
  });
});
