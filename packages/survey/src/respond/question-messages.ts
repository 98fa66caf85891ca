import type { Locale } from "@afrapport/schema";
import { CustomError, type Model, type Question, type QuestionMatrixDropdownModelBase, type SurveyError } from "survey-core";
import { fieldAt, fieldsOf, pathSteps } from "../answer-field.js";
import { cellMessageText, cellPlace, missingCellText, type CellPlace } from "../matrix-cell-messages.js";
import { withoutSignRepeats } from "../number-sign-errors.js";
import { goToPage } from "./page-check.js";
import type { QuestionMessage } from "./respond-api.js";
import { firstPageWith } from "./server-errors.js";

/** error: submit refused with 422; page: "Næste" refused by the page check; warning: a CPR number in free text */
export type MessageKind = "error" | "page" | "warning";

/** The errors and warnings this module put on questions, so they can be replaced without touching SurveyJS's own. */
const placed = new WeakMap<SurveyError, MessageKind>();

/** Where in a table a path points, read from the path itself: for a cell the live model has no row for. */
function placeInPath(question: Question, path: string): CellPlace | undefined {
  const type = question.getType();
  if (type !== "matrixdynamic" && type !== "matrixdropdown") return undefined;
  const steps = pathSteps(path, question.getValueName());
  const [row, column] = steps ?? [];
  if (typeof column !== "string" || row === undefined) return undefined;
  const title = (question as QuestionMatrixDropdownModelBase).getColumnByName(column)?.locTitle.renderedHtml || column;
  return typeof row === "number" ? { column: title, rowNumber: row + 1 } : { column: title, rowTitle: row };
}

/**
 * The text to show at a field, in the person's language: a required cell says its column and row, a message
 * about a cell shown on its whole table says which cell.
 */
function fieldText(field: Question, message: QuestionMessage, locale: Locale): string {
  const text = message.message[locale];
  const place = cellPlace(field) ?? placeInPath(field, message.path);
  if (place === undefined) return text;
  if (message.code === "required") return missingCellText(place, locale);
  return cellPlace(field) ? text : cellMessageText(place, text, locale);
}

/**
 * Shows messages on the fields they concern, as SurveyJS shows its own: at the year of a count, in the cell of a
 * table, else on the question. Errors in red and announced, warnings (a CPR number in free text) as non-blocking
 * notes. Replaces messages of the same kind from an earlier call. Returns the questions that got a message.
 */
export function showQuestionMessages(model: Model, messages: readonly QuestionMessage[], locale: Locale, kind: MessageKind): Question[] {
  clearQuestionMessages(model, kind);
  const byField = new Map<Question, QuestionMessage[]>();
  const shown: Question[] = [];
  for (const message of messages) {
    const field = fieldAt(model, message);
    if (field === undefined) continue;
    byField.set(field, [...(byField.get(field) ?? []), message]);
    const top = model.getQuestionByName(message.question);
    if (top && !shown.includes(top)) shown.push(top);
  }
  for (const [field, list] of byField) {
    // -3 is negative, not a decimal: a pattern's message that only repeats the minimum's is left out
    const texts = withoutSignRepeats(field, field.value, [...new Set(list.map((message) => fieldText(field, message, locale)))]);
    for (const text of texts) {
      const error = new CustomError(text, field);
      if (kind === "warning") error.notificationType = "warning";
      placed.set(error, kind);
      field.addError(error);
    }
  }
  return shown;
}

export function clearQuestionMessages(model: Model, kind: MessageKind): void {
  for (const question of model.getAllQuestions()) {
    for (const field of fieldsOf(question)) {
      if (field.errors.some((e) => placed.get(e) === kind)) field.errors = field.errors.filter((e) => placed.get(e) !== kind);
    }
  }
}

/** Goes to the first page holding one of `questions` and moves focus to the first of them there. */
export function goToFirstQuestion(model: Model, questions: readonly string[]): void {
  const pages = model.visiblePages.map((page) => ({ page, questions: page.questions.map((q) => q.name) }));
  const index = firstPageWith(pages, questions);
  const target = pages[index];
  if (target === undefined) return;
  goToPage(model, target.page);
  const first = target.page.questions.find((q) => questions.includes(q.name));
  // after the page has rendered
  setTimeout(() => first?.focus(true), 0);
}
