import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations, launchBrowser, screenshot, type E2eBrowser } from "./support/browser.js";
import { startE2eServer, type E2eServer } from "./support/e2e-app.js";
import { samplePdf } from "./support/respondent-page.js";

// The joint report in the workspace, end to end: a campaign of Region Hovedstaden with submitted municipality and
// offer responses (seeded through the real HTTP API), then the secretariat reads the report, follows a number to
// its responses, writes a section's text, records the reference group's decision and opens its frozen copy,
// downloads DOCX, XLSX and CSV through the browser; a reviewer comments and the secretariat resolves; a reviewer of
// another region sees nothing; the national board sees the five regions. axe-core scans every page.

const serverRequire = createRequire(new URL("../packages/server/package.json", import.meta.url));
// jszip and exceljs are the server's dependencies (it writes DOCX and XLSX with them); the test reads the files
// back with them. Typed here by the little it uses, since their types do not resolve from test/.
interface Zip {
  file(name: string): { async(type: "string"): Promise<string> } | null;
}
interface Workbook {
  xlsx: { load(data: Buffer): Promise<unknown> };
  worksheets: { eachRow(each: (row: { eachCell(each: (cell: { value: unknown }) => void): void }) => void): void }[];
}
const JSZip = serverRequire("jszip") as { loadAsync(data: Buffer): Promise<Zip> };
const ExcelJS = serverRequire("exceljs") as { Workbook: new () => Workbook };

let server: E2eServer;
let browser: E2eBrowser;
let campaignId: string;
const people: Record<"secretariat" | "reviewer" | "otherReviewer" | "national", { email: string; password: string }> = {} as never;

/** The target group per municipality and year, as the municipalities submit it. */
const counts: Record<string, [number, number, number]> = { København: [21, 24, 27], Tårnby: [2, 3, 1], Hørsholm: [0, 1, 2] };
const total2019 = 27 + 1 + 2;
const grandTotal = 21 + 24 + 27 + 2 + 3 + 1 + 0 + 1 + 2;
const summaryText = "Målgruppen er vokset i København, mens de små kommuner har få borgere – tallene skal læses med forsigtighed.";

function expectStatus(response: { status: number; text: string }, status: number): void {
  if (response.status !== status) throw new Error(`expected HTTP ${status}, got ${response.status}: ${response.text}`);
}

function municipalityAnswers(name: string, [a, b, c]: [number, number, number], agreement?: { name: string; id: string }): Record<string, unknown> {
  const answers: Record<string, unknown> = {
    respondentUnit: "Social- og Sundhedsforvaltningen",
    targetGroupCount: { "2017": a, "2018": b, "2019": c },
    targetGroupCountMethod: `${name}: optalt i sagssystemet ud fra underretninger og visitationer.`,
    refersToOffers: name !== "Hørsholm",
    futureOrganisation: `${name} vil samle indsatsen i et gravideteam på tværs af familie- og rusmiddelområdet.`,
  };
  if (name !== "Hørsholm") {
    answers.offersUsed = [{ name: name === "København" ? "Døgntilbuddet Solsikken" : "Døgntilbud Solsikken", operator: "private", legalBasis: ["sel-101", "sel-107"], location: "Nordsjælland" }];
  }
  if (agreement) {
    answers.cooperationForms = ["region", "offers"];
    answers.cooperationScope = ["within-region"];
    answers.cooperationDescription = "Fast samarbejde med familieambulatoriet på Hvidovre Hospital.";
    answers.hasCooperationAgreements = true;
    answers.cooperationAgreements = [{ name: agreement.name, type: "application/pdf", content: `attachment:${agreement.id}` }];
    answers.furtherChallenges = "Mangel på døgnpladser med jordemoderfaglige kompetencer.";
    answers.proposedSolutions = "Fælleskommunal finansiering af pladser i et regionalt tilbud.";
  } else {
    answers.cooperationForms = ["none"];
  }
  return answers;
}

const offerAnswers = {
  offerName: "Døgntilbuddet Solsikken",
  operator: "private",
  legalBasis: ["sel-101", "sel-107"],
  effortDescription: "Døgnbehandling for gravide med rusmiddelbrug, med jordemoder og psykiatrisk konsulent tilknyttet.",
  citizensPerYear: { "2017": 4, "2018": 5, "2019": 6 },
  staffCount: 6,
  staffExperienceYears: 8,
  competences: { familie: "internal", svangerskab: "external", rusmiddel: "internal", psykiatri: "external" },
};

