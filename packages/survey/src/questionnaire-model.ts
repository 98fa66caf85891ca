import { createSurveyModel, type Locale, type QuestionnaireVersion } from "@afrapport/schema";
import { settings, type Model } from "survey-core";
import { validateDanishNumbers } from "./danish-number-field.js";
import { nameMatrixPlaces } from "./matrix-cell-messages.js";
import { dropSignRepeats } from "./number-sign-errors.js";

let configured = false;

/**
 * Global SurveyJS settings for Afrapport pages: headings in document order under the page's own h1 (page titles
 * h2, panels and questions h3), so a screen reader's heading list reads as the questionnaire's outline.
 */
export function configureSurveyJs(): void {
  if (configured) return;
  configured = true;
  settings.titleTags.survey = "h1";
  settings.titleTags.page = "h2";
  settings.titleTags.panel = "h3";
  settings.titleTags.question = "h3";
}

export interface QuestionnaireModelOptions {
  readOnly?: boolean;
  /** every page at once, without navigation: read-only views, receipts and print */
  singlePage?: boolean;
}

/**
 * The survey-core model the browser renders: `createSurveyModel` (custom properties, reviewed Danish strings,
 * locale) plus the behaviour respondents need over several days: values update while typing (so autosave sees
 * them), the whole questionnaire is checked only on submit (people answer in any order, with colleagues), a page
 * progress bar ("Side 2 af 3"), and the questionnaire's own title left to the page's h1. Number fields read Danish
 * numbers ("4,5", "1.234") and refuse other text with a message (danish-number-field.ts; rendered by
 * `registerDanishNumberInput`). Messages say only what applies (a negative whole number is not also told it has
 * decimals: number-sign-errors.ts) and name their place in a table (matrix-cell-messages.ts).
 */
export function createQuestionnaireModel(
  questionnaire: QuestionnaireVersion,
  locale: Locale = "da",
  options: QuestionnaireModelOptions = {},
): Model {
  configureSurveyJs();
  const model = createSurveyModel(questionnaire, locale);
  model.showTitle = false;
  model.textUpdateMode = "onTyping";
  model.checkErrorsMode = "onComplete";
  model.autoFocusFirstError = true;
  model.showCompletePage = false;
  model.showQuestionNumbers = "off";
  validateDanishNumbers(model);
  dropSignRepeats(model);
  nameMatrixPlaces(model);
  // the form fills the page's column, aligned with the header above it
  model.widthMode = "responsive";
  if (options.singlePage === true) {
    model.questionsOnPageMode = "singlePage";
    model.showProgressBar = false;
    model.showNavigationButtons = false;
  } else {
    model.showProgressBar = true;
    model.progressBarLocation = "top";
    model.progressBarType = "pages";
    model.progressBarShowPageTitles = true;
    // Numbers in the step buttons would not be part of their accessible name (the page title): WCAG 2.5.3.
    model.progressBarShowPageNumbers = false;
  }
  if (options.readOnly === true) {
    model.readOnly = true;
    if (options.singlePage !== true) model.showCompleteButton = false;
  }
  return model;
}
