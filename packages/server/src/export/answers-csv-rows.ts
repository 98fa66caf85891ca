import type { Answers, Locale, QuestionnaireVersion } from "@afrapport/schema";
import { answeredQuestions, answerKey, questionColumns, repeatingParts, repeatingTypes, type CellValue, type Column, type ColumnKind } from "./answer-columns.js";
import { answersLabels, statusText } from "./answers-labels.js";
import { formatLocalDateTime } from "./date-format.js";
import { isRecord, localText, type Json } from "./survey-text.js";

/**
 * The answers of one questionnaire as tables of plain cells: one row per response, one column per question
 * (see answer-columns.ts for how nested answers are spread out). The CSV export passes `answersTable` to
 * `toCsv` (src/http/csv.ts), which quotes and neutralises formulas; the XLSX export writes the same rows.
 */

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

/** A table whose columns also say what they hold, so the XLSX can store numbers and dates as such. */
export interface TypedTable {
  columns: { title: string; kind: ColumnKind }[];
  rows: CellValue[][];
}

/** A repeating table (`matrixdynamic`, `paneldynamic`) of one questionnaire, one row per row answered. */
export interface RepeatingTable extends TypedTable {
  /** the question's name, e.g. `offersUsed` */
  question: string;
  /** the question's text in the export's language */
  title: string;
}

const answersOf = (responses: readonly AnswerExportResponse[]) => responses.map((r) => r.answers);

function fixedColumns(locale: Locale): Column<AnswerExportResponse>[] {
  const labels = answersLabels[locale];
  return [
    { title: labels.respondent, kind: "text", value: (r) => r.respondentName },
    { title: labels.kommuneCode, kind: "text", value: (r) => r.kommuneCode ?? null },
    { title: labels.status, kind: "text", value: (r) => statusText(r.status, locale) },
    { title: labels.submittedAt, kind: "datetime", value: (r) => (r.submittedAt ? formatLocalDateTime(r.submittedAt) : null) },
  ];
}

/** The main table with the kind of every column (text, number, date-time). */
export function answersTypedTable(questionnaire: QuestionnaireVersion, responses: readonly AnswerExportResponse[], locale: Locale): TypedTable {
  const answers = answersOf(responses);
  const columns: Column<AnswerExportResponse>[] = [
    ...fixedColumns(locale),
    ...answeredQuestions(questionnaire).flatMap((question) =>
      questionColumns(question, locale, answers).map((column) => ({ ...column, value: (r: AnswerExportResponse) => column.value(r.answers) })),
    ),
  ];
  return {
    columns: columns.map(({ title, kind }) => ({ title, kind })),
    rows: responses.map((response) => columns.map((column) => column.value(response))),
  };
}

/**
 * The main table: respondent, municipality code, status, submitted time, then the questions' columns.
 * Cells are plain values – numbers as numbers, empty answers as null – for `toCsv` or a spreadsheet.
 */
export function answersTable(questionnaire: QuestionnaireVersion, responses: readonly AnswerExportResponse[], locale: Locale): AnswersTable {
  const table = answersTypedTable(questionnaire, responses, locale);
  return { header: table.columns.map((c) => c.title), rows: table.rows };
}

/**
 * Every repeating table of the questionnaire (e.g. the offers a municipality uses) as a table of its own:
 * respondent, municipality code and row number on every row, then the table's columns.
 */
export function repeatingTables(questionnaire: QuestionnaireVersion, responses: readonly AnswerExportResponse[], locale: Locale): RepeatingTable[] {
  const labels = answersLabels[locale];
  return answeredQuestions(questionnaire)
    .filter((question) => repeatingTypes.has(question.type))
    .map((question) => {
      const element = question.element as Json;
      const key = answerKey(question);
      const parts = repeatingParts(element, locale);
      const rows = responses.flatMap((response) => {
        const value = Object.hasOwn(response.answers, key) ? response.answers[key] : undefined;
        if (!Array.isArray(value)) return [];
        return value.map((row, index): CellValue[] => [
          response.respondentName,
          response.kommuneCode ?? null,
          index + 1,
          ...parts.map((part) => (isRecord(row) && Object.hasOwn(row, part.name) ? part.format(row[part.name]) : null)),
        ]);
      });
      return {
        question: question.name,
        title: localText(element.title, question.name, locale),
        columns: [
          { title: labels.respondent, kind: "text" as const },
          { title: labels.kommuneCode, kind: "text" as const },
          { title: labels.rowNumber, kind: "number" as const },
          ...parts.map((part) => ({ title: part.title, kind: part.kind })),
        ],
        rows,
      };
    });
}
