import { z } from "zod";
import { findKommune, kommuner, type Kommune } from "../kommune.js";

/**
 * Contact persons given in bulk – one row per municipality: kommune (name or code), the contact's name, e-mail – read
 * into rows matched to the municipalities of a campaign, each with what is wrong with it, before anything is saved.
 * The browser shows the rows as a preview; the server checks the same rules again when they are saved.
 */

export const MAX_CONTACT_ROWS = 500;
export const MAX_CONTACT_NAME = 200;
export const MAX_CONTACT_EMAIL = 320;

export type ContactProblem =
  /** the row names no municipality */
  | { code: "kommune-missing" }
  /** no Danish municipality has this name or code */
  | { code: "kommune-unknown"; text: string }
  /** a municipality, but not one of this campaign's (another region, or not invited) */
  | { code: "kommune-not-in-campaign"; name: string }
  /** the municipality is on an earlier row too; that row counts */
  | { code: "kommune-duplicate"; name: string; firstRow: number }
  | { code: "email-missing" }
  | { code: "email-invalid"; text: string }
  | { code: "name-too-long" };

export interface ContactRow {
  /** 1-based, counting the rows read (the header, when there is one, is row 1) */
  row: number;
  kommuneText: string;
  /** the municipality matched, or null */
  kommune: { code: string; name: string } | null;
  contactName: string;
  /** trimmed and lower-cased */
  contactEmail: string;
  problems: ContactProblem[];
}

export interface ContactColumns {
  kommune: number;
  name: number | null;
  email: number | null;
}

/** A contact that can be saved: the kommune's code, the person's name (may be empty) and e-mail. */
export interface ContactToSave {
  kommuneCode: string;
  contactName: string;
  contactEmail: string;
}

const emailSchema = z.email();

/** Whether the text is an e-mail address (as the API checks it). */
export function isEmailAddress(text: string): boolean {
  return text.length <= MAX_CONTACT_EMAIL && emailSchema.safeParse(text).success;
}

/** A municipality's name as people write it, reduced for comparing: "Københavns Kommune" and "københavn" meet. */
function nameKey(text: string): string {
  return text
    .toLocaleLowerCase("da")
    .normalize("NFC")
    .replace(/\s+(regions)?kommune$/, "")
    .replace(/^kommune\s+/, "")
    .replace(/aa/g, "å")
    .replace(/[\s\-–.]+/g, "");
}

const byNameKey = new Map<string, Kommune>(kommuner.map((kommune) => [nameKey(kommune.name), kommune]));

/**
 * The municipality a cell names: its 3-digit code (also written with a leading zero, "0101"), or its name in any of
 * the usual spellings ("Høje Taastrup", "Københavns Kommune", "Bornholms Regionskommune", "Århus").
 */
export function matchKommune(text: string): Kommune | undefined {
  const trimmed = text.trim();
  if (/^\d{1,4}$/.test(trimmed)) return findKommune(String(Number(trimmed)).padStart(3, "0"));
  const key = nameKey(trimmed);
  if (key === "") return undefined;
  // the genitive of "Københavns Kommune", "Vesthimmerlands Kommune"
  return byNameKey.get(key) ?? (key.endsWith("s") ? byNameKey.get(key.slice(0, -1)) : undefined);
}

const headerWords = {
  kommune: /^(kommune|kommunenavn|kommunekode|kommunenr|kommunenummer|municipality)/,
  email: /(e-?mail|mail|e-?post)/,
  name: /(navn|kontakt|name|contact|person)/,
};

/** The columns named by a header row, or undefined when the row is not one (two of the three must be named). */
function headerColumns(cells: string[]): ContactColumns | undefined {
  let kommune: number | null = null;
  let email: number | null = null;
  let name: number | null = null;
  cells.forEach((cell, i) => {
    const text = cell.toLocaleLowerCase("da");
    if (kommune === null && headerWords.kommune.test(text)) kommune = i;
    else if (email === null && headerWords.email.test(text)) email = i;
    else if (name === null && headerWords.name.test(text)) name = i;
  });
  const found = [kommune, email, name].filter((column) => column !== null).length;
  if (found < 2) return undefined;
  return { kommune: kommune ?? 0, name, email };
}

