import type { QuestionMessage } from "./respond-api.js";

/**
 * What the page check (page-check.ts) left on screen: the messages on the page it kept the person on, and the alert
 * that said why "Næste" did not move on. Messages go as their questions are answered again (survey-core then checks
 * the field itself); the alert goes with the last of them, or when the person leaves the page.
 */
export interface PageCheckState {
  /** the page the messages are about */
  page?: string;
  messages: QuestionMessage[];
  alert?: string;
  /** the refusal was (also) about number text that could not be read, which answering again does not report here */
  unreadable: boolean;
}

export const noPageCheck: PageCheckState = { messages: [], unreadable: false };

/** "Næste" refused on `page`. */
export function refusedOn(page: string, messages: QuestionMessage[], alert: string, unreadable: boolean): PageCheckState {
  return { page, messages, alert, unreadable };
}

/** The person changed the answer to `question`: its messages go, and the alert with the last of them. */
export function answered(state: PageCheckState, question: string): PageCheckState {
  if (!state.messages.some((message) => message.question === question)) return state;
  const messages = state.messages.filter((message) => message.question !== question);
  if (messages.length > 0 || state.unreadable) return { ...state, messages };
  return { ...state, messages, alert: undefined };
}

/** The page shown is now `page`: messages about another page go (the check itself may have moved the person back). */
export function pageShown(state: PageCheckState, page: string): PageCheckState {
  return state.page === page ? state : noPageCheck;
}
