import { isRecord } from "./json-value.js";
import type { SurveyJson } from "./questionnaire.js";
import { panelElementTypes } from "./survey-elements.js";

// For validateAnswers' survey-core pass (answer-survey-rules.ts): whether a survey has a required panel at all.
// survey-core gives a visible panel with `isRequired` (or a true `requiredIf`) a `requireoneanswer` error when none
// of its questions has a value; reading those errors means walking the model's panels after every validation,
// which the autosave path should not pay for questionnaires without such a panel. The answer is read from the
// JSON once per survey object (a published questionnaire is frozen, so it cannot change under the cache).

const cache = new WeakMap<object, boolean>();

/**
 * Whether any panel of the survey – on a page, in another panel or in a `paneldynamic`'s template – is required
 * or has a `requiredIf`. Errs towards true: a `false` answer must mean survey-core reports no panel as required.
 */
export function hasRequiredPanels(survey: SurveyJson): boolean {
  if (!isRecord(survey)) return false;
  let found = cache.get(survey);
  if (found === undefined) {
    found = Array.isArray(survey.pages) && survey.pages.some((page) => isRecord(page) && anyRequiredPanel(page.elements));
    cache.set(survey, found);
  }
  return found;
}

function anyRequiredPanel(elements: unknown): boolean {
  if (!Array.isArray(elements)) return false;
  return elements.some((element) => {
    if (!isRecord(element)) return false;
    if (typeof element.type === "string" && panelElementTypes.has(element.type.toLowerCase()) && (isSet(element.isRequired) || isSet(element.requiredIf))) return true;
    return anyRequiredPanel(element.elements) || anyRequiredPanel(element.templateElements);
  });
}

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false && value !== "";
