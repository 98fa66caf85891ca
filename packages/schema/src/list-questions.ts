import { type AggregationKind, type QuestionMeta, aggregationKinds, type ScreeningRole, screeningRoles } from "./question-meta.js";
import type { QuestionnaireVersion } from "./questionnaire.js";

/** Containers whose questions answer under their own names (a `paneldynamic` is a question: one array answer). */
export const panelElementTypes: ReadonlySet<string> = new Set(["panel", "flowpanel"]);
/** Elements that show something but hold no answer and carry no aggregation. */
export const displayElementTypes: ReadonlySet<string> = new Set(["html", "image"]);

/** One question of a questionnaire, as `listQuestions` finds it. */
export interface ListedQuestion {
  name: string;
  /** the SurveyJS type: `text`, `multipletext`, `matrixdynamic`, … */
  type: string;
  meta: QuestionMeta;
  /** name of the page it is on */
  page: string;
  /** where its JSON sits in the questionnaire, e.g. `survey.pages[1].elements[0]` (as `validateQuestionnaire` reports) */
  path: string;
  /** its raw SurveyJS JSON (choices, items, columns …) */
  element: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

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
  if (Array.isArray(previousNames)) meta.previousNames = previousNames.filter((n): n is string => typeof n === "string");
  return meta;
}

/**
 * Every question of a questionnaire in document order, panels entered (their questions answer under their own
 * names), display elements (`html`, `image`) and panels left out. A `paneldynamic` is listed as one question; the
 * questions of its template are not (they answer inside its array). Reads the JSON only: no survey-core, no zod.
 */
export function listQuestions(questionnaire: Pick<QuestionnaireVersion, "survey">): ListedQuestion[] {
  const questions: ListedQuestion[] = [];
  const visit = (elements: unknown, page: string, path: string): void => {
    if (!Array.isArray(elements)) return;
    elements.forEach((element, index) => {
      if (!isRecord(element) || typeof element.type !== "string" || typeof element.name !== "string") return;
      const elementPath = `${path}[${index}]`;
      if (panelElementTypes.has(element.type)) return visit(element.elements, page, `${elementPath}.elements`);
      if (displayElementTypes.has(element.type)) return;
      questions.push({ name: element.name, type: element.type, meta: questionMeta(element), page, path: elementPath, element });
    });
  };
  questionnaire.survey.pages.forEach((page, index) => visit(page.elements, page.name, `survey.pages[${index}].elements`));
  return questions;
}