/** Without a header: the e-mail column is the one holding "@", the kommune column the one naming municipalities. */
function columnsByContent(rows: string[][]): ContactColumns {
  const width = Math.max(...rows.map((row) => row.length), 1);
  const count = (test: (cell: string) => boolean) => Array.from({ length: width }, (_, i) => rows.filter((row) => test(row[i] ?? "")).length);
  const best = (counts: number[], except: (number | null)[]) => {
    let found: number | null = null;
    counts.forEach((n, i) => {
      if (n > 0 && !except.includes(i) && (found === null || n > counts[found]!)) found = i;
    });
    return found as number | null;
  };
  const email = best(count((cell) => cell.includes("@")), []);
  const kommune = best(count((cell) => matchKommune(cell) !== undefined), [email]) ?? [0, 1, 2].find((i) => i !== email)!;
  const name = best(count((cell) => cell !== "" && !cell.includes("@") && matchKommune(cell) === undefined), [email, kommune]);
  return { kommune, name, email };
}

/** The columns of a table of contacts, and whether its first row is a header. */
export function detectContactColumns(rows: string[][]): { columns: ContactColumns; hasHeader: boolean } {
  const header = rows[0] === undefined ? undefined : headerColumns(rows[0]);
  if (header !== undefined) return { columns: header, hasHeader: true };
  return { columns: columnsByContent(rows), hasHeader: false };
}

/**
 * Reads a table of contacts (splitCells' rows) against the municipalities of a campaign: each row matched to one
 * of them, with its problems – an unknown kommune, one not in the campaign, one given twice (the first row counts),
 * a missing or bad e-mail. Rows beyond MAX_CONTACT_ROWS are not read (tooMany says so).
 */
export function readContactRows(
  table: string[][],
  campaignKommuneCodes: readonly string[],
): { rows: ContactRow[]; hasHeader: boolean; tooMany: boolean } {
  const { columns, hasHeader } = detectContactColumns(table);
  const body = (hasHeader ? table.slice(1) : table).slice(0, MAX_CONTACT_ROWS);
  const inCampaign = new Set(campaignKommuneCodes);
  const firstRowOf = new Map<string, number>();
  const rows = body.map((cells, i): ContactRow => {
    const row = i + 1 + (hasHeader ? 1 : 0);
    const cell = (column: number | null) => (column === null ? "" : (cells[column] ?? "").trim());
    const kommuneText = cell(columns.kommune);
    const contactName = cell(columns.name).replace(/\s+/g, " ");
    const contactEmail = cell(columns.email).toLocaleLowerCase("en");
    const problems: ContactProblem[] = [];
    const matched = kommuneText === "" ? undefined : matchKommune(kommuneText);
    let kommune: ContactRow["kommune"] = null;
    if (kommuneText === "") problems.push({ code: "kommune-missing" });
    else if (matched === undefined) problems.push({ code: "kommune-unknown", text: kommuneText });
    else if (!inCampaign.has(matched.code)) problems.push({ code: "kommune-not-in-campaign", name: matched.name });
    else {
      kommune = { code: matched.code, name: matched.name };
      const first = firstRowOf.get(matched.code);
      if (first !== undefined) problems.push({ code: "kommune-duplicate", name: matched.name, firstRow: first });
      else firstRowOf.set(matched.code, row);
    }
    if (contactName.length > MAX_CONTACT_NAME) problems.push({ code: "name-too-long" });
    if (contactEmail === "") problems.push({ code: "email-missing" });
    else if (!isEmailAddress(contactEmail)) problems.push({ code: "email-invalid", text: contactEmail });
    return { row, kommuneText, kommune, contactName, contactEmail, problems };
  });
  return { rows, hasHeader, tooMany: (hasHeader ? table.length - 1 : table.length) > MAX_CONTACT_ROWS };
}

/** The rows without problems, as they are saved. */
export function contactsToSave(rows: readonly ContactRow[]): ContactToSave[] {
  return rows.flatMap((row) =>
    row.problems.length === 0 && row.kommune !== null ? [{ kommuneCode: row.kommune.code, contactName: row.contactName, contactEmail: row.contactEmail }] : [],
  );
}
