import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { startE2eServer, type E2eServer } from "./support/e2e-app.js";

// The questionnaire builder (issue 11) in real Chromium against the real server, as a secretariat signed in through
// the page: a new announcement; a questionnaire built from nothing – three titled pages, a single choice, a matrix,
// a question shown on a condition picked in Danish, a file question whose size is typed the Danish way, a keyboard
// reorder in the outline – tried in the preview in both languages, published as 1.0.0, used in a campaign and
// answered through a link; a SurveyJS file imported with its notes; a breaking change that must be a new major
// version; and the announcement copied with its questionnaire as a draft. axe-core checks the area, the editor and
// the publish dialog.

let server: E2eServer;
let browser: E2eBrowser;
let page: Page;
let fixtures: string;

const year = new Date().getFullYear();
const announcement = {
  titleDa: "Spiseforstyrrelser – e2e",
  titleEn: "Eating disorders – e2e",
  id: "spiseforstyrrelser-e2e",
};
const questionnaire = {
  key: "kommune-spise-2026",
  titleDa: "Borgere med spiseforstyrrelser – kommunerne",
  titleEn: "Citizens with eating disorders – the municipalities",
};
/** the questions as the builder names them, in the order they are added */
const names = { count: "spoergsmaal1", has: "spoergsmaal2", matrix: "spoergsmaal3", file: "bilag1" };
const texts = {
  count: { da: "Hvor mange borgere i målgruppen havde kommunen i 2025?", en: "How many citizens in the target group did the municipality have in 2025?" },
  has: { da: "Har kommunen borgere i målgruppen?", en: "Does the municipality have citizens in the target group?" },
  matrix: { da: "Hvor ofte bruger kommunen disse indsatser?", en: "How often does the municipality use these services?" },
  file: { da: "Vedhæft kommunens handleplan", en: "Attach the municipality's action plan" },
};
let draftId: string;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  fixtures = mkdtempSync(join(tmpdir(), "afrapport-builder-e2e-"));
  const secretariat = await server.testApp.createUser({ role: "secretariat", regionCode: "1084", name: "Sekretær Sofie Berg" });
  const context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
  await page.goto(`${server.baseUrl}/sekretariat/spoergeskemaer`);
  await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
  await page.getByLabel("E-mailadresse").fill(secretariat.email);
  await page.getByLabel("Adgangskode").fill(secretariat.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (fixtures !== undefined) rmSync(fixtures, { recursive: true, force: true });
});

