import { type ConditionClause, type ConditionModel, expressionVariables, operatorsFor, type PickerQuestion } from "@afrapport/schema";

/**
 * Editing the condition picker's model one step at a time. Each step keeps the clause something the picker can show
 * and formatCondition can write: a value of the kind its operator takes (none for "er besvaret", a list for "er en
 * af", a scalar otherwise), drawn from the question's choices where it has them.
 */

type Operator = ConditionClause["operator"];
type Scalar = string | number | boolean;

const unary: ReadonlySet<Operator> = new Set(["empty", "notempty"]);
const list: ReadonlySet<Operator> = new Set(["anyof", "allof"]);

/** The value a clause starts with for the question and operator: its first choice, 0 for a number, "" for text. */
export function defaultValue(question: PickerQuestion | undefined, operator: Operator): ConditionClause["value"] {
  if (unary.has(operator)) return undefined;
  const first = question?.choices[0]?.value;
  if (list.has(operator)) return first === undefined || typeof first === "boolean" ? [] : [first];
  if (first !== undefined) return first;
  return question?.builderType === "number" || question?.builderType === "expression" ? 0 : "";
}

/** A clause on the question with its first operator and value. */
export function newClause(question: PickerQuestion): ConditionClause {
  const operator = operatorsFor(question.builderType)[0] ?? "notempty";
  return withValue({ question: question.name, operator }, defaultValue(question, operator));
}

function withValue(clause: ConditionClause, value: ConditionClause["value"]): ConditionClause {
  const { value: _dropped, ...rest } = clause;
  return value === undefined ? rest : { ...rest, value };
}

/** Whether the value is one of the question's choices (1 and "1" alike, as SurveyJS compares answers). */
function isChoice(question: PickerQuestion, value: unknown): boolean {
  return question.choices.some((choice) => String(choice.value) === String(value));
}

/**
 * The clause on another question: its operator kept when the new question takes it, its value kept when it still
 * fits (a choice of the new question, a number for a number), else both start over.
 */
export function withQuestion(clause: ConditionClause, question: PickerQuestion): ConditionClause {
  const operators = operatorsFor(question.builderType);
  const operator = operators.includes(clause.operator) ? clause.operator : (operators[0] ?? "notempty");
  const next: ConditionClause = { question: question.name, operator };
  if (operator === clause.operator && valueFits(clause.value, question, operator)) return withValue(next, clause.value);
  return withValue(next, defaultValue(question, operator));
}

function valueFits(value: ConditionClause["value"], question: PickerQuestion, operator: Operator): boolean {
  if (unary.has(operator)) return value === undefined;
  if (list.has(operator)) return Array.isArray(value) && (question.choices.length === 0 || value.every((item) => isChoice(question, item)));
  if (value === undefined || Array.isArray(value)) return false;
  if (question.choices.length > 0) return isChoice(question, value);
  if (question.builderType === "number" || question.builderType === "expression") return typeof value === "number";
  return typeof value === "string";
}

/** The clause with another operator; the value carried over where it still fits (a scalar becomes a one-item list). */
export function withOperator(clause: ConditionClause, operator: Operator, question: PickerQuestion | undefined): ConditionClause {
  const next: ConditionClause = { question: clause.question, operator };
  if (unary.has(operator)) return next;
  const value = clause.value;
  if (list.has(operator)) {
    if (Array.isArray(value)) return withValue(next, value);
    if (value !== undefined && typeof value !== "boolean") return withValue(next, [value]);
    return withValue(next, defaultValue(question, operator));
  }
  if (Array.isArray(value)) return withValue(next, value[0] ?? defaultValue(question, operator));
  return withValue(next, value ?? defaultValue(question, operator));
}

/** A list value with one choice ticked on or off, in the question's choice order. */
export function toggleListValue(value: ConditionClause["value"], item: Scalar, on: boolean, question: PickerQuestion | undefined): Array<string | number> {
  const current = Array.isArray(value) ? value : [];
  const without = current.filter((existing) => String(existing) !== String(item));
  if (!on || typeof item === "boolean") return without;
  const next = [...without, item];
  if (!question) return next;
  const order = (v: unknown) => question.choices.findIndex((choice) => String(choice.value) === String(v));
  return next.sort((a, b) => order(a) - order(b));
}

export function replaceClause(model: ConditionModel, index: number, clause: ConditionClause): ConditionModel {
  return { ...model, clauses: model.clauses.map((existing, i) => (i === index ? clause : existing)) };
}

export function addClause(model: ConditionModel, clause: ConditionClause): ConditionModel {
  return { ...model, clauses: [...model.clauses, clause] };
}

export function removeClause(model: ConditionModel, index: number): ConditionModel {
  return { ...model, clauses: model.clauses.filter((_, i) => i !== index) };
}

/** Names an expression may use without being a question: the row of a matrix, the panel of a dynamic panel, … */
const contextRoots = new Set(["row", "rowindex", "rowname", "rowvalue", "rowtitle", "panel", "parentpanel", "panelindex", "visiblepanelindex", "item", "choice"]);

export type ExpressionProblem = { kind: "parse" } | { kind: "unknown"; names: string[] };

/**
 * What is wrong with a raw expression, if anything: it does not parse (survey-core's own parser), or it names
 * questions the draft does not have (`names` lower-case; `{a.b}` is checked by `a`, as SurveyJS reads a
 * multiple-text item or a matrix row through its question).
 */
export function expressionProblem(expression: string, names: ReadonlySet<string>): ExpressionProblem | null {
  if (expression.trim() === "") return null;
  const variables = expressionVariables(expression);
  if (variables === undefined) return { kind: "parse" };
  const unknown = variables.filter((variable) => {
    const lower = variable.toLowerCase();
    if (names.has(lower)) return false;
    const root = lower.split(/[.[]/)[0] ?? lower;
    return !contextRoots.has(root) && !names.has(root);
  });
  return unknown.length === 0 ? null : { kind: "unknown", names: unknown };
}
