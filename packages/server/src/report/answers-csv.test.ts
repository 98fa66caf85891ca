import { findAnnouncement, findQuestionnaire, type Locale, type QuestionnaireVersion } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { localText } from "../export/survey-text.js";
import { PassThrough } from "node:stream";
import { answerSourceOf, type AnswerSource } from "../export/answer-source.js";
import { answersTable, type AnswerExportResponse } from "../export/answers-csv-rows.js";
import { exportResponses, municipalityResponses } from "../export/export-test-kit.js";
import { toCsv } from "../http/csv.js";
import { writeAnswersCsv } from "./answers-csv.js";

const announcement = findAnnouncement("gravide-rusmiddel")!;
const kommune = findQuestionnaire(announcement, "kommune-2019", "1.0.0")!;
const tilbud = findQuestionnaire(announcement, "tilbud-2019", "1.0.0")!;

/** RFC 4180 as toCsv writes it: cells split on the separator, quoted cells unquoted, records ending in CRLF. */
function parseCsv(text: string, separator = ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  return rows;
}

/** What writeAnswersCsv writes into a stream, as text. */
async function written(
  questionnaire: QuestionnaireVersion,
  responses: AnswerSource | readonly AnswerExportResponse[],
  options: { locale: Locale; separator?: ";" | "," },
): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeAnswersCsv(questionnaire, responses, options, output);
  output.end();
  return Buffer.concat(chunks).toString("utf8");
}

async function table(questionnaire: QuestionnaireVersion, answers: Record<string, unknown>[], locale: Locale = "da") {
  const csv = await written(
    questionnaire,
    answers.map((a, i) => ({ id: `r${i}`, respondentName: `R${i}`, status: "submitted", submittedAt: null, answers: a })),
    { locale },
  );
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header = [], ...body] = parseCsv(csv.slice(1));
  return { csv, header, body, cell: (row: number, title: string) => body[row]![header.indexOf(title)] };
}

describe("writeAnswersCsv", () => {
  it("sums the offers of a matrixdynamic up in one cell with the Danish title, a line per offer with the choice texts", async () => {
    const title = "Hvilke tilbud visiterer kommunen borgere i målgruppen til?";
    const { header, cell } = await table(kommune, [
      { offersUsed: [{ name: "Solsikken", operator: "private", legalBasis: ["sel-101", "sel-107"] }, { name: "Hvidovre", operator: "regional" }] },
      { offersUsed: [{ name: "Havnen", operator: "municipal" }] },
    ]);
    expect(header.filter((h) => h.startsWith(title))).toEqual([title]);
    expect(cell(0, title)!.split("\n")).toEqual([
      "Solsikken – Privat eller selvejende – Serviceloven § 101 (behandling af stofmisbrug); Serviceloven § 107 (midlertidigt botilbud)",
      "Hvidovre – Regional",
    ]);
    expect(cell(1, title)!.split("\n")).toHaveLength(1);
  });

  it("writes years, booleans, matrices, files and numbers as the questionnaire names them", async () => {
    const { cell, header } = await table(tilbud, [
      { citizensPerYear: { "2017": "5", "2018": 7, "2019": "2.5" }, staffCount: "12", staffExperienceYears: 6.5, competences: { familie: "internal", psykiatri: "absent" } },
    ]);
    expect(cell(0, header.find((h) => h.endsWith("– 2017"))!)).toBe("5");
    expect(cell(0, header.find((h) => h.endsWith("– 2018"))!)).toBe("7");
    // numbers (and numeric text in a number field) are written as numbers in Danish form, with a decimal comma
    expect(cell(0, header.find((h) => h.endsWith("– 2019"))!)).toBe("2,5");
    expect(cell(0, "Hvor mange års erfaring med målgruppen har medarbejderne i gennemsnit?")).toBe("6,5");
    expect(cell(0, header.find((h) => h.endsWith("– Familiebehandling"))!)).toBe("Internt (ansatte i tilbuddet)");
    expect(cell(0, header.find((h) => h.endsWith("– Psykiatrisk behandling"))!)).toBe("Indgår ikke");
    const k = await table(kommune, [{ refersToOffers: true, cooperationAgreements: [{ name: "aftale.pdf", type: "application/pdf", content: "attachment:x" }] }]);
    expect(k.cell(0, k.header.find((h) => h.startsWith("Visiterer kommunen"))!)).toBe("Ja");
    expect(k.cell(0, k.header.find((h) => h.startsWith("Vedhæft en kopi"))!)).toBe("aftale.pdf");
  });

  it("adds a comment column only when someone wrote one, and reads SurveyJS texts Danish first", async () => {
    expect((await table(kommune, [{}])).header.some((h) => h.endsWith("Andet/kommentar"))).toBe(false);
    expect((await table(kommune, [{ "cooperationForms-Comment": "x" }])).header.some((h) => h.endsWith("Andet/kommentar"))).toBe(true);
    expect(localText({ default: "d", da: "da", en: "en" }, "f", "da")).toBe("da");
    expect(localText({ en: "en" }, "f", "da")).toBe("en");
    expect(localText(undefined, "f", "da")).toBe("f");
  });

  it("starts with a BOM, keeps æøå, neutralises formula-looking text and titles in English for locale en", async () => {
    const answers = { offersComment: '=HYPERLINK("x")', futureOrganisation: "Samarbejde med Tårnby og Ærø" };
    const { csv, cell } = await table(kommune, [answers]);
    expect(cell(0, "Bemærkninger til kommunens brug af tilbud og indsatser")).toBe(`'=HYPERLINK("x")`);
    expect(csv).toContain("Samarbejde med Tårnby og Ærø");
    const english = await table(kommune, [answers], "en");
    expect(english.header.slice(0, 4)).toEqual(["Respondent", "Municipality code", "Status", "Submitted"]);
    expect(english.cell(0, "Status")).toBe("Submitted");
    expect(english.header).toContain("Which forms of cooperation on the target group does the municipality take part in?");
  });
});

