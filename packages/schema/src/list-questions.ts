import { type QuestionMeta, questionMeta } from "./question-meta.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { surveyQuestions } from "./survey-elements.js";

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

/**
 * Every question of a questionnaire in document order, panels entered (their questions answer under their own
 * names), display elements (`html`, `image`) and panels left out. A `paneldynamic` is listed as one question; the
 * questions of its template are not (they answer inside its array). Reads the JSON only: no survey-core, no zod.
 */
export function listQuestions(questionnaire: Pick<QuestionnaireVersion, "survey">): ListedQuestion[] {
  return surveyQuestions(questionnaire.survey).map(({ element, page, path }) => ({
    name: element.name,
    type: element.type,
    meta: questionMeta(element),
    page,
    path,
    element,
  }));
}