async function expectNoViolations(target: Page): Promise<void> {
  const violations = await axeViolations(target);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Waits until the editor says every change is saved. */
async function waitUntilSaved(): Promise<void> {
  await page.locator('.af-save-status[data-state="saved"]').waitFor({ timeout: 20_000 });
}

/** The draft as the server has it. */
async function serverDraft(id: string): Promise<{ revision: number; content: { title: Record<string, string>; survey: { pages: { name: string; title?: Record<string, string>; elements: Record<string, unknown>[] }[] } } }> {
  const response = await server.secretariat.get(`/api/questionnaires/drafts/${id}`);
  expect(response.status, response.text).toBe(200);
  return response.body.draft;
}

function detail(): Locator {
  return page.locator("#af-builder-detail");
}

function outline(): Locator {
  return page.getByRole("navigation", { name: "Indhold" });
}

/** The question names on a page of the outline, in order. */
function outlineNames(pageIndex: number): Promise<string[]> {
  return outline().locator(".af-builder-page").nth(pageIndex).locator(".af-builder-q__name").allInnerTexts();
}

/** Adds a question of the type at the end of the titled page and waits for its panel. */
async function addQuestion(pageTitle: string, type: string, name: string): Promise<void> {
  await outline().getByRole("button", { name: `Tilføj spørgsmål på siden »${pageTitle}«` }).click();
  await outline().getByRole("group", { name: "Vælg spørgsmålstype" }).getByRole("button", { name: type, exact: true }).click();
  await page.locator(`#af-outline-q-${name}[aria-current="true"]`).waitFor();
}

/** Types the question's title in both languages in its panel. */
async function titleQuestion(text: { da: string; en: string }): Promise<void> {
  await detail().getByLabel("Titel (dansk)").fill(text.da);
  await detail().getByLabel("Titel (engelsk)").fill(text.en);
}

/** Fills the rows of a choice list ("Valgmulighed", "Række", "Kolonne") in both languages. */
async function fillItems(word: string, items: { da: string; en: string }[]): Promise<void> {
  for (const [i, item] of items.entries()) {
    await detail().getByLabel(`${word} ${i + 1}, tekst (dansk)`, { exact: true }).fill(item.da);
    await detail().getByLabel(`${word} ${i + 1}, tekst (engelsk)`, { exact: true }).fill(item.en);
  }
}

/** Adds a page and gives it its titles; the new page is selected with its settings beside the outline. */
async function addPage(n: number, title: { da: string; en: string }): Promise<void> {
  await outline().getByRole("button", { name: "Tilføj side" }).click();
  await detail().getByRole("heading", { level: 2, name: `Side ${n}: uden titel` }).waitFor();
  await titlePage(title);
}

async function titlePage(title: { da: string; en: string }): Promise<void> {
  const group = detail().getByRole("group", { name: "Sidens titel" });
  await group.getByLabel("Dansk").fill(title.da);
  await group.getByLabel("Engelsk").fill(title.en);
}

describe("a secretariat builds, publishes and reuses a questionnaire", () => {
  it("creates an announcement in the »Spørgeskemaer« area", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Spørgeskemaer" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Spørgeskemaer" }).waitFor();
    // the built-in announcement is there, and frozen
    await page.getByText("Udmeldingen følger med Afrapport og kan ikke ændres. Lav en kopi for at tilpasse den.").first().waitFor();
    await expectNoViolations(page);
    await screenshot(page, "9a-builder-area");

    await page.getByRole("button", { name: "Ny udmelding", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Ny udmelding" });
    await dialog.getByLabel("Titel på dansk").fill(announcement.titleDa);
    await dialog.getByLabel("Titel på engelsk").fill(announcement.titleEn);
    // the id follows the Danish title
    expect(await dialog.getByLabel("Id", { exact: true }).first().inputValue()).toBe(announcement.id);
    await dialog.getByLabel("Udsendt").fill(`15.1.${year}`);
    await dialog.getByLabel("Målgruppe på dansk").fill("Børn og unge med svære spiseforstyrrelser, der har brug for højt specialiseret behandling.");
    await dialog.getByLabel("Målgruppe på engelsk").fill("Children and young people with severe eating disorders who need highly specialised treatment.");
    const competence = dialog.getByRole("group", { name: "Kompetence 1" });
    await competence.getByLabel("Navn på dansk").fill("Ernæringsfaglig behandling");
    await competence.getByLabel("Navn på engelsk").fill("Nutritional treatment");
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Opret udmelding" }).click();
    await page.getByText(`Udmeldingen »${announcement.titleDa}« er oprettet. Lav nu dens spørgeskemaer.`).waitFor();
    const section = page.getByRole("region", { name: announcement.titleDa });
    await section.getByText("Udmeldingen har ingen spørgeskemaer endnu.").waitFor();
    await section.getByRole("button", { name: /^Redigér udmelding/ }).waitFor();
  });

  it("starts a new questionnaire on it and lands in the editor", async () => {
    const section = page.getByRole("region", { name: announcement.titleDa });
    await section.getByRole("button", { name: /^Nyt spørgeskema/ }).click();
    const dialog = page.getByRole("dialog", { name: "Nyt spørgeskema" });
    expect(await dialog.getByLabel("Udmelding").locator("option:checked").innerText()).toBe(announcement.titleDa);
    expect(await dialog.getByRole("group", { name: "Hvem svarer" }).getByLabel("Kommuner").isChecked()).toBe(true);
    await dialog.getByLabel("Nøgle").fill(questionnaire.key);
    await dialog.getByLabel("Titel på dansk").fill(questionnaire.titleDa);
    await dialog.getByRole("button", { name: "Opret kladde" }).click();
    await page.waitForURL(/\/sekretariat\/spoergeskemaer\/kladder\/[^/]+$/);
    draftId = new URL(page.url()).pathname.split("/").at(-1)!;
    await page.getByRole("heading", { level: 1, name: questionnaire.titleDa }).waitFor();
    await outline().waitFor();
    // at 1280 px the preview sits beside the editor
    await page.getByRole("region", { name: "Forhåndsvisning af spørgeskemaet" }).waitFor();
    await waitUntilSaved();
  });

  it("builds three pages of questions, reorders one by keyboard, and leaves no finding", async () => {
    // the English title, in the questionnaire's settings
    await outline().getByRole("button", { name: "Titel, beskrivelse og rapportafsnit" }).click();
    const title = detail().getByRole("group", { name: "Titel", exact: true });
    expect(await title.getByLabel("Dansk").inputValue()).toBe(questionnaire.titleDa);
    await title.getByLabel("Engelsk").fill(questionnaire.titleEn);

    // page 1: a number, then a single choice
    await outline().getByRole("button", { name: /^Side 1: uden titel/ }).click();
    await titlePage({ da: "Borgere i målgruppen", en: "Citizens in the target group" });
    await addQuestion("Borgere i målgruppen", "Tal", names.count);
    await titleQuestion(texts.count);
    await addQuestion("Borgere i målgruppen", "Ét valg", names.has);
    await titleQuestion(texts.has);
    await fillItems("Valgmulighed", [
      { da: "Ja", en: "Yes" },
      { da: "Nej", en: "No" },
    ]);
    await detail().getByRole("button", { name: "Tilføj valgmulighed" }).click();
    // the new row's Danish text takes the focus
    const third = detail().getByLabel("Valgmulighed 3, tekst (dansk)", { exact: true });
    await expect.poll(() => third.evaluate((field) => field === document.activeElement)).toBe(true);
    await third.fill("Ved ikke");
    await detail().getByLabel("Valgmulighed 3, tekst (engelsk)", { exact: true }).fill("Don't know");
    expect(await outlineNames(0)).toEqual([names.count, names.has]);

    // keyboard reorder: lift the number question, one step down, drop
    // each key waits for what dnd-kit says to screen readers
    const said = (text: string) => page.getByText(text).waitFor({ state: "attached" });
    const where = "på siden »Borgere i målgruppen«";
    await page.locator(`#af-outline-drag-${names.count}`).focus();
    await page.keyboard.press("Space");
    await said(`Du har løftet »${texts.count.da}«, nummer 1 af 2 ${where}.`);
    // dnd-kit's keyboard sensor starts listening for arrows in a setTimeout(0) queued as the lift began; a timer
    // queued now runs after it (a person is never faster than that, a test is)
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press("ArrowDown");
    await said(`»${texts.count.da}« er nu nummer 2 af 2 ${where}.`);
    await page.keyboard.press("Space");
    await said(`»${texts.count.da}« er flyttet til nummer 2 af 2 ${where}.`);
    await expect.poll(() => outlineNames(0)).toEqual([names.has, names.count]);
    await waitUntilSaved();
    await expect.poll(async () => (await serverDraft(draftId)).content.survey.pages[0]!.elements.map((element) => element.name)).toEqual([names.has, names.count]);

    // the number question is shown only when the municipality has citizens in the target group
    await outline().locator(`#af-outline-q-${names.count}`).click();
    const condition = detail().getByRole("group", { name: "Vis kun hvis" });
    await condition.getByRole("button", { name: "Tilføj betingelse" }).click();
    await condition.getByLabel("Spørgsmål", { exact: true }).selectOption(names.has);
    await condition.getByLabel("Sammenligning").selectOption({ label: "er lig med" });
    await condition.getByLabel("Værdi", { exact: true }).selectOption({ label: "Ja" });
    await expect.poll(() => condition.getByLabel("Udtryk", { exact: true }).inputValue()).toBe(`{${names.has}} = 'valg1'`);
    await outline().locator(`#af-outline-q-${names.count}`).getByText("Vises på betingelse").waitFor();

    // page 2: a matrix with two rows and two columns
    await addPage(2, { da: "Indsatser", en: "Services" });
    await addQuestion("Indsatser", "Matrix (ét valg pr. række)", names.matrix);
    await titleQuestion(texts.matrix);
    await detail().getByRole("button", { name: "Tilføj række" }).click();
    await fillItems("Række", [
      { da: "Ambulant behandling", en: "Outpatient treatment" },
      { da: "Døgnbehandling", en: "Residential treatment" },
    ]);
    await fillItems("Kolonne", [
      { da: "Sjældent", en: "Rarely" },
      { da: "Ofte", en: "Often" },
    ]);

    // page 3: a file of at most 4,5 MB
    await addPage(3, { da: "Bilag", en: "Attachments" });
    await addQuestion("Bilag", "Fil", names.file);
    await titleQuestion(texts.file);
    await detail().getByLabel("Største filstørrelse (MB)").fill("4,5");

    await page.getByText("Ingen mangler – kladden kan udgives.").waitFor();
    await waitUntilSaved();
    const saved = await serverDraft(draftId);
    expect(saved.content.title).toEqual({ da: questionnaire.titleDa, en: questionnaire.titleEn });
    expect(saved.content.survey.pages.map((p) => p.title)).toEqual([
      { da: "Borgere i målgruppen", en: "Citizens in the target group" },
      { da: "Indsatser", en: "Services" },
      { da: "Bilag", en: "Attachments" },
    ]);
    const file = saved.content.survey.pages[2]!.elements[0]!;
    expect(file).toMatchObject({ type: "file", name: names.file, maxSize: 4.5 * 1024 * 1024 });
    expect(saved.content.survey.pages[0]!.elements[1]).toMatchObject({ name: names.count, visibleIf: `{${names.has}} = 'valg1'` });
    await expectNoViolations(page);
    await screenshot(page, "9b-builder-editor");
  });

  it("tries the draft in the preview in both languages, the condition working, nothing stored", async () => {
    const preview = page.getByRole("region", { name: "Forhåndsvisning af spørgeskemaet" });
    const sent: string[] = [];
    const watch = (request: { method(): string; url(): string }) => {
      if (request.method() !== "GET") sent.push(`${request.method()} ${request.url()}`);
    };
    page.on("request", watch);
    const revision = await page.locator(".af-builder-revision").innerText();

    await preview.getByRole("button", { name: "English" }).click();
    await preview.getByRole("heading", { name: questionnaire.titleEn }).waitFor();
    await preview.getByText(texts.has.en).waitFor();
    await screenshot(page, "9c-builder-preview-english");
    await preview.getByRole("button", { name: "Dansk" }).click();
    await preview.getByRole("heading", { name: questionnaire.titleDa }).waitFor();

    await preview.getByText(texts.has.da).waitFor();
    expect(await preview.getByText(texts.count.da).count()).toBe(0);
    await preview.getByRole("radio", { name: "Ja" }).check({ force: true });
    await preview.getByText(texts.count.da).waitFor();
    await screenshot(page, "9d-builder-preview-condition");
    await preview.getByRole("radio", { name: "Nej" }).check({ force: true });
    await expect.poll(() => preview.getByText(texts.count.da).count()).toBe(0);

    page.off("request", watch);
    expect(sent).toEqual([]);
    expect(await page.locator(".af-builder-revision").innerText()).toBe(revision);
    await preview.getByRole("button", { name: "Start forfra" }).click();
  });

  it("publishes it as version 1.0.0", async () => {
    await page.getByRole("button", { name: "Udgiv …" }).click();
    const dialog = page.getByRole("dialog", { name: "Udgiv spørgeskemaet" });
    await dialog.getByText("Det bliver spørgeskemaets første version.").waitFor();
    expect(await dialog.getByLabel("Versionsnummer").inputValue()).toBe("1.0.0");
    await expectNoViolations(page);
    await screenshot(page, "9e-builder-publish-first");
    await dialog.getByRole("button", { name: "Udgiv version 1.0.0" }).click();
    await page.getByText("Spørgeskemaet er udgivet som version 1.0.0.").waitFor();
    await page.waitForURL(/\/1\.0\.0$/);
    await page.getByRole("heading", { level: 1, name: questionnaire.titleDa }).waitFor();
    expect(await page.title()).toContain(`${questionnaire.titleDa}, version 1.0.0`);
  });

  it("runs a campaign on it, and a municipality answers it through its link", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Indsamlinger" }).first().click();
    await page.getByRole("link", { name: "Opret indsamling" }).click();
    await page.getByRole("heading", { level: 1, name: "Opret indsamling" }).waitFor();
    await page.getByRole("link", { name: "Design eller importér et spørgeskema" }).waitFor();
    await page.getByLabel("Central udmelding").selectOption({ label: announcement.titleDa });
    const questionnaires = page.getByRole("group", { name: "Kommunernes spørgeskema" });
    expect(await questionnaires.getByRole("radio", { name: new RegExp(`^${questionnaire.titleDa}`) }).isChecked()).toBe(true);
    await page.getByLabel("Titel", { exact: true }).fill(`Spiseforstyrrelser ${year + 1} – e2e`);
    await page.getByLabel("Dato").fill(`1.12.${year + 1}`);
    await page.getByRole("button", { name: "Opret og invitér kommunerne" }).click();
    await page.getByText(/^Indsamlingen er oprettet/).waitFor();
    await page.waitForURL(/\/sekretariat\/kampagner\/[^/]+\/status$/);
    const campaignId = new URL(page.url()).pathname.split("/")[3]!;

    // a fresh link for Albertslund, as "Lav et nyt link" gives it
    const board = await server.secretariat.get(`/api/campaigns/${campaignId}/respondents`);
    expect(board.status, board.text).toBe(200);
    const albertslund = (board.body.respondents as { id: string; name: string }[]).find((respondent) => respondent.name === "Albertslund")!;
    const link = await server.secretariat.post(`/api/campaigns/${campaignId}/respondents/${albertslund.id}/link`);
    expect(link.status, link.text).toBe(201);
    const token = link.body.link.token as string;

    const context = await browser.newContext();
    const respondent = await context.newPage();
    await respondent.goto(`${server.baseUrl}/svar/${token}`);
    await respondent.getByText(texts.has.da).waitFor();
    expect(await respondent.getByText(texts.count.da).count()).toBe(0);
    await respondent.getByRole("radio", { name: "Ja" }).check({ force: true });
    const count = respondent.getByRole("textbox", { name: texts.count.da });
    await count.fill("12");
    await respondent.getByRole("button", { name: "Næste" }).click();
    await respondent.getByText(texts.matrix.da).first().waitFor();
    await screenshot(respondent, "9f-builder-respondent-matrix");
    // survey-core names each cell "række …, kolonne …"
    await respondent.getByRole("radio", { name: /Ambulant behandling, kolonne Ofte$/ }).check({ force: true });
    await respondent.getByRole("radio", { name: /Døgnbehandling, kolonne Sjældent$/ }).check({ force: true });
    await respondent.getByRole("button", { name: "Næste" }).click();
    await respondent.getByText(texts.file.da).first().waitFor();
    await respondent.getByRole("button", { name: "Indsend besvarelsen" }).click();
    await respondent.getByRole("heading", { level: 1, name: "Kvittering for indsendt besvarelse" }).waitFor();
    expect(await respondent.locator(".af-facts--receipt").innerText()).toContain("Albertslund");
    await screenshot(respondent, "9g-builder-respondent-receipt");
    await context.close();

    const response = await fetch(`${server.baseUrl}/api/respond/${token}`);
    const saved = ((await response.json()) as { response: { status: string; answers: Record<string, unknown> } }).response;
    expect(saved.status).toBe("submitted");
    expect(saved.answers).toEqual({ [names.has]: "valg1", [names.count]: 12, [names.matrix]: { raekke1: "kolonne2", raekke2: "kolonne1" } });
  });

  it("imports a SurveyJS file as a draft and shows the import's notes", async () => {
    const file = join(fixtures, "tilbud-unge.surveyjs.json");
    writeFileSync(
      file,
      JSON.stringify({
        title: "Unge med spiseforstyrrelser – importeret",
        pages: [
          {
            name: "side1",
            title: "Om kommunens indsats",
            elements: [
              { type: "text", name: "kontakt", title: "Hvem er kommunens kontaktperson?" },
              { type: "radiogroup", name: "samarbejde", title: "Samarbejder kommunen med regionen?", choices: ["Ja", "Nej"] },
              { type: "comment", name: "bemaerkninger", title: "Bemærkninger", visibleIf: "{samarbejde} = 'Ja'" },
            ],
          },
        ],
      }),
    );
    await page.getByRole("navigation").getByRole("link", { name: "Spørgeskemaer" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Spørgeskemaer" }).waitFor();
    await page.getByRole("button", { name: "Importér SurveyJS" }).click();
    const dialog = page.getByRole("dialog", { name: "Importér SurveyJS" });
    await dialog.getByLabel("Udmelding").selectOption({ label: announcement.titleDa });
    await dialog.getByRole("group", { name: "Hvem svarer" }).getByLabel("Kommuner").check();
    await dialog.getByLabel("Nøgle").fill("kommune-unge-2026");
    expect(await dialog.getByRole("group", { name: "Sprog i filen" }).getByLabel("Dansk").isChecked()).toBe(true);
    expect(await dialog.getByRole("group", { name: "Hvor kommer JSON'en fra" }).getByLabel("En fil").isChecked()).toBe(true);
    await dialog.getByLabel("SurveyJS JSON-fil").setInputFiles(file);
    await dialog.getByText(/^Valgt: tilbud-unge\.surveyjs\.json/).waitFor();
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Importér", exact: true }).click();
    await dialog.getByText("Spørgeskemaet er importeret som en kladde.").waitFor();
    const notes = dialog.getByRole("heading", { name: /^\d+ bemærkning(er)? fra importen$/ });
    await notes.waitFor();
    expect(Number((await notes.innerText()).split(" ")[0])).toBeGreaterThan(0);
    await expectNoViolations(page);
    await screenshot(page, "9h-builder-import-notes");
    await dialog.getByRole("link", { name: "Åbn kladden" }).click();
    await page.getByRole("heading", { level: 1, name: "Unge med spiseforstyrrelser – importeret" }).waitFor();
    expect(await outlineNames(0)).toEqual(["kontakt", "samarbejde", "bemaerkninger"]);
  });

  it("publishes a breaking change only as a new major version", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Spørgeskemaer" }).first().click();
    const card = page.getByRole("article", { name: questionnaire.titleDa });
    await card.getByText("Nyeste version 1.0.0").waitFor();
    await card.getByRole("link", { name: /^Se version 1\.0\.0/ }).waitFor();
    await card.getByRole("link", { name: /^Eksportér som SurveyJS JSON/ }).waitFor();
    await card.getByRole("button", { name: /^Ny version/ }).click();
    await page.waitForURL(/\/sekretariat\/spoergeskemaer\/kladder\/[^/]+$/);
    expect(new URL(page.url()).pathname).not.toContain(draftId);
    await outline().waitFor();

    await outline().locator(`#af-outline-q-${names.count}`).click();
    await outline().getByRole("group", { name: `Handlinger for »${texts.count.da}«` }).getByRole("button", { name: "Slet" }).click();
    await page.getByText(`»${texts.count.da}« er slettet.`).waitFor();
    expect(await outlineNames(0)).toEqual([names.has]);
    await waitUntilSaved();

    await page.getByRole("button", { name: "Udgiv …" }).click();
    const dialog = page.getByRole("dialog", { name: "Udgiv spørgeskemaet" });
    await dialog.getByText("Den nyeste udgivne version er 1.0.0.").waitFor();
    await dialog.getByText("Ændringerne kræver: ny hovedversion.").waitFor();
    await dialog.getByText("Bryder sammenligning").first().waitFor();
    const version = dialog.getByLabel("Versionsnummer");
    expect(await version.inputValue()).toBe("2.0.0");
    await expectNoViolations(page);
    await screenshot(page, "9i-builder-publish-major");
    await version.fill("1.1.0");
    await dialog.getByRole("button", { name: "Udgiv version 1.1.0" }).click();
    await dialog.getByText("Versionsnummeret er for lavt: ændringerne kræver mindst 2.0.0.").waitFor();
    await version.fill("2.0.0");
    await dialog.getByRole("button", { name: "Udgiv version 2.0.0" }).click();
    await page.getByText("Spørgeskemaet er udgivet som version 2.0.0.").waitFor();
    await page.waitForURL(/\/2\.0\.0$/);
  });

  it("copies the announcement to a new one, its questionnaire a draft there", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Spørgeskemaer" }).first().click();
    const section = page.getByRole("region", { name: announcement.titleDa });
    await section.getByRole("article", { name: questionnaire.titleDa }).getByText("Nyeste version 2.0.0").waitFor();
    await section.getByRole("button", { name: /^Kopiér til ny udmelding/ }).click();
    const dialog = page.getByRole("dialog", { name: `Kopiér »${announcement.titleDa}« til ny udmelding` });
    expect(await dialog.getByLabel("Titel på dansk").inputValue()).toBe(`${announcement.titleDa} (kopi)`);
    const copied = dialog.getByRole("group", { name: "Spørgeskemaer, der kopieres som kladder" });
    expect(await copied.getByRole("checkbox", { name: new RegExp(`^${questionnaire.titleDa}`) }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "Opret kopi" }).click();
    await dialog.locator(".af-ws-error-summary").getByText("Skriv datoen for udmeldingen.").waitFor();

    const copyTitle = "Spiseforstyrrelser hos voksne – e2e";
    await dialog.getByLabel("Titel på dansk").fill(copyTitle);
    await dialog.getByLabel("Titel på engelsk").fill("Eating disorders in adults – e2e");
    await dialog.getByLabel("Udsendt").fill(`1.3.${year}`);
    await expectNoViolations(page);
    await dialog.getByRole("button", { name: "Opret kopi" }).click();
    await dialog.getByText(`Udmeldingen »${copyTitle}« er oprettet med 1 kladde.`).waitFor();
    await dialog.getByRole("link", { name: questionnaire.titleDa }).waitFor();
    await screenshot(page, "9j-builder-copy-done");
    await dialog.getByRole("button", { name: "Se den nye udmelding" }).click();
    const copy = page.getByRole("region", { name: copyTitle });
    await copy.getByText(`Kopieret fra »${announcement.titleDa}«`, { exact: true }).waitFor();
    const draft = copy.getByRole("article", { name: questionnaire.titleDa });
    await draft.getByRole("heading", { level: 4, name: "Kladder" }).waitFor();
    await draft.getByText("Klar til udgivelse").waitFor();
    await expectNoViolations(page);
  });
});
