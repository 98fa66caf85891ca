import type { ItemValue, Question, QuestionMatrixDropdownModelBase, QuestionPanelDynamicModel, SurveyModel } from "survey-core";
import { type AnswerIssues, messages } from "./answer-issues.js";
import { columnOf, hasOther, isEmpty, questionsOf, valuePropertyOf } from "./answer-value-checks.js";
import { sameValue } from "./choice-items.js";
import { cprWarnings } from "./cpr-warnings.js";
import { isPlainObject } from "./json-value.js";

// The second pass of validateAnswers, once the model holds the answers: is each choice value one of the choices
// the live model offers? Only the model knows, because choices may depend on other answers (choicesVisibleIf).
// A value outside the choices is the text of "Other" when the question stores it so; that text is scanned for
// CPR numbers like any free text.

/** Questions whose value (or each element of it) must be one of the choices. */
const choiceTypes = new Set(["radiogroup", "dropdown", "rating", "buttongroup", "imagepicker", "checkbox", "tagbox", "ranking"]);

/** The rows of a matrix, by index (matrixdynamic) or key: each gives the question of a cell by its column. */
type RowOf = (row: number | string) => { getQuestionByColumnName(column: string): Question | undefined } | undefined;

/**
 * Where the rows of a matrix come from: the live model's rows (it holds the answers, so a cell's choices may depend
 * on them), or – for a model without answers whose choices do not depend on them (answer-draft-checker.ts) – every
 * row is its columns' templates. Asked only for a matrix whose answer has a row.
 */
export type MatrixRows = (matrix: QuestionMatrixDropdownModelBase) => RowOf;

const liveRows: MatrixRows = (matrix) => {
  const visible = matrix.visibleRows;
  return (row) => (typeof row === "number" ? visible[row] : visible.find((r) => sameValue(r.rowName, row)));
};

/** Every row as the columns' templates, for a model that holds no answers. */
const templateRows: MatrixRows = (matrix) => {
  const templates = { getQuestionByColumnName: (column: string) => columnOf(matrix, column)?.templateQuestion };
  return () => templates;
};

/** What a choice question's answer may be; undefined for a question whose values are not checked here. */
export interface ChoiceRule {
  /** whether a value (or one element of a list) is one of the choices */
  allows(item: unknown): boolean;
  /** a value outside the choices is the text written for "Other" (scanned for CPR numbers), not an error */
  otherText: boolean;
  /** with valuePropertyName each element is `{ [property]: choice }` (answer-value-checks.ts made sure of that) */
  property: string | undefined;
}

/** The rule of a choice question as the model has it now (its choices may depend on the answers it holds). */
export function choiceRule(question: Question): ChoiceRule | undefined {
  const select = question as Question & { choices?: ItemValue[]; visibleChoices?: ItemValue[]; choicesByUrl?: { url?: string }; choicesFromQuestion?: string; getStoreOthersAsComment?: () => boolean; visibleRateValues?: ItemValue[] };
  if (select.choicesByUrl?.url || select.choicesFromQuestion) return undefined;
  const type = question.getType();
  if (!choiceTypes.has(type)) return undefined;
  const values = (type === "rating" ? (select.visibleRateValues ?? []) : [...(select.choices ?? []), ...(select.visibleChoices ?? [])]).map((choice) => choice.value as unknown);
  return {
    allows: (item) => values.some((choice) => sameValue(choice, item)),
    otherText: hasOther(question) && select.getStoreOthersAsComment?.() === false,
    property: valuePropertyOf(question),
  };
}

/** Where the choice checks read a matrix's rows and a question's choices. */
export interface ChoiceSource {
  rows: MatrixRows;
  rule(question: Question): ChoiceRule | undefined;
}

/** The live model, holding the answers: choices and rows as they are for these answers. */
const liveSource: ChoiceSource = { rows: liveRows, rule: choiceRule };

