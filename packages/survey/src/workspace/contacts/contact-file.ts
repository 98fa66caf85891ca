import { MAX_CONTACT_SHEET_BYTES } from "@afrapport/schema/api";

/**
 * A chosen file of contacts, before it is read: an Excel workbook goes to the server (which has the XLSX reader),
 * a CSV is read here. Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252, newer versions in UTF-8, so
 * the text is read as UTF-8 when it is valid UTF-8, else as Windows-1252 – never with "�" for æ, ø and å.
 */

export type ContactFileKind = "xlsx" | "csv";

const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/** What kind of file it is, by its first bytes (an .xlsx is a zip) and, failing that, its name; "unsupported" for another spreadsheet format or a binary file. */
export function contactFileKind(name: string, bytes: Uint8Array): ContactFileKind | "unsupported" {
  if (bytes.length >= 4 && zipMagic.every((byte, i) => bytes[i] === byte)) return "xlsx";
  const lower = name.toLowerCase();
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/.test(lower)) return "unsupported";
  if (bytes.includes(0)) return "unsupported";
  return "csv";
}

export function fileTooLarge(size: number): boolean {
  return size > MAX_CONTACT_SHEET_BYTES;
}

/** The text of a CSV file: UTF-8 (with or without a byte order mark), else Windows-1252. */
export function decodeContactText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Bytes as base64, for the JSON body that carries a workbook to the server. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
