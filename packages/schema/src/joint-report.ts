import type { LocalizedText } from "./localized-text.js";
import type { AggregationKind, Answers } from "./question-meta.js";
import type { Audience } from "./questionnaire.js";
import type { ScreeningResult, ScreeningThresholds, ScreeningVerdict } from "./screening.js";

/**
 * The joint report computed from submitted responses (`aggregateReport`). Plain JSON throughout – no classes,
 * no Dates, no Maps – so the server can store it and the front end render it as is.
 *
 * Every number is a `Figure` carrying the ids of the responses it came from, so a reader can always trace a
 * figure back to the answers (design.md: "Every number in the joint report can be traced").
 */

/** A number with its sources. `small` marks counts from 1 to 4, which may identify citizens (0 is not small). */
export interface Figure {
  value: number;
  /** ids of the responses the number came from, de-duplicated, in response order */
  sources: string[];
  small: boolean;
}

/** A submitted response as `aggregateReport` takes it. */
export interface SubmittedResponse {
  id: string;
  respondent: { id: string; name: string; kommuneCode?: string };
  /** the questionnaire version the answers were given on */
  questionnaireVersion: string;
  answers: Answers;
  submittedAt?: string;
}

/** Who a value came from. */
export interface ReportResponseRef {
  responseId: string;
  respondentId: string;
  respondentName: string;
  kommuneCode?: string;
}

/** A response included in the report. */
export interface IncludedResponse extends ReportResponseRef {
  /** the version the respondent answered; differs from the report's when the answers were migrated */
  answeredVersion: string;
  migrated: boolean;
  submittedAt?: string;
}

/** A response left out of the report, and why. Responses are never dropped silently. */
export interface SkippedResponse extends ReportResponseRef {
  questionnaireVersion: string;
  reason: LocalizedText;
}

export const reportNoteKinds = [
  /** migrateAnswers could not carry an answer to the report's version */
  "dropped-by-migration",
  /** a figure's answer was not a number and was left out */
  "not-a-number",
  /** a choice answer that is not among the question's choices (still counted, as an unlisted choice) */
  "unknown-choice",
  /** a per-year answer for a year the question does not ask about (left out) */
  "unknown-year",
  /** a row of an offer list without a name (left out) */
  "unnamed-offer",
  /** an answer of the wrong shape for its question (left out) */
  "invalid-answer",
  /** several responses from one respondent (all are counted) */
  "duplicate-respondent",
  /** a question names a report section the questionnaire does not define (shown in a section of its own) */
  "unknown-section",
] as const;
export type ReportNoteKind = (typeof reportNoteKinds)[number];

/** Something the secretariat should know about the data behind the report. */
export interface ReportNote {
  kind: ReportNoteKind;
  message: LocalizedText;
  responseId?: string;
  question?: string;
  /** the answer concerned, as given */
  value?: unknown;
}

/** What every item has: the question, and how many responses answered it. */
export interface ReportItemBase {
  question: string;
  type: string;
  title: LocalizedText;
  kind: Exclude<AggregationKind, "none">;
  /** responses with an answer to the question (usable or not) */
  answered: Figure;
  /** responses without one */
  unanswered: Figure;
  /** responses whose answer was wholly or partly unusable (see the report's notes) */
  invalid: Figure;
}

/** `sum`: the total and each response's value (null: no usable number). */
export interface SumItem extends ReportItemBase {
  kind: "sum";
  total: Figure;
  rows: { respondent: ReportResponseRef; value: Figure | null }[];
}

/**
 * `sumPerYear`: a table of respondents × years. `cells` and `yearTotals` are aligned with `years`; a row's
 * `total` is the sum of its cells (null when it has no usable number); `total` is the grand total.
 */
export interface SumPerYearItem extends ReportItemBase {
  kind: "sumPerYear";
  years: string[];
  rows: { respondent: ReportResponseRef; cells: (Figure | null)[]; total: Figure | null }[];
  yearTotals: Figure[];
  total: Figure;
}

/** A value seen in one column of an offer list, and the responses that gave it (a checkbox cell gives each of its values). */
export interface OfferColumnValue {
  value: unknown;
  /** the choice's text when the column has choices */
  text?: LocalizedText;
  sources: string[];
}

/** One offer, de-duplicated across respondents by `offerKey`. */
export interface ReportOffer {
  key: string;
  /** the most frequent spelling (ties: the first seen) */
  name: string;
  /** the other spellings seen, in the order first seen */
  otherSpellings: string[];
  /** the operator as most often given ("" when none) */
  operator: string;
  operatorText?: LocalizedText;
  namedBy: ReportResponseRef[];
  /** how many responses name the offer */
  namedByCount: Figure;
  /** the union of the other columns' values (legal basis, location…), aligned with the item's `columns` */
  details: { column: string; values: OfferColumnValue[] }[];
}

/** `offerList`: the offers named, sorted by name (Danish order). */
export interface OfferListItem extends ReportItemBase {
  kind: "offerList";
  /** the columns besides name and operator */
  columns: { name: string; title: LocalizedText }[];
  offers: ReportOffer[];
  /** how many distinct offers; sources are the responses naming any */
  offerCount: Figure;
}

/** How many responses chose one choice. `listed` is false for a value the question does not offer. */
export interface ChoiceCount {
  value: unknown;
  text: LocalizedText;
  count: Figure;
  listed: boolean;
}

/** `choiceCounts` of a radiogroup, dropdown, checkbox, tagbox, rating or boolean question (boolean: true, false). */
export interface ChoiceCountsItem extends ReportItemBase {
  kind: "choiceCounts";
  layout: "choices";
  /** checkbox-like: a response may choose several */
  multiple: boolean;
  choices: ChoiceCount[];
  /** the texts written for "Other" (the SurveyJS `<name>-Comment` answer), in response order */
  otherTexts: { respondent: ReportResponseRef; text: string }[];
}

/** `choiceCounts` of a single-choice matrix: per row, the count for every column. */
export interface MatrixCountsItem extends ReportItemBase {
  kind: "choiceCounts";
  layout: "matrix";
  columns: { value: unknown; text: LocalizedText }[];
  rows: { value: unknown; text: LocalizedText; listed: boolean; answered: Figure; choices: ChoiceCount[] }[];
}

/** `texts`: every non-empty text, in response order. */
export interface TextsItem extends ReportItemBase {
  kind: "texts";
  texts: { respondent: ReportResponseRef; text: string }[];
}

/** `files`: every attachment; `content` is the attachment's id or URL as the file question stored it. */
export interface FilesItem extends ReportItemBase {
  kind: "files";
  files: { respondent: ReportResponseRef; name: string; type: string; content: string }[];
  count: Figure;
}

export type ReportItem = SumItem | SumPerYearItem | OfferListItem | ChoiceCountsItem | MatrixCountsItem | TextsItem | FilesItem;

/** One section of the report, in the questionnaire's section order; items in question order. */
export interface ReportSectionResult {
  id: string;
  title: LocalizedText;
  items: ReportItem[];
}

/** The screening of every offer that answered (only for questionnaires with screening questions). */
export interface ReportScreening {
  thresholds: ScreeningThresholds;
  offers: { respondent: ReportResponseRef; result: ScreeningResult }[];
  verdicts: Record<ScreeningVerdict, Figure>;
}

export interface JointReport {
  questionnaire: { announcement: string; key: string; audience: Audience; version: string; title: LocalizedText };
  /** distinct respondents among the included responses */
  respondentCount: Figure;
  responses: IncludedResponse[];
  skipped: SkippedResponse[];
  sections: ReportSectionResult[];
  screening?: ReportScreening;
  notes: ReportNote[];
}
