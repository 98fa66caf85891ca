import type { Answers, Locale, QuestionnaireVersion } from "@afrapport/schema";
import {
  answeredQuestions,
  answerKey,
  keysAnswered,
  optionalCommentKeys,
  questionColumns,
  repeatingParts,
  repeatingTypes,
  type CellValue,
  type Column,
  type ColumnKind,
} from "./answer-columns.js";
import { answersLabels, statusText } from "./answers-labels.js";
import { formatLocalDateTime } from "./date-format.js";
import { isRecord, localText, type Json } from "./survey-text.js";

/**
 * The answers of one questionnaire as tables of plain cells: one row per response, one column per question
 * (see answer-columns.ts for how nested answers are spread out). The CSV export passes `answersTable` to
 * `toCsv` (src/http/csv.ts), which quotes and neutralises formulas; the XLSX export writes the same rows.
 */

export type { CellValue, ColumnKind } from "./answer-columns.js";

/** One response as the exports take it. */
export interface AnswerExportResponse {
  id: string;
  respondentName: string;
  kommuneCode?: string;
  /** the response's or respondent's status: draft, submitted, reopened, not-opened, in-progress (others as given) */
  status: string;
  /** ISO moment; written in Danish time */
  submittedAt?: string | null;
  answers: Answers;
}

export interface AnswersTable {
  header: string[];
  rows: CellValue[][];
}

export interface TableColumn {
  title: string;
  kind: ColumnKind;
}

/**
 * A table's columns and how to make its rows from one response, without building the rows: the XLSX writer
 * makes and writes one row at a time, so a large export never holds a second copy of the answers.
 */
export interface TableLayout {
  columns: TableColumn[];
  /** the rows one response gives: one for the main table, one per answered row for a repeating table */
  rowsOf: (response: AnswerExportResponse) => CellValue[][];
}

/** A repeating table (`matrixdynamic`, `paneldynamic`) of one questionnaire. */
export interface RepeatingLayout extends TableLayout {
  /** the question's name, e.g. `offersUsed` */
  question: string;
  /** the question's text in the export's language */
  title: string;
}

export interface RepeatingTable {
  question: string;
  title: string;
  columns: TableColumn[];
  rows: CellValue[][];
}

function fixedColumns(locale: Locale): Column<AnswerExportResponse>[] {
  const labels = answersLabels[locale];
  return [
    { title: labels.respondent, kind: "text", value: (r) => r.respondentName },
    { title: labels.kommuneCode, kind: "text", value: (r) => r.kommuneCode ?? null },
    { title: labels.status, kind: "text", value: (r) => statusText(r.status, locale) },
    { title: labels.submittedAt, kind: "datetime", value: (r) => (r.submittedAt ? formatLocalDateTime(r.submittedAt) : null) },
  ];
}

/** The optional comment keys (see optionalCommentKeys) that some of the responses have written in. */
export function commentsAnswered(questionnaire: QuestionnaireVersion, responses: readonly AnswerExportResponse[]): Set<string> {
  return keysAnswered(
    optionalCommentKeys(questionnaire),
    responses.map((r) => r.answers),
  );
}

/**
 * The main table's layout: respondent, municipality code, status, submitted time, then the questions' columns.
 * The responses (or the comment keys they have written in, from commentsAnswered or a database scan) decide only
 * whether an "Other"/comment column appears for a question that does not declare one.
 */
export function answersLayout(
  questionnaire: QuestionnaireVersion,
  seen: readonly AnswerExportResponse[] | ReadonlySet<string>,
  locale: Locale,
): TableLayout {
  const comments = seen instanceof Set ? seen : commentsAnswered(questionnaire, seen as readonly AnswerExportResponse[]);
  const columns: Column<AnswerExportResponse>[] = [
    ...fixedColumns(locale),
    ...answeredQuestions(questionnaire).flatMap((question) =>
      questionColumns(question, locale, comments).map((column) => ({ ...column, value: (r: AnswerExportResponse) => column.value(r.answers) })),
    ),
  ];
  return {
    columns: columns.map(({ title, kind }) => ({ title, kind })),
    rowsOf: (response) => [columns.map((column) => column.value(response))],
  };
}

/**
 * The main table: one row per response. Cells are plain values – numbers as numbers, empty answers as null –
 * for `toCsv` or a spreadsheet.
 */
export function answersTable(questionnaire: QuestionnaireVersion, responses: readonly AnswerExportResponse[], locale: Locale): AnswersTable {
  const layout = answersLayout(questionnaire, responses, locale);
  return { header: layout.columns.map((c) => c.title), rows: responses.flatMap(layout.rowsOf) };
}

/**
 * The layouts of the questionnaire's repeating tables (e.g. the offers a municipality uses): respondent,
 * municipality code and row number on every row, then the table's columns.
 */
export function repeatingLayouts(questionnaire: QuestionnaireVersion, locale: Locale): RepeatingLayout[] {
  const labels = answersLabels[locale];
  return answeredQuestions(questionnaire)
    .filter((question) => repeatingTypes.has(question.type))
    .map((question) => {
      const element = question.element as Json;
      const key = answerKey(question);
      const parts = repeatingParts(element, locale);
      return {
        question: question.name,
        title: localText(element.title, question.name, locale),
        columns: [
          { title: labels.respondent, kind: "text" as const },
          { title: labels.kommuneCode, kind: "text" as const },
          { title: labels.rowNumber, kind: "number" as const },
          ...parts.map((part) => ({ title: part.title, kind: part.kind })),
        ],
        rowsOf: (response: AnswerExportResponse) => {
          const value = Object.hasOwn(response.answers, key) ? response.answers[key] : undefined;
          if (!Array.isArray(value)) return [];
          return value.map((row, index): CellValue[] => [
            response.respondentName,
            response.kommuneCode ?? null,
            index + 1,
            ...parts.map((part) => (isRecord(row) && Object.hasOwn(row, part.name) ? part.format(row[part.name]) : null)),
          ]);
        },
      };
    });
}

/** Every repeating table of the questionnaire as a table of its own (e.g. one CSV per table). */
export function repeatingTables(questionnaire: QuestionnaireVersion, responses: readonly AnswerExportResponse[], locale: Locale): RepeatingTable[] {
  return repeatingLayouts(questionnaire, locale).map(({ question, title, columns, rowsOf }) => ({ question, title, columns, rows: responses.flatMap(rowsOf) }));
}
