import { type AnswerWarning, messages } from "./answer-issues.js";
import { findCprNumbers } from "./cpr.js";

/**
 * The warnings for free text in an answer (a text or comment answer, the text written for "Other"): one per
 * place that looks like a CPR number. The message does not repeat the number, so a warning passed on or logged
 * spreads no personal data.
 */
export function cprWarnings(question: string, path: string, text: string): AnswerWarning[] {
  return findCprNumbers(text).map(() => ({ question, path, code: "cpr", message: messages.cpr }));
}
