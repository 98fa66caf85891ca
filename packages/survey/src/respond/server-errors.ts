import type { Locale } from "@afrapport/schema";
import type { Messages } from "../i18n/messages.js";
import type { ApiFailure, QuestionMessage } from "./respond-api.js";

/** Messages from the server grouped by the question they belong to, in the person's language. */
export interface PlacedMessages {
  byQuestion: Map<string, string[]>;
  /** the messages naming a question of this questionnaire, in order: to be shown at the field their path names */
  placed: QuestionMessage[];
  /** messages naming no question of this questionnaire: shown above the form, never dropped */
  unplaced: string[];
}

/**
 * Places server messages (422 errors on submit, CPR warnings on save) on their questions. A message whose
 * question is not in the questionnaire still reaches the person, as an unplaced message.
 */
export function placeMessages(messages: readonly QuestionMessage[], locale: Locale, questions: ReadonlySet<string>): PlacedMessages {
  const byQuestion = new Map<string, string[]>();
  const placed: QuestionMessage[] = [];
  const unplaced: string[] = [];
  for (const m of messages) {
    const text = m.message[locale];
    if (!questions.has(m.question)) {
      unplaced.push(text);
      continue;
    }
    placed.push(m);
    const list = byQuestion.get(m.question) ?? [];
    if (!list.includes(text)) list.push(text);
    byQuestion.set(m.question, list);
  }
  return { byQuestion, placed, unplaced };
}

/** The index of the first page holding one of `names` (pages in order, each with its question names); -1 if none. */
export function firstPageWith(pages: ReadonlyArray<{ questions: readonly string[] }>, names: Iterable<string>): number {
  const wanted = new Set(names);
  return pages.findIndex((page) => page.questions.some((q) => wanted.has(q)));
}

/** A short reason for a failed call, in the person's language, for the status line. */
export function failureReason(failure: ApiFailure, t: Messages): string {
  if (failure.kind === "network") return t.statusOffline;
  if (failure.status === 404) return t.linkInvalidTitle;
  if (failure.status === 410) return t.linkRevokedTitle;
  if (failure.status === 429) return t.tooManyAttemptsTitle;
  if (failure.status === 409 && failure.code !== "stale_revision") return t.statusLocked;
  return t.serverMessageFallback;
}

/** Which page explains why a link cannot be opened. */
export type LinkProblem = "invalid" | "revoked" | "tooMany" | "offline" | "failed";

export function linkProblem(failure: ApiFailure): LinkProblem {
  if (failure.kind === "network") return "offline";
  if (failure.status === 404 || failure.status === 400) return "invalid";
  if (failure.status === 410) return "revoked";
  if (failure.status === 429) return "tooMany";
  return "failed";
}
