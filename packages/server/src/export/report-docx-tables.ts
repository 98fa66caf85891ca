import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from "docx";
import type { Cell, TableBlock } from "./report-blocks.js";
import { textRuns } from "./report-docx-text.js";

/**
 * A table of the report in Word: a caption kept with the table, a header row repeated on every page, numbers
 * right-aligned, the totals row bold and shaded, rows never split across pages. Column widths follow the
 * columns' content so the names column gets the room it needs.
 */

/** The text width of an A4 page with 2 cm margins, in twips. */
export const textWidthTwips = 11_906 - 2 * 1_134;
const fontSize = 19; // half-points: 9.5 pt
const headerFill = "DBE3F0";
const totalFill = "F2F2F2";

export function docxTable(block: TableBlock): (Paragraph | Table)[] {
  const caption = new Paragraph({ style: "Caption", keepNext: true, children: textRuns(block.caption) });
  const widths = columnWidths(block);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.head.map((cell, index) => tableCell(cell, { bold: true, fill: headerFill, width: widths[index] ?? 0 })),
  });
  const rows = block.rows.map((row, rowIndex) => {
    const total = block.totalRow && rowIndex === block.rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: row.map((cell, index) =>
        tableCell(cell, { bold: total || cell.bold === true, ...(total ? { fill: totalFill } : {}), width: widths[index] ?? 0 }),
      ),
    });
  });
  const table = new Table({
    width: { size: textWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
  return [caption, table, new Paragraph({ spacing: { after: 60 }, children: [] })];
}

function tableCell(cell: Cell, options: { bold: boolean; fill?: string; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.fill } } : {}),
    children: [
      new Paragraph({
        alignment: cell.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: textRuns(cell.text, { bold: options.bold, size: fontSize }),
      }),
    ],
  });
}

/** Widths in proportion to each column's longest text (4–40 characters), adding up to the text width. */
function columnWidths(block: TableBlock): number[] {
  const columns = Math.max(block.head.length, ...block.rows.map((r) => r.length));
  const weights = Array.from({ length: columns }, (_, index) => {
    const texts = [block.head[index]?.text ?? "", ...block.rows.map((row) => row[index]?.text ?? "")];
    const longest = Math.max(...texts.map((t) => Math.max(...t.split("\n").map((line) => line.length))));
    return Math.min(40, Math.max(4, longest));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * textWidthTwips));
  widths[0] = (widths[0] ?? 0) + textWidthTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}
