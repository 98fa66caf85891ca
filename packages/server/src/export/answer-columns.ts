import { listQuestions, type Answers, type ListedQuestion, type Locale, type QuestionnaireVersion } from "@afrapport/schema";
import { answersLabels } from "./answers-labels.js";
import { choiceList, choiceText, isRecord, localText, namedParts, type Json } from "./survey-text.js";

/**
 * How the answers to one questionnaire are flattened into spreadsheet columns – the one place that decides it,
 * shared by the XLSX and the CSV export:
 * - one column per question, titled with the question's text in the export's language;
 * - a `multipletext` gives a column per item ("… – 2018"), a `matrix` a column per row, a `matrixdropdown` a
 *   column per row and column;
 * - choices are written as their texts (several joined with "; "), booleans as Ja/Nej, files as file names;
 * - numbers stay numbers;
 * - a repeating table (`matrixdynamic`, `paneldynamic`) gives one column summing its rows up as text – its rows
 *   get a table of their own (`repeatingColumns`);
 * - the text written for "Other" or in a comment area (SurveyJS's `<name>-Comment`) gets its own column.
 */

export type CellValue = string | number | null;
export type ColumnKind = "text" | "number" | "datetime";

export interface Column<Row> {
  title: string;
  kind: ColumnKind;
  value: (row: Row) => CellValue;
}

/** Types whose answer is a list of rows, exported as a table of their own. */
export const repeatingTypes: ReadonlySet<string> = new Set(["matrixdynamic", "paneldynamic"]);

const commentSuffix = "-Comment";
const listSeparator = "; ";
const numericText = /^\s*[+-]?\d+(\.\d+)?\s*$/;

/** The key a question's answer is stored under: its `valueName` when it has one, else its name. */
export function answerKey(question: Pick<ListedQuestion, "name" | "element">): string {
  const { valueName } = question.element;
  return typeof valueName === "string" && valueName !== "" ? valueName : question.name;
}

/** Turns a raw answer into a cell. `matrix` is the matrix a column belongs to (its cell type and choices). */
export type Formatter = (value: unknown) => CellValue;

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function cellType(element: Json, matrix: Json | undefined): string {
  if (!matrix) return typeof element.type === "string" ? element.type : "text";
  const own = element.cellType;
  if (typeof own === "string" && own !== "default") return own;
  return typeof matrix.cellType === "string" && matrix.cellType !== "default" ? matrix.cellType : "dropdown";
}

/** Whether a question or matrix column holds numbers. */
function isNumeric(element: Json, type: string): boolean {
  return (type === "text" && (element.inputType === "number" || element.inputType === "range")) || type === "rating" || type === "expression";
}

/** A value as a number when it is one (or numeric text in a number field), else as text. */
function numberOrText(value: unknown, numeric: boolean): CellValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (numeric && typeof value === "string" && numericText.test(value)) return Number(value);
  return plainText(value);
}

/** Any answer as plain text: arrays joined, file objects by name, other objects as JSON. */
function plainText(value: unknown): CellValue {
  if (isEmpty(value)) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => (isRecord(v) && typeof v.name === "string" ? v.name : plainText(v))).filter((v) => v !== null);
    return parts.length === 0 ? null : parts.join(listSeparator);
  }
  return JSON.stringify(value) ?? null;
}

/** The formatter for one question, or for one column of a matrix / one question of a dynamic panel. */
export function formatterFor(element: Json, locale: Locale, matrix?: Json): Formatter {
  const type = cellType(element, matrix);
  const labels = answersLabels[locale];
  const choices = choiceList(element.choices ?? matrix?.choices, locale);
  switch (type) {
    case "boolean": {
      const yes = localText(element.labelTrue, labels.yes, locale);
      const no = localText(element.labelFalse, labels.no, locale);
      const trueValue = element.valueTrue ?? true;
      const falseValue = element.valueFalse ?? false;
      return (value) => (value === trueValue ? yes : value === falseValue ? no : plainText(value));
    }
    case "checkbox":
    case "tagbox":
    case "ranking":
    case "imagepicker":
      return (value) => {
        if (isEmpty(value)) return null;
        const list = Array.isArray(value) ? value : [value];
        return list.length === 0 ? null : list.map((v) => choiceText(choices, v, locale)).join(listSeparator);
      };
    case "radiogroup":
    case "dropdown":
    case "buttongroup":
      return (value) => (isEmpty(value) ? null : choiceText(choices, value, locale));
    case "file":
    case "signaturepad":
      return (value) => {
        if (isEmpty(value)) return null;
        const list = Array.isArray(value) ? value : [value];
        const names = list.map((f) => (isRecord(f) && typeof f.name === "string" ? f.name : plainText(f))).filter((v) => v !== null);
        return names.length === 0 ? null : names.join(listSeparator);
      };
    case "multipletext": {
      const items = namedParts(element.items, locale);
      return (value) => {
        if (!isRecord(value)) return plainText(value);
        const parts = items.flatMap((item) => (isEmpty(value[item.name]) ? [] : [`${item.title}: ${plainText(value[item.name])}`]));
        return parts.length === 0 ? null : parts.join(listSeparator);
      };
    }
    default: {
      const numeric = isNumeric(element, type);
      return (value) => (choices.length > 0 && !numeric ? (isEmpty(value) ? null : choiceText(choices, value, locale)) : numberOrText(value, numeric));
    }
  }
}

