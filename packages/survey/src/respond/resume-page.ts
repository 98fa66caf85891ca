import type { KeyValueStorage } from "./offline-queue.js";

// Coming back to a questionnaire opened page 1, however far the person had come. The page is remembered on this
// device per link; on another device (or a colleague's) the answers tell how far the work has come. A page before
// that with something to correct is never skipped silently: the person lands there, and is told why.

export function pageKey(token: string): string {
  return `afrapport:page:${token}`;
}

/** The page last open with this link on this device, by its name (page names are stable, indexes shift). */
export function rememberedPage(storage: KeyValueStorage | undefined, token: string): string | undefined {
  try {
    return storage?.getItem(pageKey(token)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberPage(storage: KeyValueStorage | undefined, token: string, page: string): void {
  try {
    storage?.setItem(pageKey(token), page);
  } catch {
    // the page is then found from the answers next time
  }
}

export interface PageOutline {
  name: string;
  /** the names of the page's questions */
  questions: readonly string[];
}

export interface ResumeFacts {
  /** the page remembered on this device */
  remembered?: string | undefined;
  /** the questions that have an answer */
  answered: ReadonlySet<string>;
  /** the questions with an answer the server would refuse */
  withErrors: ReadonlySet<string>;
}

export interface Resume {
  /** the page to open */
  index: number;
  /** the page the person had reached */
  reached: number;
  /**
   * start: page 1, nothing to go on; remembered / answers: where the person left off, known from this device or from
   * the answers; errors: an earlier page, which has answers to correct
   */
  reason: "start" | "remembered" | "answers" | "errors";
}

/**
 * Which page to open: the one remembered on this device if it is still shown, else the last page holding an
 * answer, else the first – unless a page before it has an answer to correct: then that page.
 */
export function resumePage(pages: readonly PageOutline[], facts: ResumeFacts): Resume {
  const remembered = facts.remembered === undefined ? -1 : pages.findIndex((page) => page.name === facts.remembered);
  let reached = remembered;
  let reason: Resume["reason"] = "remembered";
  if (reached < 0) {
    reached = pages.findLastIndex((page) => page.questions.some((q) => facts.answered.has(q)));
    reason = "answers";
  }
  if (reached <= 0) return { index: 0, reached: 0, reason: "start" };
  const firstWithErrors = pages.findIndex((page) => page.questions.some((q) => facts.withErrors.has(q)));
  if (firstWithErrors >= 0 && firstWithErrors < reached) return { index: firstWithErrors, reached, reason: "errors" };
  return { index: reached, reached, reason };
}
