import type { LocalizedText } from "./localized-text.js";
import type { AggregationKind, Answers } from "./question-meta.js";
import type { Audience } from "./questionnaire.js";
import type { ScreeningResult, ScreeningThresholds, ScreeningVerdict } from "./screening.js";

/**
 * The joint report computed from submitted responses (`aggregateReport`). Plain JSON throughout – no classes,
 * no Dates, no Maps – so the server can store it and the front end render it as is.
 *
 * Every number is a `Figure` carrying the ids of the responses it came from, so a reader can always trace a
 * figure back to the answers (design.md: "Every number in the joint report can be traced"). Aggregated with
 * `sources: "refs"`, every number is a `FigureRef` instead: its sources are left out (at 10,000 responses they
 * would be most of the report) and asked for when a reader wants them, by the figure's `ref` (figureSources).
 * The types take the kind of figure as a parameter: `JointReport` has sources inline, `JointReport<FigureRef>`
 * refers to them, `JointReport<AnyFigure>` is either (what a reader that shows both takes).
 */

/** A number with its sources. `small` marks counts from 1 to 4, which may identify citizens (0 is not small). */
export interface Figure {
  value: number;
  /** ids of the responses the number came from, de-duplicated, in response order */
  sources: string[];
  small: boolean;
}

/** A number whose sources are asked for when needed: how many there are, and where to ask (see figureSources). */
export interface FigureRef {
  value: number;
  small: boolean;
  /** how many responses the number came from */
  sourceCount: number;
  /** the figure's address in the report it belongs to (FigureAddress as text) */
  ref: string;
}

/** Either kind of figure. */
export type AnyFigure = Figure | FigureRef;

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
export interface ReportItemBase<F extends AnyFigure = Figure> {
  question: string;
  type: string;
  title: LocalizedText;
  kind: Exclude<AggregationKind, "none">;
  /** responses with an answer to the question (usable or not) */
  answered: F;
  /** responses without one */
  unanswered: F;
  /** responses whose answer was wholly or partly unusable (see the report's notes) */
  invalid: F;
}

/** `sum`: the total and each response's value (null: no usable number). */
export interface SumItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "sum";
  total: F;
  rows: { respondent: ReportResponseRef; value: F | null }[];
}

/**
 * `sumPerYear`: a table of respondents × years. `cells` and `yearTotals` are aligned with `years`; a row's
 * `total` is the sum of its cells (null when it has no usable number); `total` is the grand total.
 */
export interface SumPerYearItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "sumPerYear";
  years: string[];
  rows: { respondent: ReportResponseRef; cells: (F | null)[]; total: F | null }[];
  yearTotals: F[];
  total: F;
}

/**
 * A value seen in one column of an offer list, and the responses that gave it (a checkbox cell gives each of its
 * values); aggregated with `sources: "refs"`, without them.
 */
export type OfferColumnValue<F extends AnyFigure = Figure> = {
  value: unknown;
  /** the choice's text when the column has choices */
  text?: LocalizedText;
} & (F extends Figure ? { sources: string[] } : { sources?: never });

/** One offer, de-duplicated across respondents by `offerKey`. */
export interface ReportOffer<F extends AnyFigure = Figure> {
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
  namedByCount: F;
  /** the union of the other columns' values (legal basis, location…), aligned with the item's `columns` */
  details: { column: string; values: OfferColumnValue<F>[] }[];
}

/** `offerList`: the offers named, sorted by name (Danish order). */
export interface OfferListItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "offerList";
  /** the columns besides name and operator */
  columns: { name: string; title: LocalizedText }[];
  offers: ReportOffer<F>[];
  /** how many distinct offers; sources are the responses naming any */
  offerCount: F;
}

/** How many responses chose one choice. `listed` is false for a value the question does not offer. */
export interface ChoiceCount<F extends AnyFigure = Figure> {
  value: unknown;
  text: LocalizedText;
  count: F;
  listed: boolean;
}

/** `choiceCounts` of a radiogroup, dropdown, checkbox, tagbox, rating or boolean question (boolean: true, false). */
export interface ChoiceCountsItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "choiceCounts";
  layout: "choices";
  /** checkbox-like: a response may choose several */
  multiple: boolean;
  choices: ChoiceCount<F>[];
  /** the texts written for "Other" (the SurveyJS `<name>-Comment` answer), in response order */
  otherTexts: { respondent: ReportResponseRef; text: string }[];
}

/** `choiceCounts` of a single-choice matrix: per row, the count for every column. */
export interface MatrixCountsItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "choiceCounts";
  layout: "matrix";
  columns: { value: unknown; text: LocalizedText }[];
  rows: { value: unknown; text: LocalizedText; listed: boolean; answered: F; choices: ChoiceCount<F>[] }[];
}

/** `texts`: every non-empty text, in response order. */
export interface TextsItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "texts";
  texts: { respondent: ReportResponseRef; text: string }[];
}

/** `files`: every attachment; `content` is the attachment's id or URL as the file question stored it. */
export interface FilesItem<F extends AnyFigure = Figure> extends ReportItemBase<F> {
  kind: "files";
  files: { respondent: ReportResponseRef; name: string; type: string; content: string }[];
  count: F;
}

export type ReportItem<F extends AnyFigure = Figure> =
  | SumItem<F>
  | SumPerYearItem<F>
  | OfferListItem<F>
  | ChoiceCountsItem<F>
  | MatrixCountsItem<F>
  | TextsItem<F>
  | FilesItem<F>;

/** One section of the report, in the questionnaire's section order; items in question order. */
export interface ReportSectionResult<F extends AnyFigure = Figure> {
  id: string;
  title: LocalizedText;
  items: ReportItem<F>[];
}

/** The screening of every offer that answered (only for questionnaires with screening questions). */
export interface ReportScreening<F extends AnyFigure = Figure> {
  thresholds: ScreeningThresholds;
  offers: { respondent: ReportResponseRef; result: ScreeningResult }[];
  verdicts: Record<ScreeningVerdict, F>;
}

export interface JointReport<F extends AnyFigure = Figure> {
  questionnaire: { announcement: string; key: string; audience: Audience; version: string; title: LocalizedText };
  /** distinct respondents among the included responses */
  respondentCount: F;
  responses: IncludedResponse[];
  skipped: SkippedResponse[];
  sections: ReportSectionResult<F>[];
  screening?: ReportScreening<F>;
  notes: ReportNote[];
}