/**
 * A model that holds no answers and whose choices do not depend on them (answer-draft-checker.ts): rows are the
 * columns' templates, and each question's rule is read once and kept, with its choices in a set.
 */
export function templateSource(): ChoiceSource {
  const rules = new WeakMap<Question, ChoiceRule | null>();
  return {
    rows: templateRows,
    rule(question) {
      let rule = rules.get(question);
      if (rule === undefined) {
        const read = choiceRule(question);
        rules.set(question, (rule = read === undefined ? null : withChoiceSet(read, question)));
      }
      return rule ?? undefined;
    },
  };
}

/** The same rule, answering from a set of the choices' texts when they are all numbers, texts or booleans. */
function withChoiceSet(rule: ChoiceRule, question: Question): ChoiceRule {
  const select = question as Question & { choices?: ItemValue[]; visibleChoices?: ItemValue[]; visibleRateValues?: ItemValue[] };
  const values = (question.getType() === "rating" ? (select.visibleRateValues ?? []) : [...(select.choices ?? []), ...(select.visibleChoices ?? [])]).map((choice) => choice.value as unknown);
  const primitive = (x: unknown): x is string | number | boolean => typeof x === "string" || typeof x === "number" || typeof x === "boolean";
  if (!values.every(primitive)) return rule;
  // sameValue: equal, or both primitives with the same text
  const texts = new Set(values.map(String));
  return { ...rule, allows: (item) => primitive(item) && texts.has(String(item)) };
}

/**
 * Choice values against the choices the model offers (which may depend on other answers: then it must be the live
 * model, holding `data`). `source` says where matrix rows and choices are read; by default from the live model.
 */
export function checkChoices(issues: AnswerIssues, model: SurveyModel, data: Record<string, unknown>, source: ChoiceSource = liveSource): void {
  for (const { question, key } of questionsOf(model)) {
    if (key in data) checkChoice(issues, question, data[key], key, question.name, source);
  }
}

function checkChoice(issues: AnswerIssues, question: Question, value: unknown, path: string, top: string, source: ChoiceSource): void {
  if (isEmpty(value) || issues.isFlagged(path)) return;
  const type = question.getType();
  if (type === "matrixdynamic" || type === "matrixdropdown") {
    const matrix = question as QuestionMatrixDropdownModelBase;
    const rows: [string, number | string, unknown][] =
      type === "matrixdynamic" && Array.isArray(value)
        ? value.map((row, i) => [`${path}[${i}]`, i, row])
        : isPlainObject(value) ? Object.entries(value).map(([key, row]) => [`${path}.${key}`, key, row]) : [];
    const rowOf = rows.length > 0 ? source.rows(matrix) : undefined;
    for (const [rowPath, rowKey, cells] of rows) {
      const row = rowOf?.(rowKey);
      if (!row || !isPlainObject(cells)) continue;
      for (const [key, cell] of Object.entries(cells)) {
        const cellQuestion = columnOf(matrix, key) ? row.getQuestionByColumnName(key) : undefined;
        if (cellQuestion) checkChoice(issues, cellQuestion, cell, `${rowPath}.${key}`, top, source);
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
        if (key in answers) checkChoice(issues, inner, answers[key], `${path}[${i}].${key}`, top, source);
      }
    });
    return;
  }
  const rule = source.rule(question);
  if (rule === undefined) return;
  const { property, otherText } = rule;
  const list = Array.isArray(value) ? value.map((item) => (property !== undefined && isPlainObject(item) ? item[property] : item)) : [value];
  list.forEach((item, i) => {
    if (rule.allows(item)) return;
    const itemPath = Array.isArray(value) ? `${path}[${i}]${property !== undefined ? `.${property}` : ""}` : path;
    if (otherText && typeof item === "string") issues.warnings.push(...cprWarnings(top, itemPath, item));
    else issues.error(top, itemPath, "unknown-choice", messages.unknownChoice);
  });
}
