import type { Answers, QuestionnaireVersion } from "@afrapport/schema";
import type { CsvCell } from "../http/csv.js";
import type { RespondentState } from "../respondent/respondent-state.js";
import { commentSuffix, valueQuestions, type ElementJson } from "../response/value-questions.js";

/** One respondent's row of the export. */
export interface ExportRow {
  respondentName: string;
  kommuneCode: string | null;
  state: RespondentState;
  submittedAt: string | null;
  revision: number;
  answers: Answers;
}

interface Column {
  title: string;
  value: (answers: Answers) => CsvCell;
}

const stateNames: Record<RespondentState, string> = {
  "not-opened": "Ikke åbnet",
  "in-progress": "I gang",
  submitted: "Indsendt",
  reopened: "Genåbnet",
};

/** A SurveyJS text: a string, or `{ default?, da?, en? }`; Danish first. */
export function danishText(value: unknown, fallback: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (value !== null && typeof value === "object") {
    const t = value as Record<string, unknown>;
    for (const key of ["da", "default", "en"]) if (typeof t[key] === "string" && (t[key] as string).trim() !== "") return t[key] as string;
  }
  return fallback;
}

type Item = { value: unknown; text: string };

/** Choices, rows or columns as value/text pairs (SurveyJS allows bare values or `{ value, text }`). */
function items(list: unknown): Item[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    if (item !== null && typeof item === "object" && "value" in item) {
      const v = (item as { value: unknown; text?: unknown }).value;
      return { value: v, text: danishText((item as { text?: unknown }).text, String(v)) };
    }
    return { value: item, text: String(item) };
  });
}

/** Named items (multipletext items, matrix columns) as name/title pairs. */
function namedItems(list: unknown): { name: string; title: string; element: Record<string, unknown> }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item === "string") return [{ name: item, title: item, element: { name: item } }];
    if (item !== null && typeof item === "object" && typeof (item as { name?: unknown }).name === "string") {
      const element = item as Record<string, unknown> & { name: string };
      return [{ name: element.name, title: danishText(element.title, element.name), element }];
    }
    return [];
  });
}

function choiceText(choices: Item[], value: unknown): string {
  return choices.find((c) => c.value === value)?.text ?? (typeof value === "string" ? value : JSON.stringify(value));
}

function scalar(value: unknown, choices: Item[] = []): CsvCell {
  if (value === undefined || value === null || value === "") return undefined;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : choiceText(choices, v))).join("; ");
  if (typeof value === "number" || typeof value === "boolean") return choices.length > 0 ? choiceText(choices, value) : value;
  if (typeof value === "string") return choices.length > 0 ? choiceText(choices, value) : value;
  return JSON.stringify(value);
}

function numberish(value: unknown): CsvCell {
  if (typeof value === "string" && /^-?\d+(?:[.,]\d+)?$/.test(value.trim())) return Number(value.trim().replace(",", "."));
  return scalar(value);
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The choices of a matrix cell: its own, or the matrix's shared ones. */
function cellChoices(matrix: ElementJson, column: Record<string, unknown>): Item[] {
  const own = items(column.choices);
  if (own.length > 0) return own;
  const cellType = column.cellType ?? matrix.cellType;
  if (cellType === "boolean") return [{ value: true, text: "Ja" }, { value: false, text: "Nej" }];
  return items(matrix.choices);
}

/** The columns one question contributes, with clear Danish titles. */
function questionColumns(key: string, element: ElementJson, rows: readonly ExportRow[]): Column[] {
  const title = danishText(element.title, element.name);
  switch (element.type) {
    case "multipletext":
      return namedItems(element.items).map((item) => ({
        title: `${title} – ${item.title}`,
        value: (answers) => numberish(record(answers[key])[item.name]),
      }));
    case "matrix": {
      const columns = items(element.columns);
      return items(element.rows).map((row) => ({
        title: `${title} – ${row.text}`,
        value: (answers) => scalar(record(answers[key])[String(row.value)], columns),
      }));
    }
    case "matrixdropdown": {
      const columns = namedItems(element.columns);
      return items(element.rows).flatMap((row) =>
        columns.map((column) => ({
          title: `${title} – ${row.text} – ${column.title}`,
          value: (answers: Answers) => scalar(record(record(answers[key])[String(row.value)])[column.name], cellChoices(element, column.element)),
        })),
      );
    }
    case "matrixdynamic": {
      const columns = namedItems(element.columns);
      const most = Math.max(0, ...rows.map((r) => (Array.isArray(r.answers[key]) ? (r.answers[key] as unknown[]).length : 0)));
      const out: Column[] = [];
      for (let i = 0; i < Math.max(most, 1); i++) {
        for (const column of columns) {
          out.push({
            title: `${title} – række ${i + 1} – ${column.title}`,
            value: (answers) => {
              const list = answers[key];
              return Array.isArray(list) ? scalar(record(list[i])[column.name], cellChoices(element, column.element)) : undefined;
            },
          });
        }
      }
      return out;
    }
    case "boolean": {
      const yes = danishText(element.labelTrue, "Ja");
      const no = danishText(element.labelFalse, "Nej");
      return [{ title, value: (answers) => (answers[key] === true ? yes : answers[key] === false ? no : scalar(answers[key])) }];
    }
    case "file":
      return [
        {
          title,
          value: (answers) => {
            const list = answers[key];
            if (!Array.isArray(list)) return scalar(list);
            return list.map((f) => (typeof record(f).name === "string" ? (record(f).name as string) : JSON.stringify(f))).join("; ");
          },
        },
      ];
    case "text":
      return [{ title, value: (answers) => (element.inputType === "number" ? numberish(answers[key]) : scalar(answers[key])) }];
    default:
      return [{ title, value: (answers) => scalar(answers[key], items(element.choices)) }];
  }
}

/**
 * The export of one questionnaire's answers: one row per respondent, one column per question, nested answers
 * (years, matrix rows, offer rows) spread over columns titled in Danish from the questionnaire. Cells are plain
 * values; toCsv does the quoting and the formula neutralisation.
 */
export function answersTable(questionnaire: QuestionnaireVersion, rows: readonly ExportRow[]): CsvCell[][] {
  const columns: Column[] = [
    { title: "Respondent", value: () => undefined },
    { title: "Kommunekode", value: () => undefined },
    { title: "Status", value: () => undefined },
    { title: "Indsendt", value: () => undefined },
    { title: "Revision", value: () => undefined },
  ];
  const questionColumnsList: Column[] = [];
  for (const question of valueQuestions(questionnaire)) {
    questionColumnsList.push(...questionColumns(question.key, question.element, rows));
    const comment = `${question.key}${commentSuffix}`;
    if (rows.some((row) => row.answers[comment] !== undefined)) {
      const title = danishText(question.element.title, question.element.name);
      questionColumnsList.push({ title: `${title} – anden/kommentar`, value: (answers) => scalar(answers[comment]) });
    }
  }
  const header = [...columns, ...questionColumnsList].map((c) => c.title);
  const body = rows.map((row) => [
    row.respondentName,
    row.kommuneCode ?? undefined,
    stateNames[row.state],
    row.submittedAt ?? undefined,
    row.revision,
    ...questionColumnsList.map((c) => c.value(row.answers)),
  ]);
  return [header, ...body];
}
