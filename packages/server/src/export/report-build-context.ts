import type { Figure, Locale } from "@afrapport/schema";
import type { Block, Cell, Inline, TableBlock } from "./report-blocks.js";
import { reportLabels, type ReportLabels } from "./report-labels.js";
import { formatFigure, formatNumber } from "./number-format.js";
import { xmlSafeText } from "./xml-text.js";

/**
 * What the block builders share while they write one document: the language, numbered tables, unique anchors,
 * and figures turned into cells with their sources. Tables with small counts get the note explaining the mark.
 */
export class ReportBuildContext {
  readonly labels: ReportLabels;
  /**
   * The most entries a per-respondent list (a table's rows, the texts of one question, the offers' screening) is
   * written with. Every municipality of the country (98) fits; a campaign with more responses than that gets the
   * totals and a note pointing to the answers workbook, which holds every answer: a political paper of thousands
   * of pages is read by no one, and building it would take minutes and gigabytes.
   */
  readonly listLimit: number;
  readonly blocks: Block[] = [];
  private tables = 0;
  /** taken by the HTML page itself */
  private readonly anchors = new Set<string>(["indhold", "toc-title"]);

  constructor(
    readonly locale: Locale,
    options: { listLimit?: number } = {},
  ) {
    this.labels = reportLabels[locale];
    this.listLimit = options.listLimit ?? defaultListLimit;
  }

  /**
   * Whether the names of the respondents behind one entry (the municipalities naming an offer) are few enough to
   * be read in a table cell: a region's municipalities (at most 29) always are; more, and the cell gives the count.
   */
  namesListable(names: { length: number }): boolean {
    return names.length <= cellNameLimit;
  }

  /** Whether a per-respondent list is short enough to be written in full. */
  listable(entries: { length: number }): boolean {
    return entries.length <= this.listLimit;
  }

  /** The note standing in for a list too long to write (see listLimit). */
  notListed(count: number): void {
    this.paragraph(this.labels.notListed(formatNumber(count, this.locale)), "note");
  }

  push(...blocks: Block[]): void {
    this.blocks.push(...blocks);
  }

  heading(level: 1 | 2 | 3, text: string, anchorBase: string): void {
    this.push({ kind: "heading", level, text: clean(text), anchor: this.anchor(anchorBase) });
  }

  paragraph(content: Inline[] | string, role?: "body" | "summary" | "meta" | "note"): void {
    const inlines = typeof content === "string" ? [{ text: content }] : content;
    this.push({ kind: "paragraph", content: inlines.map((i) => ({ ...i, text: clean(i.text) })), ...(role ? { role } : {}) });
  }

  /** A numbered table; the small-count note follows it when any cell is marked. */
  table(table: Omit<TableBlock, "kind" | "caption"> & { caption: string }): void {
    this.tables += 1;
    const cleanCell = (cell: Cell): Cell => ({ ...cell, text: clean(cell.text) });
    this.push({
      kind: "table",
      caption: `${this.labels.table} ${this.tables}. ${clean(table.caption)}`,
      head: table.head.map(cleanCell),
      rows: table.rows.map((row) => row.map(cleanCell)),
      totalRow: table.totalRow,
      rowHeaders: table.rowHeaders,
    });
    if (table.rows.some((row) => row.some((cell) => cell.small === true))) this.paragraph(this.labels.smallCountNote, "note");
  }

  /**
   * A figure as a right-aligned table cell carrying its sources. `markSmall` is for the quantities respondents
   * reported (citizens per year, places, staff): a small one (1–4) is marked *, as it may identify citizens.
   * Counts of responses (how many municipalities chose an answer) identify no citizen and are not marked.
   */
  figureCell(figure: Figure | null | undefined, options: { bold?: boolean; markSmall?: boolean } = {}): Cell {
    if (!figure) return { text: this.labels.missing, align: "right" };
    const small = options.markSmall === true && figure.small;
    return { text: formatFigure(figure, this.locale, small), align: "right", sources: figure.sources, ...(options.bold ? { bold: true } : {}), ...(small ? { small } : {}) };
  }

  /** A count of responses inside running text (never marked: it counts respondents, not citizens). */
  figureInline(figure: Figure): Inline {
    return { text: formatFigure(figure, this.locale, false), sources: figure.sources };
  }

  /** A unique anchor made of letters, digits and hyphens. */
  anchor(base: string): string {
    const slug =
      base
        .normalize("NFKD")
        .replace(/[æÆ]/g, "ae")
        .replace(/[øØ]/g, "oe")
        .replace(/[åÅ]/g, "aa")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60) || "afsnit";
    const base0 = /^[a-z]/.test(slug) ? slug : `a-${slug}`;
    let anchor = base0;
    for (let n = 2; this.anchors.has(anchor); n++) anchor = `${base0}-${n}`;
    this.anchors.add(anchor);
    return anchor;
  }
}

/** See ReportBuildContext.listLimit. */
export const defaultListLimit = 100;
/** See ReportBuildContext.namesListable. */
const cellNameLimit = 30;

export const clean = (text: string): string => xmlSafeText(text);

/** Plain text with blank-line paragraphs, as paragraphs (single line breaks kept inside them). */
export function paragraphsOf(text: string): string[] {
  return clean(text)
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ""))
    .filter((p) => p.trim() !== "");
}
