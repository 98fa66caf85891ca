import type { Locale, QuestionnaireVersion } from "@afrapport/schema";
import ExcelJS from "exceljs";
import { optionalCommentKeys, type CellValue } from "./answer-columns.js";
import { answerSourceOf, type AnswerSource } from "./answer-source.js";
import { answersLayout, repeatingLayouts, type AnswerExportResponse, type TableLayout } from "./answers-csv-rows.js";
import { parseLocalDateTime } from "./date-format.js";
import { neutraliseFormula } from "./formula-guard.js";
import { drained, type ExportOutput } from "./output-stream.js";
import { SheetNames } from "./sheet-names.js";
import { xmlSafeText } from "./xml-text.js";

export interface AnswersXlsxInput {
  /** each questionnaire's responses: in memory, or a source that reads them a page at a time */
  questionnaires: { questionnaire: QuestionnaireVersion; responses: AnswerSource | readonly AnswerExportResponse[] }[];
  locale: Locale;
}

/** Excel keeps at most this many characters in a cell. */
const maxCellLength = 32_767;
const dateFormat = "dd-mm-yyyy hh:mm";
const dateStyle: Partial<ExcelJS.Style> = { numFmt: dateFormat };
const plainStyle: Partial<ExcelJS.Style> = {};

const sourceOf = (responses: AnswerSource | readonly AnswerExportResponse[]): AnswerSource =>
  "pages" in responses ? responses : answerSourceOf(responses as readonly AnswerExportResponse[]);

/**
 * Writes the answers as an XLSX workbook, streamed: the responses are read a page at a time and each row is
 * written and let go as soon as it is added, so a large campaign is never held in memory, and the zip goes out
 * while it is written. One sheet per questionnaire (one row per response, as `answersTable`), then one sheet per
 * repeating table (e.g. the offers a municipality uses) with the respondent on every row – each sheet a pass over
 * the source. Header row bold, frozen and filterable; numbers stored as numbers, the submitted time as a date in
 * Danish time; text that a spreadsheet would read as a formula gets a leading apostrophe.
 *
 * The workbook ends `output` (the zip is piped into it); the promise resolves when `output` has finished. A slow
 * reader makes the writer wait; an output closed early makes it throw.
 */
export async function writeAnswersXlsx(input: AnswersXlsxInput, output: ExportOutput): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as never, useStyles: true, useSharedStrings: false });
  workbook.creator = "Afrapport";
  const names = new SheetNames();
  for (const { questionnaire, responses } of input.questionnaires) {
    const source = sourceOf(responses);
    const comments = await source.keysAnswered(optionalCommentKeys(questionnaire));
    await writeSheet(workbook, names.take(questionnaire.key), answersLayout(questionnaire, comments, input.locale), source, output);
    for (const layout of repeatingLayouts(questionnaire, input.locale)) {
      await writeSheet(workbook, names.take(`${questionnaire.key} – ${layout.question}`), layout, source, output);
    }
  }
  if (input.questionnaires.length === 0) {
    await writeSheet(workbook, names.take(input.locale === "da" ? "Svar" : "Answers"), { columns: [], rowsOf: () => [] }, answerSourceOf([]), output);
  }
  await workbook.commit();
}

/** Rows written between two pauses that let the zip pass what it has on to `output`. */
const rowsPerPause = 500;

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, layout: TableLayout, source: AnswerSource, output: ExportOutput): Promise<void> {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  let started = false;
  // widths from the first responses: the columns must be set before the first row is written
  const start = (firstPage: readonly AnswerExportResponse[]) => {
    started = true;
    const sample = firstPage.slice(0, 100).flatMap(layout.rowsOf);
    sheet.columns = layout.columns.map((column, index) => ({
      key: String(index),
      width: columnWidth(column.title, sample.map((row) => row[index] ?? null)),
      ...(column.kind === "datetime" ? { style: { numFmt: dateFormat } } : {}),
    }));
    if (layout.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.columns.length } };
    const header = sheet.addRow(layout.columns.map((column) => textCell(column.title)));
    header.font = { bold: true };
    header.alignment = { vertical: "top", wrapText: true };
    header.commit();
  };
  let written = 0;
  for await (const page of source.pages()) {
    if (!started) start(page);
    for (const response of page) {
      for (const row of layout.rowsOf(response)) {
        const added = sheet.addRow(row.map((cell, index) => spreadsheetCell(cell, layout.columns[index]?.kind ?? "text")));
        // ExcelJS looks a cell's style up by the style object's identity: a fresh copy per cell costs a full
        // style lookup each, the shared ones a cache hit
        added.eachCell({ includeEmpty: true }, (cell, column) => {
          cell.style = layout.columns[column - 1]?.kind === "datetime" ? dateStyle : plainStyle;
        });
        added.commit();
        if (++written % rowsPerPause === 0) await pause(output);
      }
    }
  }
  if (!started) start([]);
  sheet.commit();
}

/** Lets the zip pass what it holds on to `output`, and waits while `output` is full. */
async function pause(output: ExportOutput): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await drained(output);
}

function spreadsheetCell(cell: CellValue, kind: string): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (kind === "datetime") return parseLocalDateTime(cell) ?? textCell(cell);
  return textCell(cell);
}

function textCell(text: string): string {
  const safe = neutraliseFormula(xmlSafeText(text));
  return safe.length > maxCellLength ? `${safe.slice(0, maxCellLength - 1)}…` : safe;
}

/** Wide enough for the header and the first rows' longest line, within 10–60 characters. */
function columnWidth(title: string, cells: readonly CellValue[]): number {
  const longestLine = (value: CellValue) => (value === null ? 0 : Math.max(...String(value).split("\n").map((line) => line.length)));
  const content = Math.max(0, ...cells.slice(0, 200).map(longestLine));
  return Math.min(60, Math.max(10, Math.min(title.length, 40), content + 2));
}
