import type { Locale } from "@afrapport/schema";

/**
 * The joint report as a format-neutral document: a title page and a list of blocks. `buildReportDocument` makes
 * it from the report data once; the DOCX and HTML renderers only draw it, so both files always say the same.
 *
 * Text is plain (never markup); a "\n" inside a text is a line break. `sources` are the ids of the responses a
 * figure came from, so every number can be traced.
 */

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  sources?: string[];
}

export interface Cell {
  text: string;
  align?: "left" | "right";
  bold?: boolean;
  sources?: string[];
  /** holds a small count (1–4), marked with * */
  small?: boolean;
}

export interface HeadingBlock {
  kind: "heading";
  level: 1 | 2 | 3;
  text: string;
  /** unique within the document: HTML id, Word bookmark */
  anchor: string;
}

export interface ParagraphBlock {
  kind: "paragraph";
  content: Inline[];
  /** summary: the secretariat's own text; meta: a small line about the data; note: a note under a table */
  role?: "body" | "summary" | "meta" | "note";
}

export interface TableBlock {
  kind: "table";
  /** "Tabel 3. Antal pr. kommune og år" */
  caption: string;
  head: Cell[];
  rows: Cell[][];
  /** the last row holds totals */
  totalRow: boolean;
  /** the first cell of every row names the row */
  rowHeaders: boolean;
}

export interface ListBlock {
  kind: "list";
  items: Inline[][];
}

/** A text written by one respondent, shown with its name. */
export interface AnswerBlock {
  kind: "answer";
  respondent: string;
  sources: string[];
  /** the text's paragraphs (split at blank lines) */
  paragraphs: string[];
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | ListBlock | AnswerBlock;

export interface ReportDocument {
  locale: Locale;
  /** the document's title: the announcement */
  title: string;
  titlePage: {
    kicker: string;
    title: string;
    subtitle: string;
    facts: { label: string; value: string }[];
  };
  tocTitle: string;
  blocks: Block[];
  /** response id → respondent name, for naming a figure's sources */
  sourceNames: ReadonlyMap<string, string>;
  /** "Side" / "Page", for the footer */
  pageLabel: string;
}

/** The names behind a figure's sources, in source order, without repeats. */
export function sourceNamesOf(document: Pick<ReportDocument, "sourceNames">, sources: readonly string[]): string[] {
  return [...new Set(sources.map((id) => document.sourceNames.get(id) ?? id))];
}
