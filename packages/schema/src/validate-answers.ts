import type { PanelModel, SurveyModel } from "survey-core";
import { type AnswerError, AnswerIssues, type AnswerWarning, byQuestionOrder, messages } from "./answer-issues.js";
import { checkDraft, draftCheckerOf } from "./answer-draft-checker.js";
import { checkChoices } from "./answer-choice-checks.js";
import { quietMatrices } from "./answer-quiet-matrices.js";
import { hasRequiredPanels } from "./answer-required-panels.js";
import { applySurveyRules, warnHidden } from "./answer-survey-rules.js";
import { AnswerValueCheck } from "./answer-value-checks.js";
import { isPlainObject } from "./json-value.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { createSurveyModel } from "./survey-model.js";

// validateAnswers runs its checks in this order: keys, types and shapes (answer-value-checks.ts), choice values
// against the live model (answer-choice-checks.ts), hidden answers and survey-core's own rules, required panels
// among them (answer-survey-rules.ts). The error and warning types are declared with the collector in
// answer-issues.ts.
export type { AnswerError, AnswerWarning } from "./answer-issues.js";

export interface AnswerValidation {
  ok: boolean;
  errors: AnswerError[];
  warnings: AnswerWarning[];
}

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
    const values = new AnswerValueCheck(issues);
    const model = createSurveyModel(questionnaire, "da");
    const data = values.checkTopLevel(model, values.stripForbidden(answers, "", "") as Record<string, unknown>);
    model.data = data;
    checkChoices(issues, model, data);
    if (options.mode !== "draft") warnHidden(issues, model, data);
    // only a survey with a required panel has panel errors, and a draft reports none (read once per survey)
    const panels = options.mode !== "draft" && hasRequiredPanels(questionnaire.survey);
    applySurveyRules(issues, model, data, options.mode ?? "submit", { quiet: quietMatrices(questionnaire.survey), panels });
    // in the order of the questionnaire, keys that are no question last; stable within a question
    const order = new Map<string, number>(model.getAllQuestions().map((question, i) => [question.name, i]));
    if (panels) orderPanels(model, order);
    const byQuestion = byQuestionOrder(order);
    return { ok: errors.length === 0, errors: errors.sort(byQuestion), warnings: warnings.sort(byQuestion) };
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

/** A panel's errors go just before those of its first question (or last, for a panel without questions). */
function orderPanels(model: SurveyModel, order: Map<string, number>): void {
  for (const panel of model.getAllPanels() as PanelModel[]) {
    const first = panel.questions[0];
    const at = first ? order.get(first.name) : undefined;
    if (!order.has(panel.name) && at !== undefined) order.set(panel.name, at - 0.5);
  }
}
