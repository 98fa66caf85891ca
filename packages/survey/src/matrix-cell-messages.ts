import type { Locale } from "@afrapport/schema";
import { surveyLocalization, type ItemValue, type MatrixDropdownRowModelBase, type Model, type Question, type QuestionMatrixModel } from "survey-core";

// A required cell of a table said only SurveyJS's "Besvar venligst spørgsmålet.": in a table of offers with four
// columns, which one? And on a phone, where the rows are stacked, which offer? A missing cell now names its column
// and its row, and a table that needs every row answered names the rows still missing.

/** Where a cell sits, as the person reads it. */
export interface CellPlace {
  column: string;
  /** the row's title (a dropdown matrix) */
  rowTitle?: string;
  /** the row's number (a dynamic matrix: rows are added by the person, in order) */
  rowNumber?: number;
  /** what the person wrote in the row's first text column, to tell the offers apart */
  rowName?: string;
}

const quote: Record<Locale, (text: string) => string> = {
  da: (text) => `»${text}«`,
  en: (text) => `“${text}”`,
};

function rowWords(place: CellPlace, locale: Locale): string {
  const q = quote[locale];
  if (place.rowTitle !== undefined) return locale === "da" ? `i rækken ${q(place.rowTitle)}` : `in the row ${q(place.rowTitle)}`;
  const named = place.rowName !== undefined ? ` (${place.rowName})` : "";
  return locale === "da" ? `i række ${place.rowNumber ?? 1}${named}` : `in row ${place.rowNumber ?? 1}${named}`;
}

/** "Udfyld »Driftsherre« i række 2 (Solsikken)." – a required cell left empty. */
export function missingCellText(place: CellPlace, locale: Locale): string {
  const column = quote[locale](place.column);
  return locale === "da" ? `Udfyld ${column} ${rowWords(place, locale)}.` : `Fill in ${column} ${rowWords(place, locale)}.`;
}

/** "»Antal« i række 2: Angiv et tal på 0 eller derover." – any other message about a cell, shown outside it. */
export function cellMessageText(place: CellPlace, text: string, locale: Locale): string {
  return `${quote[locale](place.column)} ${rowWords(place, locale)}: ${text}`;
}

/** "Besvar alle rækker. Mangler: Psykiatrisk behandling." – a matrix that needs every row answered. */
export function missingRowsText(rows: readonly string[], locale: Locale): string {
  return locale === "da" ? `Besvar alle rækker. Mangler: ${rows.join(", ")}.` : `Answer every row. Missing: ${rows.join(", ")}.`;
}

function localeOf(question: Question): Locale {
  // survey-core reports its default locale (English) as ""
  return (question.getLocale() || surveyLocalization.defaultLocale) === "en" ? "en" : "da";
}

const shortName = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Where a cell question of a dynamic or dropdown matrix sits; undefined for any other question. */
export function cellPlace(question: Question): CellPlace | undefined {
  const matrix = question.parentQuestion;
  const row = (question as Question & { data?: unknown }).data as MatrixDropdownRowModelBase | undefined;
  if (!matrix || !row || !Array.isArray((row as { cells?: unknown }).cells)) return undefined;
  const cell = row.cells.find((c) => c.question === question);
  if (!cell) return undefined;
  const column = cell.column.locTitle.renderedHtml || cell.column.name;
  if (matrix.getType() === "matrixdropdown") {
    const title = (row as MatrixDropdownRowModelBase & { locText?: { renderedHtml: string } }).locText?.renderedHtml;
    return { column, rowTitle: title || String(row.rowName) };
  }
  const first = row.cells.find((c) => c.question.getType() === "text");
  const written = first && first.question !== question && typeof first.question.value === "string" ? first.question.value.trim() : "";
  return { column, rowNumber: row.rowIndex, ...(written !== "" ? { rowName: shortName(written) } : {}) };
}

/** The titles of the rows of a single-choice matrix that have no answer, in order. */
export function missingRows(matrix: QuestionMatrixModel): string[] {
  const value = (matrix.value ?? {}) as Record<string, unknown>;
  return (matrix.visibleRows as unknown as { item: ItemValue }[])
    .filter(({ item }) => value[String(item.value)] === undefined || value[String(item.value)] === null || value[String(item.value)] === "")
    .map(({ item }) => item.locText.renderedHtml || String(item.value));
}

/**
 * Makes survey-core's own messages name their place: a required cell its column and row, a matrix that needs
 * every row answered the rows still missing. Read when the message is shown, in the question's language.
 */
export function nameMatrixPlaces(model: Model): void {
  model.onErrorCustomText.add((_, options) => {
    const question = options.obj as Question;
    if (options.name === "required" && question.parentQuestion) {
      const place = cellPlace(question);
      if (place) options.text = missingCellText(place, localeOf(question));
    } else if (options.name === "requiredinallrowserror" && question.getType?.() === "matrix") {
      const rows = missingRows(question as QuestionMatrixModel);
      if (rows.length > 0) options.text = missingRowsText(rows, localeOf(question));
    }
  });
}
