import type { Response } from "express";

/**
 * CSV for people who open it in Excel, most of them with Danish settings.
 *
 * - UTF-8 with a byte order mark: without the BOM Excel reads the file as Windows-1252 and "Ærø" becomes "Ã†rÃ¸".
 * - Separator ";" by default: Excel splits a double-clicked .csv on the list separator of the user's locale, and
 *   in Danish settings that is ";" because "," is the decimal separator. A ","-separated file would open with
 *   every row in column A. Pass `separator: ","` for tools that expect the international form.
 * - Numbers are written the way that locale reads them: "3,5" with ";" and "3.5" with ",", never with thousands
 *   separators. Non-finite numbers become empty cells.
 * - RFC 4180 quoting (a cell with the separator, a quote, CR or LF is quoted, quotes doubled) and CRLF line ends.
 * - Text that Excel would take for a formula (starting with = + - @, tab or CR, or their full-width forms) gets
 *   a leading apostrophe, against CSV/formula injection (OWASP). A number passed as a number is not text, so
 *   -5 stays the number -5; the text "-5" becomes "'-5".
 */
export type CsvCell = string | number | boolean | null | undefined;
export type CsvSeparator = ";" | ",";

export interface CsvOptions {
  separator?: CsvSeparator;
}

export const CSV_BOM = "\uFEFF";
const CRLF = "\r\n";
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell, quoted and neutralised as needed. */
export function csvCell(value: CsvCell, separator: CsvSeparator = ";"): string {
  let text: string;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = String(value);
    if (separator === ";") text = text.replace(".", ",");
    return text.includes(separator) ? quote(text) : text;
  }
  if (typeof value === "boolean") text = value ? "true" : "false";
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return needsQuotes(text, separator) ? quote(text) : text;
}

/** One record with its CRLF. */
export function csvRow(cells: readonly CsvCell[], separator: CsvSeparator = ";"): string {
  return cells.map((cell) => csvCell(cell, separator)).join(separator) + CRLF;
}

/** A whole file: BOM, then every row ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ";";
  let out = CSV_BOM;
  for (const row of rows) out += csvRow(row, separator);
  return out;
}

/**
 * Sets the headers of a CSV download: text/csv in UTF-8, attachment, and both an ASCII `filename` and an
 * RFC 5987 `filename*` so "Høringssvar æøå.csv" keeps its letters in every current browser.
 */
export function setCsvHeaders(res: Response, fileName: string): void {
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", contentDisposition(fileName));
  res.setHeader("Cache-Control", "no-store");
}

/** Sends a finished CSV (from toCsv) as a download. */
export function sendCsv(res: Response, fileName: string, csv: string): void {
  setCsvHeaders(res, fileName);
  res.status(200).send(csv);
}

export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFC")
    .replace(/[æÆøØåÅ]/g, (c) => ({ æ: "ae", Æ: "Ae", ø: "oe", Ø: "Oe", å: "aa", Å: "Aa" })[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function needsQuotes(text: string, separator: CsvSeparator): boolean {
  return text.includes(separator) || text.includes('"') || text.includes("\n") || text.includes("\r");
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
