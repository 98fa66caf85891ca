import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { answerSourceOf, type AnswerSource } from "./answer-source.js";
import type { AnswerExportResponse } from "./answers-csv-rows.js";
import { writeAnswersXlsx, type AnswersXlsxInput } from "./answers-xlsx.js";
import { exportResponses, formulaText, kommuneQuestionnaire, municipalityResponses, offerResponses, tilbudQuestionnaire } from "./export-test-kit.js";

/** Writes the workbook into memory through the streaming writer and reads it back with ExcelJS. */
async function roundTrip(input: AnswersXlsxInput): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeAnswersXlsx(input, output);
  const bytes = Buffer.concat(chunks);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { workbook, bytes };
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const rowOf = (sheet: ExcelJS.Worksheet, name: string) => {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === name) return sheet.getRow(r);
  throw new Error(`no row for ${name}`);
};
const cellIn = (sheet: ExcelJS.Worksheet, name: string, title: string) => {
  const index = headerOf(sheet).indexOf(title);
  if (index < 0) throw new Error(`no column ${title}`);
  return rowOf(sheet, name).getCell(index + 1);
};

describe("writeAnswersXlsx", async () => {
  const { workbook, bytes } = await roundTrip({
    questionnaires: [
      { questionnaire: kommuneQuestionnaire, responses: exportResponses(municipalityResponses()) },
      { questionnaire: tilbudQuestionnaire, responses: exportResponses(offerResponses()) },
    ],
    locale: "da",
  });
  const main = workbook.getWorksheet("kommune-2019")!;
  const countTitle = "Hvor mange udsatte gravide kvinder med et skadeligt rusmiddelbrug har kommunen haft kendskab til i hvert af årene? – 2018";

  it("is an xlsx (zip) file with a sheet per questionnaire and per repeating table", () => {
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["kommune-2019", "kommune-2019 – offersUsed", "tilbud-2019"]);
  });

  it("has a bold, frozen header row with Danish titles", () => {
    expect(headerOf(main).slice(0, 4)).toEqual(["Respondent", "Kommunekode", "Status", "Indsendt"]);
    expect(headerOf(main)).toContain(countTitle);
    expect(main.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(main.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(main.rowCount).toBe(1 + 29);
  });

  it("stores numbers as numbers and the submitted time as a date in Danish time", () => {
    const count = cellIn(main, "København", countTitle);
    expect(count.type).toBe(ExcelJS.ValueType.Number);
    expect(count.value).toBe(425);
    const submitted = cellIn(main, "Høje-Taastrup", "Indsendt");
    expect(submitted.value).toBeInstanceOf(Date);
    expect((submitted.value as Date).toISOString()).toBe("2026-11-12T10:30:00.000Z");
    expect(submitted.numFmt).toBe("dd-mm-yyyy hh:mm");
  });

  it("keeps æøå and writes choices as texts", () => {
    expect(rowOf(main, "Tårnby").getCell(2).value).toBe("185");
    expect(cellIn(main, "Tårnby", "Vedhæft en kopi af de nedskrevne samarbejdsaftaler").value).toBe("samarbejdsaftale-tårnby.pdf");
    expect(cellIn(main, "Tårnby", "Hvor foregår samarbejdet?").value).toBe("Inden for regionen");
    expect(cellIn(main, "Høje-Taastrup", "Hvilke former for samarbejde om målgruppen indgår kommunen i?").value).toBe(
      "Kommunen indgår ikke i formaliserede samarbejder om målgruppen",
    );
  });

  it("neutralises text that would run as a formula", () => {
    const cell = cellIn(main, "Brøndby", "Bemærkninger til kommunens brug af tilbud og indsatser");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${formulaText}`);
    expect(bytes.includes(Buffer.from("<f>"))).toBe(false);
  });

  it("puts the offers each municipality uses on their own sheet, the respondent on every row", () => {
    const offers = workbook.getWorksheet("kommune-2019 – offersUsed")!;
    expect(headerOf(offers)).toEqual(["Respondent", "Kommunekode", "Række", "Tilbuddets navn", "Driftsherre", "Lovgrundlag", "Beliggenhed (by eller kommune)"]);
    const tårnby = [];
    for (let r = 2; r <= offers.rowCount; r++) if (offers.getRow(r).getCell(1).value === "Tårnby") tårnby.push((offers.getRow(r).values as unknown[]).slice(1));
    expect(tårnby).toEqual([
      ["Tårnby", "185", 1, "Tårnbys rusmiddelcenter", "Kommunal", "Serviceloven § 101 (behandling af stofmisbrug); Sundhedsloven § 141 (alkoholbehandling)", "Tårnby"],
    ]);
    expect(offers.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes the offers' questionnaire with its matrix spread over columns", () => {
    const offers = workbook.getWorksheet("tilbud-2019")!;
    expect(offers.rowCount).toBe(4);
    expect(cellIn(offers, "Døgnbehandlingstilbud for gravide", "Hvor mange års erfaring med målgruppen har medarbejderne i gennemsnit?").value).toBe(6.5);
    expect(
      cellIn(offers, "Ambulant rusmiddelbehandling Øst", "Hvordan indgår følgende kompetencer i den borgerrettede indsats til målgruppen? – Rusmiddelbehandling").value,
    ).toBe("Internt (ansatte i tilbuddet)");
  });
});

describe("writeAnswersXlsx edge cases", () => {
  it("keeps sheet names unique and short when a questionnaire comes twice", async () => {
    const responses = exportResponses(municipalityResponses(2));
    const { workbook } = await roundTrip({
      questionnaires: [
        { questionnaire: kommuneQuestionnaire, responses },
        { questionnaire: kommuneQuestionnaire, responses },
      ],
      locale: "en",
    });
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(["kommune-2019", "kommune-2019 – offersUsed", "kommune-2019 (2)", "kommune-2019 – offersUsed (2)"]);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(headerOf(workbook.worksheets[0]!).slice(0, 4)).toEqual(["Respondent", "Municipality code", "Status", "Submitted"]);
  });

  it("writes a header-only sheet without responses, and one empty sheet without questionnaires", async () => {
    const { workbook } = await roundTrip({ questionnaires: [{ questionnaire: kommuneQuestionnaire, responses: [] }], locale: "da" });
    expect(workbook.getWorksheet("kommune-2019")!.rowCount).toBe(1);
    expect(workbook.getWorksheet("kommune-2019 – offersUsed")!.rowCount).toBe(1);
    const none = await roundTrip({ questionnaires: [], locale: "da" });
    expect(none.workbook.worksheets.map((s) => s.name)).toEqual(["Svar"]);
  });

  it("streams a large export to the output in pieces while it writes", async () => {
    const base = exportResponses(municipalityResponses());
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...base[i % base.length]!, id: `r${i}`, respondentName: `Kommune ${i}` }));
    const output = new PassThrough();
    const sizes: number[] = [];
    output.on("data", (chunk: Buffer) => sizes.push(chunk.length));
    let finished = false;
    const writing = writeAnswersXlsx({ questionnaires: [{ questionnaire: kommuneQuestionnaire, responses: many }], locale: "da" }, output).then(() => {
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 20 && sizes.length === 0; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(false);
    expect(sizes.length).toBeGreaterThan(0);
    await writing;
    expect(sizes.length).toBeGreaterThan(1);
  });

  it("drops characters XML cannot hold instead of breaking the file", async () => {
    const [response] = exportResponses(municipalityResponses(1));
    response!.answers = { ...response!.answers, offersComment: "før\u0000efter\u0007 – @ende", respondentUnit: "x".repeat(40_000) };
    const { workbook } = await roundTrip({ questionnaires: [{ questionnaire: kommuneQuestionnaire, responses: [response!] }], locale: "da" });
    const sheet = workbook.getWorksheet("kommune-2019")!;
    expect(cellIn(sheet, "København", "Bemærkninger til kommunens brug af tilbud og indsatser").value).toBe("førefter – @ende");
    expect(String(cellIn(sheet, "København", "Hvilken forvaltning eller afdeling har koordineret besvarelsen?").value)).toHaveLength(32_767);
  });

  it("writes every response of a source read in pages, a pass per sheet, as a workbook Excel opens", async () => {
    const base = exportResponses(municipalityResponses());
    const many: AnswerExportResponse[] = Array.from({ length: 1_234 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `r${i}`,
      respondentName: `Kommune ${i}`,
      answers: { ...base[i % base.length]!.answers, ...(i === 1_200 ? { "cooperationForms-Comment": "Skrevet på side tre" } : {}) },
    }));
    let passes = 0;
    const paged = answerSourceOf(many, 100);
    const source: AnswerSource = {
      keysAnswered: (keys) => paged.keysAnswered(keys),
      pages: () => {
        passes++;
        return paged.pages();
      },
    };
    const { workbook, bytes } = await roundTrip({ questionnaires: [{ questionnaire: kommuneQuestionnaire, responses: source }], locale: "da" });
    expect(passes).toBe(2);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]));
    const main = workbook.getWorksheet("kommune-2019")!;
    expect(main.rowCount).toBe(1 + 1_234);
    expect(main.getRow(1_235).getCell(1).value).toBe("Kommune 1233");
    // a comment written only by a response on a late page still gets its column
    expect(cellIn(main, "Kommune 1200", "Hvilke former for samarbejde om målgruppen indgår kommunen i? – Andet/kommentar").value).toBe("Skrevet på side tre");
    const offersUsed = workbook.getWorksheet("kommune-2019 – offersUsed")!;
    const expectedRows = many.reduce((n, r) => n + (Array.isArray(r.answers.offersUsed) ? r.answers.offersUsed.length : 0), 0);
    expect(offersUsed.rowCount).toBe(1 + expectedRows);
  });
});