/** The columns (name, title, formatter) of one row of a repeating table. */
export function repeatingParts(element: Json, locale: Locale): { name: string; title: string; kind: ColumnKind; format: Formatter }[] {
  if (element.type === "paneldynamic") {
    const flatten = (elements: unknown): Json[] =>
      Array.isArray(elements)
        ? elements.flatMap((e) => (isRecord(e) && (e.type === "panel" || e.type === "flowpanel") ? flatten(e.elements) : isRecord(e) ? [e] : []))
        : [];
    return namedParts(flatten(element.templateElements), locale)
      .filter((part) => part.element.type !== "html" && part.element.type !== "image")
      .map((part) => ({ name: part.name, title: part.title, kind: columnKind(part.element), format: formatterFor(part.element, locale) }));
  }
  return namedParts(element.columns, locale).map((part) => ({
    name: part.name,
    title: part.title,
    kind: columnKind(part.element, element),
    format: formatterFor(part.element, locale, element),
  }));
}

function columnKind(element: Json, matrix?: Json): ColumnKind {
  return isNumeric(element, cellType(element, matrix)) ? "number" : "text";
}

/** A repeating table's rows summed up in one cell: a line per row, its values joined with " – ". */
function summariseRows(element: Json, locale: Locale): Formatter {
  const parts = repeatingParts(element, locale);
  return (value) => {
    if (!Array.isArray(value)) return plainText(value);
    const lines = value.flatMap((row) => {
      if (!isRecord(row)) return [];
      const cells = parts.map((part) => part.format(row[part.name])).filter((cell) => cell !== null);
      return cells.length === 0 ? [] : [cells.join(" – ")];
    });
    return lines.length === 0 ? null : lines.join("\n");
  };
}

const get = (answers: Answers, key: string): unknown => (Object.hasOwn(answers, key) ? answers[key] : undefined);
const field = (value: unknown, key: string): unknown => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/** Where SurveyJS keeps the text written for a question's "Other" or in its comment area. */
export const commentKey = (question: Pick<ListedQuestion, "name" | "element">): string => `${answerKey(question)}${commentSuffix}`;

const declaresComment = (element: Json) => ["showOtherItem", "hasOther", "showCommentArea", "hasComment"].some((flag) => element[flag] === true);

/**
 * The comment keys whose column appears only when some response has written there: those of the questions that
 * declare no "Other" or comment area (their column is always there).
 */
export function optionalCommentKeys(questionnaire: Pick<QuestionnaireVersion, "survey">): string[] {
  return answeredQuestions(questionnaire)
    .filter((question) => !declaresComment(question.element as Json))
    .map(commentKey);
}

/** Which of `keys` some of the answers hold a non-empty answer under. */
export function keysAnswered(keys: readonly string[], answers: Iterable<Answers>): Set<string> {
  const found = new Set<string>();
  for (const one of answers) {
    for (const key of keys) if (!found.has(key) && !isEmpty(get(one, key))) found.add(key);
    if (found.size === keys.length) break;
  }
  return found;
}

/**
 * The columns one question contributes to the main table. `commentsAnswered` holds the comment keys some response
 * has written in (see optionalCommentKeys): a question that declares no comment area gets its column only then.
 */
export function questionColumns(question: ListedQuestion, locale: Locale, commentsAnswered: ReadonlySet<string>): Column<Answers>[] {
  const element = question.element as Json;
  const key = answerKey(question);
  const title = localText(element.title, question.name, locale);
  const columns: Column<Answers>[] = [];
  switch (question.type) {
    case "multipletext":
      for (const item of namedParts(element.items, locale)) {
        const numeric = item.element.inputType === "number" || item.element.inputType === "range";
        columns.push({
          title: `${title} – ${item.title}`,
          kind: numeric ? "number" : "text",
          value: (answers) => numberOrText(field(get(answers, key), item.name), numeric),
        });
      }
      break;
    case "matrix": {
      const format = formatterFor({ type: "radiogroup", choices: element.columns }, locale);
      for (const row of choiceList(element.rows, locale)) {
        columns.push({ title: `${title} – ${row.text}`, kind: "text", value: (answers) => format(field(get(answers, key), String(row.value))) });
      }
      break;
    }
    case "matrixdropdown":
      for (const row of choiceList(element.rows, locale)) {
        for (const part of repeatingParts(element, locale)) {
          columns.push({
            title: `${title} – ${row.text} – ${part.title}`,
            kind: part.kind,
            value: (answers) => part.format(field(field(get(answers, key), String(row.value)), part.name)),
          });
        }
      }
      break;
    default: {
      const format = repeatingTypes.has(question.type) ? summariseRows(element, locale) : formatterFor(element, locale);
      columns.push({ title, kind: columnKind(element), value: (answers) => format(get(answers, key)) });
    }
  }
  const comment = commentKey(question);
  if (declaresComment(element) || commentsAnswered.has(comment)) {
    columns.push({ title: `${title} – ${answersLabels[locale].otherComment}`, kind: "text", value: (answers) => plainText(get(answers, comment)) });
  }
  return columns;
}

/** Every question of a questionnaire with an answer of its own, in questionnaire order (a valueName shared by two questions counts once). */
export function answeredQuestions(questionnaire: Pick<QuestionnaireVersion, "survey">): ListedQuestion[] {
  const seen = new Set<string>();
  return listQuestions(questionnaire).filter((question) => {
    const key = answerKey(question);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
