import type { PanelModel, SurveyModel } from "survey-core";
import { type AnswerError, type AnswerIssues, type AnswerWarning, byQuestionOrder } from "./answer-issues.js";
import { checkChoices } from "./answer-choice-checks.js";
import { quietMatrices } from "./answer-quiet-matrices.js";
import { hasRequiredPanels } from "./answer-required-panels.js";
import { applySurveyRules, warnHidden } from "./answer-survey-rules.js";
import { AnswerValueCheck } from "./answer-value-checks.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import type { PooledModel } from "./survey-model-pool.js";

// The checks of validateAnswers, in this order: keys, types and shapes (answer-value-checks.ts), choice values
// against the live model (answer-choice-checks.ts), hidden answers and survey-core's own rules, required panels
// among them (answer-survey-rules.ts). Apart from validate-answers.ts, so that the pool's tests can run the same
// pass on a fresh model and on a reused one.

export interface AnswerValidation {
  ok: boolean;
  errors: AnswerError[];
  warnings: AnswerWarning[];
}

/** validateAnswers' findings for a plain object of answers, on a model of `questionnaire`; may throw. */
export function validateOnModel(
  pooled: PooledModel,
  questionnaire: QuestionnaireVersion,
  answers: Record<string, unknown>,
  issues: AnswerIssues,
  mode: "submit" | "draft",
): AnswerValidation {
  const { errors, warnings } = issues;
  const { model } = pooled;
  const values = new AnswerValueCheck(issues);
  const data = values.checkTopLevel(model, values.stripForbidden(answers, "", "") as Record<string, unknown>);
  pooled.loadAnswers(data);
  checkChoices(issues, model, data);
  if (mode !== "draft") warnHidden(issues, model, data);
  // only a survey with a required panel has panel errors, and a draft reports none (read once per survey)
  const panels = mode !== "draft" && hasRequiredPanels(questionnaire.survey);
  applySurveyRules(issues, model, data, mode, { quiet: quietMatrices(questionnaire.survey), panels });
  // in the order of the questionnaire, keys that are no question last; stable within a question
  const order = new Map<string, number>(model.getAllQuestions().map((question, i) => [question.name, i]));
  if (panels) orderPanels(model, order);
  const byQuestion = byQuestionOrder(order);
  return { ok: errors.length === 0, errors: errors.sort(byQuestion), warnings: warnings.sort(byQuestion) };
}

/** A panel's errors go just before those of its first question (or last, for a panel without questions). */
function orderPanels(model: SurveyModel, order: Map<string, number>): void {
  for (const panel of model.getAllPanels() as PanelModel[]) {
    const first = panel.questions[0];
    const at = first ? order.get(first.name) : undefined;
    if (!order.has(panel.name) && at !== undefined) order.set(panel.name, at - 0.5);
  }
}
