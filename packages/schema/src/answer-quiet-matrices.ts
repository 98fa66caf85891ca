import { isRecord } from "./json-value.js";
import type { SurveyJson } from "./questionnaire.js";
import { surveyQuestions } from "./survey-elements.js";

// For validateAnswers' survey-core pass (answer-survey-rules.ts): which dynamic matrices it need not make rows for.
// Making a row builds a survey-core question per cell – the most expensive thing validateAnswers does after
// loading the model –, and an unanswered matrix (hidden, or not filled in yet) has no rows whose errors count.
// But making rows can change the answers: a column's default value, a computed cell or a cell that sets values
// writes into the matrix, and that can change which other questions show. So only matrices whose JSON holds
// nothing that could do so are listed; every other matrix has its rows made as before.

/** What a dynamic matrix may hold and still make its rows without writing a value. */
const quietMatrixKeys = new Set([
  "type",
  "name",
  "title",
  "description",
  "columns",
  "rowCount",
  "minRowCount",
  "maxRowCount",
  "isRequired",
  "visibleIf",
  "enableIf",
  "requiredIf",
  "addRowText",
  "removeRowText",
  "aggregation",
  "reportSection",
  "screening",
  "previousNames",
]);
/** What a column of such a matrix may hold. */
const quietColumnKeys = new Set([
  "name",
  "title",
  "cellType",
  "choices",
  "inputType",
  "isRequired",
  "min",
  "max",
  "maxLength",
  "placeholder",
  "visibleIf",
  "enableIf",
  "requiredIf",
  "validators",
]);

const isQuietColumn = (column: unknown): boolean =>
  isRecord(column) && column.cellType !== "expression" && Object.keys(column).every((key) => quietColumnKeys.has(key));

/**
 * The names of the `matrixdynamic` questions of a survey (not those inside a `paneldynamic`) whose rows can be
 * made without changing any answer: no default values, computed cells or anything else that writes a value.
 * A name that more than one element has is left out.
 */
export function quietMatrices(survey: SurveyJson): ReadonlySet<string> {
  const quiet = new Set<string>();
  const seen = new Set<string>();
  // validateAnswers takes any JSON and never throws: a survey of another shape has no quiet matrices
  if (!Array.isArray(survey.pages) || !survey.pages.every(isRecord)) return quiet;
  for (const { element } of surveyQuestions(survey)) {
    const isQuiet =
      element.type === "matrixdynamic" &&
      Object.keys(element).every((key) => quietMatrixKeys.has(key)) &&
      Array.isArray(element.columns) &&
      element.columns.every(isQuietColumn);
    if (isQuiet && !seen.has(element.name)) quiet.add(element.name);
    else quiet.delete(element.name);
    seen.add(element.name);
  }
  return quiet;
}
