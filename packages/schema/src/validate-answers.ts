import { AnswerIssues, messages } from "./answer-issues.js";
import { checkDraft, draftCheckerOf } from "./answer-draft-checker.js";
import { isPlainObject } from "./json-value.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { withSurveyModel } from "./survey-model-pool.js";
import { validateOnModel, type AnswerValidation } from "./validate-on-model.js";

// validateAnswers runs its checks (validate-on-model.ts) on a survey-core model of the version, lent by
// survey-model-pool.ts. The error and warning types are declared with the collector in answer-issues.ts.
export type { AnswerError, AnswerWarning } from "./answer-issues.js";
export type { AnswerValidation } from "./validate-on-model.js";

export interface ValidateAnswersOptions {
  /** `submit` (default) checks everything; `draft` everything except that required questions are answered. */
  mode?: "submit" | "draft";
}

/**
 * Checks a respondent's answers against a questionnaire version with survey-core, so the server applies exactly the
 * rules the browser applies (required questions and panels, visibleIf, validators, min/max), plus what survey-core
 * leaves to the server: unknown keys, value types and choice values (a checkbox with `valuePropertyName` takes
 * `[{ [property]: choice }]`, as survey-core stores it). Free text is scanned for CPR numbers (warnings). Messages
 * are in Danish and English. Never throws.
 *
 * Answers to hidden questions are checked for type and choices (they are stored) but not by survey-core's rules
 * (the browser does not validate hidden questions either); on submit they get a `hidden-answer` warning.
 * Validators whose `notificationType` is warning or info do not give errors.
 */
export function validateAnswers(questionnaire: QuestionnaireVersion, answers: unknown, options: ValidateAnswersOptions = {}): AnswerValidation {
  const issues = new AnswerIssues();
  const { errors, warnings } = issues;
  try {
    if (!isPlainObject(answers)) {
      errors.push({ question: "", path: "", code: "not-an-object", message: messages.notAnObject });
      return { ok: false, errors, warnings };
    }
    return withSurveyModel(questionnaire, (model) => validateOnModel(model, questionnaire, answers, issues, options.mode ?? "submit"));
  } catch {
    errors.push({ question: "", path: "", code: "internal-error", message: messages.internal });
    return { ok: false, errors, warnings };
  }
}

/**
 * validateAnswers(questionnaire, answers, { mode: "draft" }) – the same findings –, fast: a version whose rules
 * answer-draft-checker.ts models is checked without a survey-core model per call, any other by the full pass. For
 * the autosave, which validates every save; a published version is compiled once (so it must not be changed
 * after its first use here).
 */
export function validateDraft(questionnaire: QuestionnaireVersion, answers: unknown): AnswerValidation {
  try {
    const checker = draftCheckerOf(questionnaire);
    const checked = checker && checkDraft(checker, answers);
    if (checked !== undefined) return checked;
  } catch {
    // whatever went wrong, the full pass gives the answer (and words an internal error itself)
  }
  return validateAnswers(questionnaire, answers, { mode: "draft" });
}
