import { Model } from "survey-core";
import type { Locale } from "./localized-text.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { registerDanishLocale } from "./survey-locale-da.js";
import { registerSurveyProperties } from "./survey-properties.js";

/**
 * A survey-core model of a questionnaire version, the same one the browser renders: Afrapport's custom properties
 * registered, the reviewed Danish strings in place, the locale set. Works in Node (no DOM needed).
 *
 * survey-core reads the JSON without changing it (a deep-frozen questionnaire loads fine), so no copy is made.
 *
 * Probing survey-core 3 in Node, for whoever validates with the model:
 * - `model.validate(false, false)` returns false but leaves `question.errors` empty; `validate(true, false)`
 *   fills them.
 * - errors of a `multipletext` item are on `item.editor.errors`, of a matrix cell on
 *   `row.cells[i].question.errors`, of a `paneldynamic` on `panel.questions[i].errors`.
 * - a locale change renews the text of some errors (validators', required, min/max of a number) but not of
 *   others (a matrix's duplicate key, too few choices selected): to get every text in another locale, set
 *   `model.locale` and validate again.
 * - survey-core checks neither value types (a string in a number question passes) nor choice membership.
 */
export function createSurveyModel(questionnaire: QuestionnaireVersion, locale: Locale = "da"): Model {
  registerSurveyProperties();
  registerDanishLocale();
  const model = new Model(questionnaire.survey);
  model.locale = locale;
  return model;
}
