import type { ItemValue, MatrixDropdownRowModelBase, Question, QuestionMatrixDropdownModelBase, QuestionPanelDynamicModel, SurveyModel } from "survey-core";
import { type AnswerIssues, messages } from "./answer-issues.js";
import { hasOther, isEmpty, valuePropertyOf } from "./answer-value-checks.js";
import { sameValue } from "./choice-items.js";
import { cprWarnings } from "./cpr-warnings.js";
import { isPlainObject } from "./json-value.js";

// The second pass of validateAnswers, once the model holds the answers: is each choice value one of the choices
// the live model offers? Only the model knows, because choices may depend on other answers (choicesVisibleIf).
// A value outside the choices is the text of "Other" when the question stores it so; that text is scanned for
// CPR numbers like any free text.

/** Questions whose value (or each element of it) must be one of the choices. */
const choiceTypes = new Set(["radiogroup", "dropdown", "rating", "buttongroup", "imagepicker", "checkbox", "tagbox", "ranking"]);

/** Choice values against the choices the live model offers (which may depend on other answers). */
export function checkChoices(issues: AnswerIssues, model: SurveyModel, data: Record<string, unknown>): void {
  for (const question of model.getAllQuestions()) {
    const key = question.getValueName();
    if (key in data) checkChoice(issues, question, data[key], key, question.name);
  }
}

function checkChoice(issues: AnswerIssues, question: Question, value: unknown, path: string, top: string): void {
  if (isEmpty(value) || issues.isFlagged(path)) return;
  const type = question.getType();
  if (type === "matrixdynamic" || type === "matrixdropdown") {
    const matrix = question as QuestionMatrixDropdownModelBase;
    const rows: [string, MatrixDropdownRowModelBase | undefined, unknown][] =
      type === "matrixdynamic" && Array.isArray(value)
        ? value.map((row, i) => [`${path}[${i}]`, matrix.visibleRows[i], row])
        : isPlainObject(value) ? Object.entries(value).map(([key, row]) => [`${path}.${key}`, matrix.visibleRows.find((r) => sameValue(r.rowName, key)), row]) : [];
    for (const [rowPath, row, cells] of rows) {
      if (!row || !isPlainObject(cells)) continue;
      for (const [key, cell] of Object.entries(cells)) {
        const cellQuestion = matrix.getColumnByName(key) ? row.getQuestionByColumnName(key) : undefined;
        if (cellQuestion) checkChoice(issues, cellQuestion, cell, `${rowPath}.${key}`, top);
      }
    }
    return;
  }
  if (type === "paneldynamic" && Array.isArray(value)) {
    const panels = (question as QuestionPanelDynamicModel).panels;
    value.forEach((answers, i) => {
      const panel = panels[i];
      if (!panel || !isPlainObject(answers)) return;
      for (const inner of panel.questions) {
        const key = inner.getValueName();
        if (key in answers) checkChoice(issues, inner, answers[key], `${path}[${i}].${key}`, top);
      }
    });
    return;
  }
  const select = question as Question & { choices?: ItemValue[]; visibleChoices?: ItemValue[]; choicesByUrl?: { url?: string }; choicesFromQuestion?: string; getStoreOthersAsComment?: () => boolean; visibleRateValues?: ItemValue[] };
  if (select.choicesByUrl?.url || select.choicesFromQuestion) return;
  if (!choiceTypes.has(type)) return;
  const values = type === "rating" ? (select.visibleRateValues ?? []) : [...(select.choices ?? []), ...(select.visibleChoices ?? [])];
  const otherText = hasOther(question) && select.getStoreOthersAsComment?.() === false;
  // with valuePropertyName each element is `{ [property]: choice }` (answer-value-checks.ts made sure of that)
  const property = valuePropertyOf(question);
  const list = Array.isArray(value) ? value.map((item) => (property !== undefined && isPlainObject(item) ? item[property] : item)) : [value];
  list.forEach((item, i) => {
    if (values.some((choice) => sameValue(choice.value, item))) return;
    const itemPath = Array.isArray(value) ? `${path}[${i}]${property !== undefined ? `.${property}` : ""}` : path;
    if (otherText && typeof item === "string") issues.warnings.push(...cprWarnings(top, itemPath, item));
    else issues.error(top, itemPath, "unknown-choice", messages.unknownChoice);
  });
}