describe("writeAnswersCsv, streamed", () => {
  const base = exportResponses(municipalityResponses());
  const many = Array.from({ length: 1_234 }, (_, i) => ({
    ...base[i % base.length]!,
    id: `r${i}`,
    respondentName: `Kommune ${i}`,
    answers: { ...base[i % base.length]!.answers, ...(i === 1_200 ? { "cooperationForms-Comment": "Skrevet på side tre" } : {}) },
  }));

  it("writes every row of a source read in pages, exactly as the whole table written at once", async () => {
    const pages: number[] = [];
    const source = answerSourceOf(many, 100);
    const counted: AnswerSource = {
      keysAnswered: (keys) => source.keysAnswered(keys),
      async *pages() {
        for await (const page of source.pages()) {
          pages.push(page.length);
          yield page;
        }
      },
    };
    const csv = await written(kommune, counted, { locale: "da", separator: "," });
    const { header, rows } = answersTable(kommune, many, "da");
    expect(csv).toBe(toCsv([header, ...rows], { separator: "," }));
    expect(pages).toHaveLength(13);
    // a comment written only by a response on a late page still gets its column
    expect(header.some((h) => h.endsWith("Andet/kommentar"))).toBe(true);
    const body = parseCsv(csv.slice(1), ",");
    expect(body).toHaveLength(1 + 1_234);
    expect(body.at(-1)![0]).toBe("Kommune 1233");
  });

  it("fails after writing what it had when the source fails part-way, so the download is cut short", async () => {
    const failing: AnswerSource = {
      keysAnswered: async () => new Set(),
      async *pages() {
        yield many.slice(0, 10);
        throw new Error("the database went away");
      },
    };
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk));
    await expect(writeAnswersCsv(kommune, failing, { locale: "da" }, output)).rejects.toThrow("the database went away");
    expect(parseCsv(Buffer.concat(chunks).toString("utf8").slice(1))).toHaveLength(11);
  });

  it("stops when the download is closed, without reading further pages", async () => {
    let read = 0;
    const source: AnswerSource = {
      keysAnswered: async () => new Set(),
      async *pages() {
        for (let page = 0; page < 5; page++) {
          read++;
          yield many.slice(page * 10, page * 10 + 10);
        }
      },
    };
    const output = new PassThrough();
    output.on("data", () => output.destroy());
    await expect(writeAnswersCsv(kommune, source, { locale: "da" }, output)).rejects.toThrow(/closed/);
    expect(read).toBeLessThan(5);
  });
});
