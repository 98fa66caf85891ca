import { CustomError, type Model, type Question, type SurveyError } from "survey-core";
import { firstPageWith } from "./server-errors.js";

export type MessageKind = "error" | "warning";

/** The errors and warnings this module put on questions, so they can be replaced without touching SurveyJS's own. */
const placed = new WeakMap<SurveyError, MessageKind>();

/**
 * Shows server messages on their questions, as SurveyJS shows its own: errors (submit refused with 422) in red
 * and announced, warnings (a CPR number in free text) as non-blocking notes. Replaces messages of the same kind
 * from an earlier call. Returns the questions that got a message.
 */
export function showQuestionMessages(model: Model, byQuestion: ReadonlyMap<string, readonly string[]>, kind: MessageKind): Question[] {
  clearQuestionMessages(model, kind);
  const shown: Question[] = [];
  for (const [name, texts] of byQuestion) {
    const question = model.getQuestionByName(name);
    if (question === null || question === undefined) continue;
    for (const text of texts) {
      const error = new CustomError(text, question);
      if (kind === "warning") error.notificationType = "warning";
      placed.set(error, kind);
      question.addError(error);
    }
    shown.push(question);
  }
  return shown;
}

export function clearQuestionMessages(model: Model, kind: MessageKind): void {
  for (const question of model.getAllQuestions()) {
    if (question.errors.some((e) => placed.get(e) === kind)) question.errors = question.errors.filter((e) => placed.get(e) !== kind);
  }
}

/** Goes to the first page holding one of `questions` and moves focus to the first of them there. */
export function goToFirstQuestion(model: Model, questions: readonly string[]): void {
  const pages = model.visiblePages.map((page) => ({ page, questions: page.questions.map((q) => q.name) }));
  const index = firstPageWith(pages, questions);
  const target = pages[index];
  if (target === undefined) return;
  model.currentPage = target.page;
  const first = target.page.questions.find((q) => questions.includes(q.name));
  // after the page has rendered
  setTimeout(() => first?.focus(true), 0);
}
