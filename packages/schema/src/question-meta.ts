import { z } from "zod";
import { previousNamesOf } from "./match-elements.js";

/**
 * How the answers to one question are combined into the joint report. Every question in a questionnaire
 * carries one, as the custom SurveyJS property `aggregation`.
 *
 * - `sum`: a number question; summed over respondents.
 * - `sumPerYear`: a `multipletext` whose item names are years ("2017", …) with numeric input; summed per year,
 *   per respondent and in total.
 * - `offerList`: a `matrixdynamic` of offers with at least the columns `name` and `operator`; offers are
 *   de-duplicated across respondents by normalised name and operator.
 * - `choiceCounts`: a choice question (radiogroup, checkbox, dropdown, tagbox, boolean, matrix); counts per choice.
 * - `texts`: free text (text, comment); collected with the respondent's name.
 * - `files`: a file question; the attachments are listed.
 * - `none`: not part of the report (e.g. a contact person).
 */
export const aggregationKinds = ["none", "sum", "sumPerYear", "offerList", "choiceCounts", "texts", "files"] as const;
export const AggregationKindSchema = z.enum(aggregationKinds);
export type AggregationKind = z.infer<typeof AggregationKindSchema>;

/**
 * The part a question of an offer questionnaire plays in the screening model of the national board's guidance, as the custom SurveyJS
 * property `screening`:
 * - `flow`: citizens of the target group served per year (`multipletext` with year items, numeric)
 * - `staff`: number of staff taking part in the effort for the target group (number)
 * - `experience`: the staff's years of experience with the target group (number)
 * - `competences`: a `matrix` whose rows are the announcement's competence ids and whose column values are
 *   `internal`, `external` or `absent`
 */
export const screeningRoles = ["flow", "staff", "experience", "competences"] as const;
export const ScreeningRoleSchema = z.enum(screeningRoles);
export type ScreeningRole = z.infer<typeof ScreeningRoleSchema>;

/** Where a competence is present in an offer, the column values of the `competences` matrix. */
export const competencePresences = ["internal", "external", "absent"] as const;
export type CompetencePresence = (typeof competencePresences)[number];

/** The custom properties Afrapport adds to every SurveyJS question. */
export interface QuestionMeta {
  aggregation: AggregationKind;
  /** id of one of the questionnaire's `reportSections` */
  reportSection: string;
  screening?: ScreeningRole;
  /** names this question had in earlier versions, newest first; used by diff and migrateAnswers */
  previousNames?: string[];
}

/** A respondent's answers: SurveyJS data keyed by question name. */
export type Answers = Record<string, unknown>;

/**
 * The custom properties of one question's JSON. For a questionnaire that passed `validateQuestionnaire` they are
 * complete; otherwise a missing or unknown `aggregation` reads as `"none"` and a missing `reportSection` as `""`
 * (`validateQuestionnaire` reports both).
 */
export function questionMeta(element: Readonly<Record<string, unknown>>): QuestionMeta {
  const { aggregation, reportSection, screening, previousNames } = element;
  const meta: QuestionMeta = {
    aggregation: aggregationKinds.includes(aggregation as AggregationKind) ? (aggregation as AggregationKind) : "none",
    reportSection: typeof reportSection === "string" ? reportSection : "",
  };
  if (screeningRoles.includes(screening as ScreeningRole)) meta.screening = screening as ScreeningRole;
  if (Array.isArray(previousNames)) meta.previousNames = previousNamesOf(element);
  return meta;
}
