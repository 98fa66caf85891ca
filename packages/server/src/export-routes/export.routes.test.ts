import { docxContentType, xlsxContentType } from "@afrapport/schema/api";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { danishNamed, expectRefused, startWorkflowWorld, submitAnswers, type WorkflowWorld } from "../approval/report-workflow-test-kit.js";
import { expectStatus } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import type { TestClient } from "../test-support/test-app.js";

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** A binary download with the client's session cookie. */
async function download(world: WorkflowWorld, client: TestClient, path: string): Promise<Download> {
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(world.app.baseUrl + path, { headers: cookie === "" ? {} : { cookie } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The file name a browser takes from Content-Disposition's filename*. */
function fileNameOf(headers: Headers): string {
  const disposition = headers.get("content-disposition") ?? "";
  expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
  return decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!);
}

/** The Word document's text, paragraph by paragraph. */
async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => unescape([...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")));
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const column = (sheet: ExcelJS.Worksheet, index: number) => {
  const values: unknown[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) values.push(sheet.getRow(r).getCell(index).value);
  return values;
};

const title = "Udsatte gravide med skadeligt rusmiddelbrug – afrapportering 2019";

describe.each(dialects)("report and answer exports on %s", (dialect) => {
  let world: WorkflowWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  const base = () => `/api/campaigns/${world.campaignId}`;

  it("exports the live draft and a snapshot as Word documents, the snapshot as approved", async () => {
    world = await startWorkflowWorld(dialect);
    await submitAnswers(world);
    const [first, second] = danishNamed(world);
    expectStatus(await world.secretariat.put(`${base()}/summaries/maalgruppe`, { text: "Målgruppen er størst i de små kommuner på Sjælland og Bornholm.", baseVersion: 0 }), 200);
    const decided = await world.secretariat.post(`${base()}/approval/decisions`, { step: 1, date: "2026-12-01", decision: "approved-with-changes", note: "Tilføj ventetider." });
    expectStatus(decided, 201);
    world.clock.advance(3_600_000);
    expectStatus(await world.secretariat.put(`${base()}/summaries/maalgruppe`, { text: "Ændret tekst efter referencegruppens møde – æøå.", baseVersion: 1 }), 200);

    const live = await download(world, world.reviewer, `${base()}/report.docx`);
    expect(live.status, live.bytes.toString()).toBe(200);
    expect(live.headers.get("content-type")).toBe(docxContentType);
    expect(fileNameOf(live.headers)).toBe(`Fælles afrapportering – ${title} – udkast.docx`);
    expect(live.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const liveText = await docxParagraphs(live.bytes);
    expect(liveText).toContain("Ændret tekst efter referencegruppens møde – æøå.");
    expect(liveText).not.toContain("Målgruppen er størst i de små kommuner på Sjælland og Bornholm.");
    expect(liveText.join("\n")).toContain(first!.name);
    expect(liveText.join("\n")).toContain(second!.name);
    expect(liveText).toContain("FÆLLES AFRAPPORTERING FOR REGION HOVEDSTADEN");
    expect(liveText.join("\n")).toContain("Godkendt med ændringer");

    const snapshotId = decided.body.snapshot.id as string;
    const frozen = await download(world, world.national, `${base()}/report.docx?snapshot=${snapshotId}`);
    expect(frozen.status).toBe(200);
    expect(fileNameOf(frozen.headers)).toBe(`Fælles afrapportering – ${title} – Faglig referencegruppe 2026-12-01.docx`);
    const frozenText = await docxParagraphs(frozen.bytes);
    expect(frozenText).toContain("Målgruppen er størst i de små kommuner på Sjælland og Bornholm.");
    expect(frozenText).not.toContain("Ændret tekst efter referencegruppens møde – æøå.");
    expect(frozenText.join("\n")).toContain("Tilføj ventetider.");
    // the same snapshot renders the same text however often it is downloaded
    const again = await download(world, world.secretariat, `${base()}/report.docx?snapshot=${snapshotId}`);
    expect(await docxParagraphs(again.bytes)).toEqual(frozenText);

    const english = await download(world, world.secretariat, `${base()}/report.docx?locale=en`);
    expect(fileNameOf(english.headers)).toBe(`Joint report – ${title} – draft.docx`);
    expect((await docxParagraphs(english.bytes)).join("\n")).toContain("Approved with changes");
  });

  it("exports the report as a printable HTML page", async () => {
    world = await startWorkflowWorld(dialect);
    await submitAnswers(world);
    expectStatus(await world.secretariat.put(`${base()}/summaries/screening`, { text: "Ét tilbud opfylder <alle> fire kriterier.", baseVersion: 0 }), 200);
    const response = await world.secretariat.raw(`${base()}/report.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(fileNameOf(response.headers)).toBe(`Fælles afrapportering – ${title} – udkast.html`);
    expect(response.text).toContain('<html lang="da">');
    expect(response.text).toContain("Ét tilbud opfylder &lt;alle&gt; fire kriterier.");
    expect(response.text).toContain(danishNamed(world)[0]!.name);
    const english = await world.reviewer.raw(`${base()}/report.html?locale=en`);
    expect(english.text).toContain('<html lang="en">');
  });

  it("streams the submitted answers as a workbook, and every response with include=all", async () => {
    world = await startWorkflowWorld(dialect);
    await submitAnswers(world);
    const [first, second, drafting] = danishNamed(world);
    const response = await download(world, world.reviewer, `${base()}/answers.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(xlsxContentType);
    expect(response.headers.get("content-length")).toBeNull(); // streamed, not buffered
    expect(fileNameOf(response.headers)).toBe(`Besvarelser – ${title}.xlsx`);
    const book = await workbook(response.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["kommune-2019", "kommune-2019 – offersUsed", "tilbud-2019"]);
    const municipalities = book.getWorksheet("kommune-2019")!;
    expect((municipalities.getRow(1).values as unknown[]).slice(1, 5)).toEqual(["Respondent", "Kommunekode", "Status", "Indsendt"]);
    expect(column(municipalities, 1).sort()).toEqual([first!.name, second!.name].sort());
    expect(column(municipalities, 3)).toEqual(["Indsendt", "Indsendt"]);
    const offers = book.getWorksheet("tilbud-2019")!;
    expect(column(offers, 1)).toEqual(["Døgnbehandlingstilbud for gravide"]);

    const all = await download(world, world.secretariat, `${base()}/answers.xlsx?include=all&locale=en`);
    expect(fileNameOf(all.headers)).toBe(`Answers incl. drafts – ${title}.xlsx`);
    const allBook = await workbook(all.bytes);
    const sheet = allBook.getWorksheet("kommune-2019")!;
    expect(sheet.rowCount).toBe(1 + 29);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Respondent", "Municipality code", "Status"]);
    const states = new Map(column(sheet, 1).map((name, i) => [name, column(sheet, 3)[i]]));
    expect(states.get(first!.name)).toBe("Submitted");
    expect(states.get(drafting!.name)).toBe("In progress");
    const untouched = world.municipalities.find((m) => !/[æøå]/i.test(m.name))!;
    expect(states.get(untouched.name)).toBe("Not opened");
  });

  it.each([
    ["report.docx?locale=fr", "locale"],
    ["report.html?locale=", "locale"],
    ["report.docx?format=pdf", "format"],
    ["answers.xlsx?include=drafts", "include"],
    ["answers.xlsx?snapshot=x", "snapshot"],
    ["answers.xlsx?locale=de", "locale"],
    ["export.csv?separator=tab", "separator"],
    ["export.csv?audience=citizens", "audience"],
  ])("refuses %s with 400 naming the parameter", async (query, field) => {
    world = await startWorkflowWorld(dialect);
    const response = await world.secretariat.get(`${base()}/${query}`);
    expect(response.status, response.text).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(response.body.error.field).toBe(field);
  });

  it("streams the CSV row by row: every respondent of the audience, headers set before the first byte", async () => {
    world = await startWorkflowWorld(dialect);
    await submitAnswers(world);
    const response = await download(world, world.reviewer, `${base()}/export.csv?separator=,`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-length")).toBeNull(); // streamed, not buffered
    expect(fileNameOf(response.headers)).toBe(`${title} – kommuner.csv`);
    const text = response.bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(1).split("\r\n").slice(0, -1);
    expect(lines).toHaveLength(1 + 29);
    for (const link of danishNamed(world)) expect(lines.some((line) => line.startsWith(`${link.name},`))).toBe(true);
  });

  it("answers 404 for a snapshot of another campaign or none", async () => {
    world = await startWorkflowWorld(dialect);
    const decided = await world.secretariat.post(`${base()}/approval/decisions`, { step: 1, date: "2026-12-01", decision: "approved" });
    const other = await world.secretariat.post("/api/campaigns", { announcementId: "gravide-rusmiddel", title: "Anden", deadline: "2026-12-18T12:00:00.000Z", municipalityQuestionnaire: { key: "kommune-2019", version: "1.0.0" } });
    for (const path of [
      `${base()}/report.docx?snapshot=no-such`,
      `${base()}/report.html?snapshot=no-such`,
      `/api/campaigns/${other.body.campaign.id}/report.docx?snapshot=${decided.body.snapshot.id}`,
    ]) {
      const response = await world.secretariat.get(path);
      expect(response.status).toBe(404);
      expect(response.body.error.field).toBe("snapshot");
    }
    // a campaign without offers exports the municipalities only
    const book = await workbook((await download(world, world.secretariat, `/api/campaigns/${other.body.campaign.id}/answers.xlsx`)).bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(["kommune-2019", "kommune-2019 – offersUsed"]);
  });

  it("lets reviewers and the national board download, and hides the campaign from everyone else", async () => {
    world = await startWorkflowWorld(dialect);
    for (const file of ["report.docx", "report.html", "answers.xlsx"]) {
      const path = `${base()}/${file}`;
      expect((await download(world, world.reviewer, path)).status).toBe(200);
      expect((await download(world, world.national, path)).status).toBe(200);
      expect((await download(world, world.otherReviewer, path)).status).toBe(404);
      expect((await download(world, world.otherRegion, path)).status).toBe(404);
      expect((await download(world, world.app.client(), path)).status).toBe(401);
    }
    // downloads change nothing
    await expectRefused(world.app, () => world.reviewer.get(`${base()}/answers.xlsx?include=x`), 400, "include");
  });
});
