import type { LocalizedText } from "./localized-text.js";

// What validateAnswers reports, shared by its checks (answer-value-checks.ts, answer-choice-checks.ts,
// answer-survey-rules.ts, cpr-warnings.ts): the error and warning types, the Danish and English texts of
// Afrapport's own codes in one table, and the collector the checks write to.

/**
 * One reason the answers cannot be accepted. `question` is the top-level question (or unknown key) it belongs to,
 * or a required panel none of whose questions is answered (`required` with the panel's name as question and path);
 * `path` points into the answers: `offersUsed[0].name`, `targetGroupCount.2018`, `paragraphs-Comment`.
 *
 * Codes from Afrapport's own checks: `not-an-object`, `forbidden-key`, `not-json`, `unknown-question`,
 * `unknown-item`, `unknown-column`, `unknown-row`, `unknown-choice`, `wrong-type`, `internal-error`.
 * Codes for survey-core's rules (the browser's): `required`, `min-row-count`, `other-empty`, `out-of-range`,
 * `text-length`, `pattern`, `email`, `expression`, `answer-count`, `not-numeric`, `duplicate-value`,
 * `file-too-large`, `too-many-files`, `invalid`.
 */
export interface AnswerError {
  question: string;
  path: string;
  code: string;
  message: LocalizedText;
}

/**
 * Something the respondent should know but that does not stop a save or a submission.
 * - `cpr`: free text that looks like a CPR number (the number itself is not repeated in the message).
 * - `hidden-answer` (submit only): an answer to a question that the other answers hide. The browser drops such
 *   answers on completion; a submission that still has them came from elsewhere, and they are not errors.
 */
export interface AnswerWarning {
  question: string;
  path: string;
  code: "cpr" | "hidden-answer";
  message: LocalizedText;
}

/** Returned by a check for a value it refused: the caller leaves the value out of the data survey-core sees. */
export const DROP = Symbol("drop");
export type Checked = unknown | typeof DROP;

export const text = (da: string, en: string): LocalizedText => ({ da, en });
export const messages = {
  notAnObject: text("Svarene skal være et objekt med ét felt pr. spørgsmål.", "The answers must be an object with one field per question."),
  forbiddenKey: (key: string) => text(`Feltnavnet "${key}" er ikke tilladt.`, `The field name "${key}" is not allowed.`),
  notJson: text("Svaret indeholder en henvisning til sig selv.", "The answer refers to itself."),
  unknownQuestion: (key: string) => text(`Spørgeskemaet har intet spørgsmål med navnet "${key}".`, `The questionnaire has no question named "${key}".`),
  unknownItem: (key: string) => text(`Spørgsmålet har intet felt med navnet "${key}".`, `The question has no field named "${key}".`),
  unknownColumn: (key: string) => text(`Tabellen har ingen kolonne med navnet "${key}".`, `The table has no column named "${key}".`),
  unknownRow: (key: string) => text(`Tabellen har ingen række med navnet "${key}".`, `The table has no row named "${key}".`),
  unknownChoice: text("Svaret er ikke en af svarmulighederne.", "The answer is not one of the options."),
  cpr: text(
    "Teksten ligner et CPR-nummer. Skriv ikke personoplysninger om borgere.",
    "The text looks like a CPR number. Do not write personal data about citizens.",
  ),
  hidden: text("Spørgsmålet er skjult på grund af de øvrige svar.", "The question is hidden given the other answers."),
  internal: text("Svarene kunne ikke kontrolleres. Prøv igen senere.", "The answers could not be checked. Please try again later."),
  invalid: text("Svaret er ikke gyldigt.", "The answer is not valid."),
  pattern: text("Svaret har ikke det rigtige format.", "The answer is not in the expected format."),
};
export const wrongType = {
  number: text("Angiv venligst et tal.", "Please enter a number."),
  string: text("Svaret skal være tekst.", "The answer must be text."),
  boolean: text("Svaret skal være ja eller nej.", "The answer must be yes or no."),
  choice: text("Vælg venligst en af svarmulighederne.", "Please choose one of the options."),
  choices: text("Svaret skal være en liste af svarmuligheder.", "The answer must be a list of options."),
  namedChoices: (property: string) =>
    text(
      `Svaret skal være en liste af svarmuligheder, hver som et objekt med feltet "${property}".`,
      `The answer must be a list of options, each an object with the field "${property}".`,
    ),
  object: text("Svaret skal være et objekt med ét felt pr. delspørgsmål.", "The answer must be an object with one field per item."),
  rows: text("Svaret skal være en liste af rækker.", "The answer must be a list of rows."),
  row: text("Rækken skal være et objekt med ét felt pr. kolonne.", "The row must be an object with one field per column."),
  files: text("Svaret skal være en liste af filer.", "The answer must be a list of files."),
};

/** The errors and warnings of one validateAnswers call, and which answer paths already have an error of ours. */
export class AnswerIssues {
  readonly errors: AnswerError[] = [];
  readonly warnings: AnswerWarning[] = [];
  /** paths that already have an error of ours; survey-core's errors there would only repeat it */
  private readonly flagged = new Set<string>();

  /** whether this path or one that contains it already has an error of ours */
  isFlagged(path: string): boolean {
    for (const flagged of this.flagged) {
      if (path === flagged || path.startsWith(`${flagged}.`) || path.startsWith(`${flagged}[`)) return true;
    }
    return false;
  }

  /** Records an error of ours at `path` (flagging it); returns DROP for the value there. */
  error(question: string, path: string, code: string, message: LocalizedText): typeof DROP {
    this.errors.push({ question, path, code, message });
    this.flagged.add(path);
    return DROP;
  }
}

/**
 * How validateAnswers orders its findings: in the order of the questionnaire (`order`: question name → position),
 * keys that are no question last; a stable sort, so a question's findings keep the order they were found in.
 */
export function byQuestionOrder(order: ReadonlyMap<string, number>): (a: { question: string }, b: { question: string }) => number {
  return (a, b) => (order.get(a.question) ?? order.size) - (order.get(b.question) ?? order.size);
}