/** A campaign of Hovedstaden (kommune-2019 and tilbud-2019) with three municipalities and one offer submitted. */
async function seedCampaign(): Promise<string> {
  const api = server.secretariat;
  const created = await api.post("/api/campaigns", {
    announcementId: "gravide-rusmiddel",
    title: "Udsatte gravide – afrapportering 2019 (e2e)",
    deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
    municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" },
    offerQuestionnaire: { key: "tilbud-2019", version: "1.0.0" },
  });
  expectStatus(created, 201);
  const id = created.body.campaign.id as string;
  const invited = await api.post(`/api/campaigns/${id}/respondents/municipalities`);
  expectStatus(invited, 201);
  expectStatus(await api.post(`/api/campaigns/${id}/status`, { status: "open" }), 200);
  const tokens = new Map<string, string>((invited.body.invited as { respondent: { name: string }; link: { token: string } }[]).map((e) => [e.respondent.name, e.link.token]));
  const respondent = server.testApp.client();
  for (const [name, values] of Object.entries(counts)) {
    const token = tokens.get(name);
    if (token === undefined) throw new Error(`${name} was not invited`);
    let agreement: { name: string; id: string } | undefined;
    if (name === "København") {
      const form = new FormData();
      form.set("question", "cooperationAgreements");
      form.set("file", new Blob([new Uint8Array(samplePdf("Samarbejdsaftale"))], { type: "application/pdf" }), "Samarbejdsaftale – Hvidovre.pdf");
      const uploaded = await respondent.raw(`/api/respond/${token}/attachments`, { method: "POST", body: form });
      expectStatus(uploaded, 201);
      agreement = { name: "Samarbejdsaftale – Hvidovre.pdf", id: uploaded.body.id as string };
    }
    expectStatus(await respondent.post(`/api/respond/${token}/submit`, { baseRevision: 0, answers: municipalityAnswers(name, values, agreement) }), 200);
  }
  const offer = await api.post(`/api/campaigns/${id}/respondents/offers`, { name: "Døgntilbuddet Solsikken", operator: "private" });
  expectStatus(offer, 201);
  expectStatus(await respondent.post(`/api/respond/${offer.body.link.token as string}/submit`, { baseRevision: 0, answers: offerAnswers }), 200);
  return id;
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  campaignId = await seedCampaign();
  const app = server.testApp;
  people.secretariat = await app.createUser({ role: "secretariat", regionCode: "1084", name: "Sara Sekretariat" });
  people.reviewer = await app.createUser({ role: "reviewer", regionCode: "1084", name: "Rikke Referencegruppe" });
  people.otherReviewer = await app.createUser({ role: "reviewer", regionCode: "1083", name: "Søren Syddanmark" });
  people.national = await app.createUser({ role: "national", name: "Nina Nationalt" });
  expectStatus(await server.secretariat.post(`/api/campaigns/${campaignId}/reviewers`, { email: people.reviewer.email }), 201);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new browser profile, signed in through the sign-in page. */
async function signIn(who: keyof typeof people): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/sekretariat/log-ind`);
  await page.getByLabel("E-mailadresse").fill(people[who].email);
  await page.getByLabel("Adgangskode").fill(people[who].password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sekretariat/log-ind"));
  return page;
}

const tabUrl = (tab: string, ...rest: string[]) => `${server.baseUrl}/sekretariat/kampagner/${campaignId}/${[tab, ...rest].join("/")}`;

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function openReport(page: Page): Promise<void> {
  await page.goto(tabUrl("rapport"));
  await page.getByRole("heading", { level: 2, name: "Fælles afrapportering" }).waitFor();
}

/** Clicks a download link and returns the file's bytes and suggested name. */
async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent("download"), page.locator(selector).click()])) as [Download, unknown];
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function sectionOf(page: Page, title: string) {
  return page.locator("section.af-report-section", { has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

describe("the secretariat's joint report", () => {
  it("shows the totals, and a number leads to the responses it came from", async () => {
    const page = await signIn("secretariat");
    await openReport(page);
    const table = page.locator("table", { has: page.locator("caption", { hasText: "pr. kommune og år" }) });
    await expect(table.locator("tfoot td").nth(2).innerText()).resolves.toBe(String(total2019));
    await expect(table.locator("tfoot td").nth(3).innerText()).resolves.toBe(String(grandTotal));
    // small counts are marked and explained
    await expect(table.locator("tbody tr", { hasText: "Tårnby" }).locator(".af-figure--small").count()).resolves.toBe(3);
    await expect(page.getByText("Små tal (1–4) kan identificere borgere").isVisible()).resolves.toBe(true);
    // the trend chart says its numbers
    await expect(page.locator("svg[role=img] desc").first().textContent()).resolves.toContain(`2019: ${total2019}`);
    // the agreement København attached is a download
    const agreement = page.getByRole("link", { name: "Hent Samarbejdsaftale – Hvidovre.pdf" });
    await expect(agreement.getAttribute("href")).resolves.toMatch(new RegExp(`^/api/campaigns/${campaignId}/attachments/`));
    // offers screened by the four criteria
    await expect(page.getByText("Højt specialiseret", { exact: true }).first().isVisible()).resolves.toBe(true);
    await expectNoViolations(page);
    await screenshot(page, "60-report");

    await table.locator("tfoot td").nth(2).getByRole("button").click();
    const dialog = page.getByRole("dialog", { name: `Hvor tallet ${total2019} kommer fra` });
    await dialog.waitFor();
    // the live report fetches a number's sources when its dialog opens
    await dialog.getByRole("listitem").first().waitFor();
    await expect(dialog.getByRole("listitem").allInnerTexts()).resolves.toEqual(["København", "Tårnby", "Hørsholm"]);
    await expectNoViolations(page);
    await screenshot(page, "61-report-sources");
    await dialog.getByRole("link", { name: "Åbn besvarelsen fra Tårnby" }).click();
    await page.getByRole("heading", { level: 2, name: "Besvarelse fra Tårnby" }).waitFor();
    await page.getByText("Tårnby: optalt i sagssystemet").first().waitFor();
    // read-only: no field of the questionnaire can be typed into
    const editable = await page.locator(".af-questionnaire--readonly").evaluate((root) =>
      [...root.querySelectorAll("input, textarea")].filter((el) => !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly).length,
    );
    expect(editable).toBe(0);
    await expectNoViolations(page);
    await screenshot(page, "62-response-view");

    // the same report in English
    await page.getByRole("link", { name: "Tilbage til rapporten" }).click();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Joint report" }).waitFor();
    await page.getByText("Small counts (1–4) may identify citizens").waitFor();
    await expectNoViolations(page);
    await page.context().close();
  });

  it("saves the secretariat's text on leaving the field, and keeps both texts when a colleague saved first", async () => {
    const page = await signIn("secretariat");
    await openReport(page);
    const section = sectionOf(page, "Målgruppen");
    const field = section.getByLabel("Sekretariatets tekst til afsnittet »Målgruppen«");
    await field.fill(summaryText);
    await page.keyboard.press("Tab");
    await section.locator(".af-summary__status", { hasText: /^Gemt kl\. \d{2}\.\d{2}$/ }).waitFor();
    const saved = await server.secretariat.get(`/api/campaigns/${campaignId}/summaries`);
    expect(saved.body.summaries.find((s: { sectionId: string }) => s.sectionId === "maalgruppe")).toMatchObject({ text: summaryText, version: 1 });

    // a colleague saves another text of the same section meanwhile
    expectStatus(await server.secretariat.put(`/api/campaigns/${campaignId}/summaries/maalgruppe`, { text: "Kollegaens version.", baseVersion: 1 }), 200);
    await field.fill(`${summaryText} Tilføjet: CPR 010190-1234`);
    await section.getByRole("button", { name: "Gem teksten" }).click();
    await section.getByRole("heading", { name: "En kollega har gemt en anden tekst" }).waitFor();
    await expect(section.locator(".af-summary__theirs").innerText()).resolves.toBe("Kollegaens version.");
    await expect(field.inputValue()).resolves.toContain("Tilføjet");
    await expect(section.getByText("Teksten ser ud til at indeholde et CPR-nummer").isVisible()).resolves.toBe(true);
    await expectNoViolations(page);
    await screenshot(page, "63-report-stale-text");
    await field.fill(summaryText);
    await section.getByRole("button", { name: "Gem min tekst" }).click();
    await section.locator(".af-summary__status", { hasText: /^Gemt kl\./ }).waitFor();
    const after = await server.secretariat.get(`/api/campaigns/${campaignId}/summaries`);
    expect(after.body.summaries.find((s: { sectionId: string }) => s.sectionId === "maalgruppe")).toMatchObject({ text: summaryText, version: 3 });
    await page.context().close();
  });

  it("records the reference group's decision, with an error summary first, and shows its frozen copy", async () => {
    const page = await signIn("secretariat");
    await page.goto(tabUrl("godkendelse"));
    await page.getByRole("heading", { level: 2, name: "Godkendelse" }).waitFor();
    await expect(page.locator(".af-steps__list li").first().innerText()).resolves.toContain("Faglig referencegruppe");
    await expect(page.locator(".af-steps__list li").allInnerTexts()).resolves.toHaveLength(6);
    await expectNoViolations(page);

    // a rejection without a note: the summary takes the focus and names the field
    await page.getByLabel("Afvist").check();
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    const summary = page.locator(".af-ws-error-summary");
    await summary.waitFor();
    await expect(page.evaluate(() => document.activeElement?.classList.contains("af-ws-error-summary"))).resolves.toBe(true);
    await expect(summary.innerText()).resolves.toContain("Skriv, hvad der skal ændres, eller hvorfor rapporten blev afvist.");
    await expect(page.getByLabel("Afvist").isChecked()).resolves.toBe(true);
    await expectNoViolations(page);
    await screenshot(page, "64-approval-errors");

    await page.getByLabel("Godkendt", { exact: true }).check();
    await page.getByLabel("Bemærkning").fill("Referencegruppen anbefaler rapporten – god beskrivelse af målgruppen.");
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    await page.getByText("Beslutningen for »Faglig referencegruppe« er registreret").waitFor();
    const decision = page.locator(".af-decision").first();
    await expect(decision.innerText()).resolves.toContain("Faglig referencegruppe: Godkendt");
    await expect(page.getByText("Rapporten er uændret siden seneste beslutning.").isVisible()).resolves.toBe(true);
    await screenshot(page, "65-approval");

    const docx = await download(page, ".af-decision >> nth=0 >> [data-export=snapshot-docx]");
    const zip = await JSZip.loadAsync(docx.bytes);
    expect(await zip.file("word/document.xml")!.async("string")).toContain("Målgruppen er vokset i København");

    await decision.getByRole("link", { name: "Se den låste kopi" }).click();
    await page.getByRole("heading", { level: 2, name: /^Låst kopi: Faglig referencegruppe/ }).waitFor();
    await expect(page.getByText(summaryText).isVisible()).resolves.toBe(true);
    await expectNoViolations(page);
    await screenshot(page, "66-snapshot");

    // the live draft changes: the approval page says a new version must be approved
    expectStatus(await server.secretariat.put(`/api/campaigns/${campaignId}/summaries/maalgruppe`, { text: `${summaryText} Rettet efter mødet.`, baseVersion: 3 }), 200);
    await page.getByRole("link", { name: "Tilbage til godkendelsen" }).click();
    await page.getByText("Rapporten er ændret siden seneste godkendelse – en ny version skal godkendes.").waitFor();
    await page.context().close();
  });

  it("lets the secretariat reorder the approval path with the keyboard", async () => {
    const page = await signIn("secretariat");
    await page.goto(tabUrl("godkendelse"));
    await page.getByRole("button", { name: "Redigér forløbet" }).click();
    await page.getByRole("button", { name: "Tilføj trin" }).click();
    await page.keyboard.type("Netværksmøde i KKR");
    const up = page.getByRole("button", { name: "Flyt »Netværksmøde i KKR« op" });
    await up.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "er nu trin" }).innerText()).resolves.toContain("»Netværksmøde i KKR« er nu trin 5.");
    // the decided first step cannot move
    await expect(page.getByRole("button", { name: "Flyt »Faglig referencegruppe« op" }).count()).resolves.toBe(0);
    await expectNoViolations(page);
    await screenshot(page, "67-approval-steps");
    await page.getByRole("button", { name: "Gem forløbet" }).click();
    await page.getByRole("button", { name: "Redigér forløbet" }).waitFor();
    const steps = await server.secretariat.get(`/api/campaigns/${campaignId}/approval`);
    expect((steps.body.steps as { name: string }[]).map((s) => s.name)[4]).toBe("Netværksmøde i KKR");
    await page.context().close();
  });

  it("downloads DOCX, XLSX and CSV through the browser, with æøå intact", async () => {
    const page = await signIn("secretariat");
    await openReport(page);

    const docx = await download(page, "a[data-export='report.docx']");
    expect(docx.name).toMatch(/\.docx$/);
    const documentXml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    expect(documentXml).toContain("Målgruppen");
    expect(documentXml).toContain("Rettet efter mødet.");
    expect(documentXml).toContain("Hørsholm");

    const xlsx = await download(page, "a[data-export='answers.xlsx']");
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes);
    const cells = workbook.worksheets.flatMap((sheet) => {
      const values: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
      return values;
    });
    expect(cells).toContain("Tårnby");
    expect(cells).toContain("Døgntilbuddet Solsikken");
    expect(cells.some((value) => value.includes("optalt i sagssystemet"))).toBe(true);

    const csv = await download(page, "a[data-export='export.csv'][data-audience='municipality']");
    const text = csv.bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Hørsholm");
    expect(text).toContain("Tårnby");
    await page.context().close();
  });
});

describe("the reference group and the national board", () => {
  it("a reviewer reads the report and comments on a section; the secretariat resolves the comment", async () => {
    const reviewer = await signIn("reviewer");
    await reviewer.goto(tabUrl("rapport"));
    await reviewer.getByRole("heading", { level: 2, name: "Fælles afrapportering" }).waitFor();
    await expect(reviewer.getByRole("textbox", { name: /Sekretariatets tekst/ }).count()).resolves.toBe(0);
    const section = sectionOf(reviewer, "Målgruppen");
    await section.getByLabel("Skriv en kommentar").fill("Tallet for København i 2019 ser højt ud – er det inklusive tilflyttere?");
    await section.getByRole("button", { name: "Send kommentar" }).click();
    await section.getByText("Kommentaren er sendt.").waitFor();
    await section.locator(".af-comment", { hasText: "tilflyttere" }).waitFor();
    await expect(section.getByRole("button", { name: "Markér som løst" }).count()).resolves.toBe(0);
    // an empty comment gets a Danish message beside the field
    await section.getByRole("button", { name: "Send kommentar" }).click();
    await section.getByText("Skriv kommentaren, før du sender den.").waitFor();
    await expectNoViolations(reviewer);
    await screenshot(reviewer, "68-reviewer-report");
    await reviewer.context().close();

    const page = await signIn("secretariat");
    await page.goto(tabUrl("kommentarer"));
    await page.getByRole("heading", { level: 2, name: "Kommentarer fra referencegruppen" }).waitFor();
    const comment = page.locator(".af-comment", { hasText: "tilflyttere" });
    await expect(comment.innerText()).resolves.toContain("Afsnit: Målgruppen");
    await expectNoViolations(page);
    await screenshot(page, "69-comments");
    await comment.getByRole("button", { name: "Markér som løst" }).click();
    await page.getByText("Der er ingen kommentarer.").waitFor();
    await page.getByLabel("Løste (1)").check();
    await expect(page.locator(".af-comment").innerText()).resolves.toContain("Løst af Sara Sekretariat");
    await expectNoViolations(page);
    // the comment leads to its section of the report
    await page.getByRole("link", { name: "Afsnit: Målgruppen" }).click();
    await page.getByRole("heading", { level: 2, name: "Fælles afrapportering" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "afsnit-maalgruppe");
    await page.context().close();
  });

  it("a reviewer of another region sees nothing of the campaign", async () => {
    const page = await signIn("otherReviewer");
    await expect(page.getByText("Udsatte gravide – afrapportering 2019 (e2e)").count()).resolves.toBe(0);
    await page.goto(tabUrl("rapport"));
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(page.getByRole("heading", { level: 2, name: "Fælles afrapportering" }).count()).resolves.toBe(0);
    await expect(page.getByText("Målgruppen er vokset").count()).resolves.toBe(0);
    const report = await page.evaluate(async (id) => (await fetch(`/api/campaigns/${id}/report`)).status, campaignId);
    expect(report).toBe(404);
    const comments = await page.evaluate(async (id) => (await fetch(`/api/campaigns/${id}/comments`)).status, campaignId);
    expect(comments).toBe(404);
    await expectNoViolations(page);
    await page.context().close();
  });

  it("the national board sees the five regions side by side and opens Hovedstaden's report", async () => {
    const page = await signIn("national");
    await page.waitForURL((url) => url.pathname.startsWith("/national"));
    await page.getByRole("heading", { level: 1, name: "De fem regioners afrapportering" }).waitFor();
    await page.getByRole("button", { name: "Vælg en udmelding" }).click();
    const table = page.locator("table.af-table--national");
    await table.waitFor();
    await expect(table.locator("tbody tr").count()).resolves.toBe(5);
    const hovedstaden = table.locator("tbody tr[data-region='1084']");
    await expect(hovedstaden.locator("td.af-table__total").innerText()).resolves.toBe(String(grandTotal));
    await expect(table.locator("tbody tr[data-region='1083']").innerText()).resolves.toContain("Ingen indsamling");
    await expectNoViolations(page);
    await screenshot(page, "70-national");

    await hovedstaden.getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: "Afrapportering fra Region Hovedstaden" }).waitFor();
    await expect(page.getByText("Rettet efter mødet.").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("textbox").count()).resolves.toBe(0);
    await expectNoViolations(page);
    await screenshot(page, "71-national-region");
    await page.context().close();
  });
});
