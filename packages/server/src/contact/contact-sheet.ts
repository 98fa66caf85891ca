import ExcelJS from "exceljs";
import { MAX_CONTACT_ROWS } from "@afrapport/schema";
import type { ContactSheet } from "@afrapport/schema/api";
import { fail, ok, type Result } from "../http/result.js";

/** An XLSX file is a zip: it starts with a local file header. */
const zipMagic = [0x50, 0x4b, 0x03, 0x04];

/** Rows read beyond the contacts' limit (plus a header) are not needed: the preview says there were too many. */
const maxRows = MAX_CONTACT_ROWS + 2;

/**
 * The first sheet of an XLSX file as rows of text, as Excel shows each cell (a hyperlinked e-mail as its text, a
 * formula as its result). Blank rows are left out; reading stops a little past the contacts' limit.
 */
export async function readContactSheet(bytes: Buffer): Promise<Result<ContactSheet>> {
  const notXlsx = fail("validation_failed", "contentBase64: not an Excel workbook (.xlsx); save it as .xlsx or .csv.", "contentBase64");
  if (bytes.length < 4 || zipMagic.some((byte, i) => bytes[i] !== byte)) return notXlsx;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return notXlsx;
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return ok({ sheetName: "", rows: [] });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length >= maxRows) return;
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)).trim());
    if (cells.some((cell) => cell !== "")) rows.push(cells);
  });
  return ok({ sheetName: sheet.name, rows });
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? "";
  } catch {
    // a cell exceljs cannot render as text (an odd rich value) is read as empty rather than failing the file
    return "";
  }
}
