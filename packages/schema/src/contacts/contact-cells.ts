/**
 * Pasted or saved text as a table of cells. What a secretariat pastes comes from Excel (tab-separated), a Danish
 * "CSV (semikolonsepareret)" file, or a plain comma CSV; the separator is whichever of tab, semicolon and comma the
 * text uses, in that order of preference, so "Mette Hansen, sekretær" in a semicolon file stays one cell.
 * Quoted cells ("…") may hold the separator, doubled quotes and line breaks, as RFC 4180 writes them.
 */

export type CellSeparator = "\t" | ";" | ",";

/** The separator a text uses: tab if any line has one, else semicolon, else comma. */
export function detectSeparator(text: string): CellSeparator {
  if (text.includes("\t")) return "\t";
  const outsideQuotes = text.replace(/"[^"]*"/g, "");
  if (outsideQuotes.includes(";")) return ";";
  return ",";
}

/** The rows of a text, each a list of trimmed cells; blank rows are left out. A byte order mark is ignored. */
export function splitCells(text: string, separator: CellSeparator = detectSeparator(text)): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = "";
  };
  const endRow = () => {
    endCell();
    if (row.some((value) => value !== "")) rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (source[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && cell.trim() === "") {
      cell = "";
      quoted = true;
    } else if (char === separator) endCell();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRow();
    } else cell += char;
  }
  endRow();
  return rows;
}
