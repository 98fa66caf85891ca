import { validateAnswers, type AnswerError, type QuestionnaireVersion } from "@afrapport/schema";
import type { CurrentPageChangingEvent, Model, PageModel, Question, QuestionTextModel } from "survey-core";
import { fieldsOf } from "../answer-field.js";
import { isNumberTextRefused } from "../danish-number-field.js";

// "Næste" let a negative or decimal count through; the person met it again only at "Indsend", pages later. Now the
// page is checked when the person moves on, with the server's own rules (validateAnswers as a draft: everything
// but whether required questions are answered – people answer in any order and with colleagues, so a question left
// for later does not hold them back; "Indsend" still asks for it).

/** Models being moved by the page itself (after a refusal, to a submit error, on resuming): not checked. */
const moving = new WeakSet<Model>();

/** Sets the current page without the check: the move is the page's own, and was checked or needs no check. */
export function goToPage(model: Model, page: PageModel | number): void {
  moving.add(model);
  try {
    if (typeof page === "number") model.currentPageNo = page;
    else model.currentPage = page;
  } finally {
    moving.delete(model);
  }
}

/**
 * What the server would refuse in a draft, page by page: `pages` lists the question names of each page, and each
 * page gets the findings on its questions, in the questionnaire's order.
 */
export function findingsByPage(questionnaire: QuestionnaireVersion, answers: unknown, pages: readonly (readonly string[])[]): AnswerError[][] {
  // A first visit has no answers, so nothing to correct: the checker (a survey-core model of its own, built on first
  // use) is not built before the first question shows.
  if (isNoAnswers(answers)) return pages.map(() => []);
  const { errors } = validateAnswers(questionnaire, answers, { mode: "draft" });
  return pages.map((names) => errors.filter((error) => names.includes(error.question)));
}

function isNoAnswers(answers: unknown): boolean {
  return answers !== null && typeof answers === "object" && !Array.isArray(answers) && Object.keys(answers).length === 0;
}

/** The number fields on a page showing text that is no number (nothing was stored, so the server sees nothing). */
export function refusedNumberFields(page: PageModel): QuestionTextModel[] {
  return page.questions.flatMap((question) => fieldsOf(question)).filter((field): field is QuestionTextModel => isNumberTextRefused(field));
}

export function pageQuestionNames(page: PageModel): string[] {
  return page.questions.map((question: Question) => question.name);
}

/** A move forward the check refused: the page to stay on (or go back to) and what is wrong there. */
export interface PageRefusal {
  page: PageModel;
  errors: AnswerError[];
  refusedNumbers: QuestionTextModel[];
}

/**
 * Checks the pages a forward move would leave behind – "Næste", or a later step of the progress bar – and refuses
 * the move when one of them has an answer the server would refuse, or number text it could not read: the person
 * stays on the first such page (never skipping it silently), where `onRefused` shows what is wrong. Going back is
 * never held up. Returns a function that removes the check.
 */
export function attachPageCheck(model: Model, questionnaire: QuestionnaireVersion, onRefused: (refusal: PageRefusal) => void): () => void {
  const changing = (sender: Model, options: CurrentPageChangingEvent) => {
    if (moving.has(sender) || !options.isGoingForward) return;
    const pages = sender.visiblePages;
    const from = pages.indexOf(options.oldCurrentPage);
    const to = pages.indexOf(options.newCurrentPage);
    if (from < 0 || to <= from) return;
    const left = pages.slice(from, to);
    const findings = findingsByPage(questionnaire, sender.data, left.map(pageQuestionNames));
    const refusals = left.map((page, i) => ({ page, errors: findings[i] ?? [], refusedNumbers: refusedNumberFields(page) }));
    const refusal = refusals.find((r) => r.errors.length > 0 || r.refusedNumbers.length > 0);
    if (refusal === undefined) return;
    options.allow = false;
    // survey-core is still changing pages: a move of our own waits until it is done
    if (refusal.page !== options.oldCurrentPage) setTimeout(() => goToPage(sender, refusal.page), 0);
    onRefused(refusal);
  };
  model.onCurrentPageChanging.add(changing);
  return () => model.onCurrentPageChanging.remove(changing);
}
