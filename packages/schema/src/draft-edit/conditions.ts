import { ConditionsParser } from "survey-core";
import { choiceItems } from "../choice-items.js";
import { isRecord } from "../json-value.js";
import type { DraftText, QuestionnaireDraft } from "../questionnaire-draft.js";
import type { ElementJson } from "../survey-elements.js";
import { draftTextOf } from "./draft-outline.js";
import { draftElements } from "./draft-tree.js";
import { type BuilderQuestionType, builderTypeOf, questionTypeInfo } from "./question-types.js";

// The condition picker's model: clauses `{question} operator value` joined by one `and` or `or`. What the picker
// cannot show exactly (brackets, functions, a mix of and/or, other spellings) is not forced into it: parseCondition
// gives null and the expression stays raw text.

export const conditionOperators = ["equal", "notequal", "greater", "less", "greaterorequal", "lessorequal", "empty", "notempty", "contains", "notcontains", "anyof", "allof"] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

export interface ConditionClause {
  question: string;
  operator: ConditionOperator;
  value?: string | number | boolean | Array<string | number>;
}

export interface ConditionModel {
  combinator: "and" | "or";
  clauses: ConditionClause[];
}

const symbols: Partial<Record<ConditionOperator, string>> = { equal: "=", notequal: "!=", greater: ">", less: "<", greaterorequal: ">=", lessorequal: "<=" };
const unary: ReadonlySet<ConditionOperator> = new Set(["empty", "notempty"]);
const listOperators: ReadonlySet<ConditionOperator> = new Set(["anyof", "allof"]);
const plainNumber = /^-?\d+(\.\d+)?$/;

function formatScalar(value: string | number | boolean): string | undefined {
  // survey-core reads \' and \" inside a string (a bare " ends its parse); it has no escape for a backslash
  if (typeof value === "string") return value.includes("\\") ? undefined : `'${value.replace(/['"]/g, "\\$&")}'`;
  if (typeof value === "number") return Number.isFinite(value) && plainNumber.test(String(value)) ? String(value) : undefined;
  return String(value);
}

function formatValue(clause: ConditionClause): string | undefined {
  const { value } = clause;
  if (value === undefined) return undefined;
  if (Array.isArray(value) || listOperators.has(clause.operator)) {
    const list = Array.isArray(value) ? value : [value];
    const items = list.map((item) => (typeof item === "boolean" ? undefined : formatScalar(item)));
    if (items.length === 0 || items.some((item) => item === undefined)) return undefined;
    return `[${items.join(", ")}]`;
  }
  return formatScalar(value);
}

/** Whether a clause is complete: a question, and the value its operator needs (a list for anyof and allof). */
export function clauseComplete(clause: ConditionClause): boolean {
  return formatClause(clause) !== undefined;
}

function formatClause(clause: ConditionClause): string | undefined {
  if (clause.question === "" || /[{}]/.test(clause.question) || !conditionOperators.includes(clause.operator)) return undefined;
  const head = `{${clause.question}} ${symbols[clause.operator] ?? clause.operator}`;
  if (unary.has(clause.operator)) return head;
  const value = formatValue(clause);
  return value === undefined ? undefined : `${head} ${value}`;
}

/**
 * The SurveyJS expression of a condition, e.g. `{a} = 'x' and {b} notempty`; "" for none. A clause not yet complete
 * (no question, or no value where its operator needs one) is left out, so a half-filled row of the picker changes
 * nothing.
 */
export function formatCondition(model: ConditionModel): string {
  const clauses = model.clauses.map(formatClause).filter((clause): clause is string => clause !== undefined);
  return clauses.join(` ${model.combinator === "or" ? "or" : "and"} `);
}

/** The expression without whitespace outside string literals. */
function compact(expression: string): string {
  let result = "";
  let inString = false;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i] as string;
    if (inString) {
      result += char;
      if (char === "\\") result += expression[++i] ?? "";
      else if (char === "'") inString = false;
    } else if (char === "'") {
      inString = true;
      result += char;
    } else if (!/\s/.test(char)) result += char;
  }
  return result;
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}
  get done() {
    this.skip();
    return this.at >= this.source.length;
  }
  skip() {
    while (this.at < this.source.length && /\s/.test(this.source[this.at] as string)) this.at++;
  }
  take(pattern: RegExp): string | undefined {
    this.skip();
    const match = pattern.exec(this.source.slice(this.at));
    if (!match) return undefined;
    this.at += match[0].length;
    return match[0];
  }
}

function readString(reader: Reader): string | undefined {
  const raw = reader.take(/^'(?:[^'"\\]|\\['"])*'/);
  return raw === undefined ? undefined : raw.slice(1, -1).replace(/\\(['"])/g, "$1");
}

function readScalar(reader: Reader): string | number | boolean | undefined {
  const string = readString(reader);
  if (string !== undefined) return string;
  const number = reader.take(/^-?\d+(\.\d+)?(?![\w.])/);
  if (number !== undefined) return Number(number);
  const word = reader.take(/^(true|false)\b/);
  return word === undefined ? undefined : word === "true";
}

function readClause(reader: Reader): ConditionClause | undefined {
  const variable = reader.take(/^\{[^{}]+\}/);
  if (variable === undefined) return undefined;
  const question = variable.slice(1, -1);
  const token = reader.take(/^(>=|<=|!=|=|>|<|notempty\b|empty\b|notcontains\b|contains\b|anyof\b|allof\b)/);
  if (token === undefined) return undefined;
  const operator = (Object.entries(symbols).find(([, symbol]) => symbol === token)?.[0] ?? token) as ConditionOperator;
  if (unary.has(operator)) return { question, operator };
  if (reader.take(/^\[/) !== undefined) {
    const list: Array<string | number> = [];
    if (reader.take(/^\]/) !== undefined) return undefined;
    do {
      const item = readScalar(reader);
      if (item === undefined || typeof item === "boolean") return undefined;
      list.push(item);
    } while (reader.take(/^,/) !== undefined);
    return reader.take(/^\]/) === undefined ? undefined : { question, operator, value: list };
  }
  if (listOperators.has(operator)) return undefined;
  const value = readScalar(reader);
  return value === undefined ? undefined : { question, operator, value };
}

/**
 * The picker's model of an expression, or null when the picker cannot show it as it is: only what formatCondition
 * writes back identically (whitespace aside) is read, and only if survey-core parses it. "" is no clauses.
 */
export function parseCondition(expression: string): ConditionModel | null {
  if (expression.trim() === "") return { combinator: "and", clauses: [] };
  const reader = new Reader(expression);
  const clauses: ConditionClause[] = [];
  let combinator: "and" | "or" | undefined;
  for (;;) {
    const clause = readClause(reader);
    if (!clause) return null;
    clauses.push(clause);
    if (reader.done) break;
    const word = reader.take(/^(and|or)\b/);
    if (word === undefined || (combinator !== undefined && combinator !== word)) return null;
    combinator = word as "and" | "or";
  }
  const model: ConditionModel = { combinator: combinator ?? "and", clauses };
  if (compact(formatCondition(model)) !== compact(expression)) return null;
  const parser = new ConditionsParser();
  if (!parser.parseExpression(expression) || parser.error) return null;
  return model;
}

export interface PickerQuestion {
  /** what the condition names: the question's name, or `panel.name` for a question of the same dynamic panel */
  name: string;
  builderType: BuilderQuestionType | null;
  title: DraftText;
  choices: Array<{ value: string | number | boolean; text: DraftText }>;
}

function pickerChoices(element: Record<string, unknown>): PickerQuestion["choices"] {
  if (element.type === "boolean") {
    return [
      { value: (element.valueTrue as string | number | boolean | undefined) ?? true, text: { da: "Ja", en: "Yes", ...draftTextOf(element.labelTrue) } },
      { value: (element.valueFalse as string | number | boolean | undefined) ?? false, text: { da: "Nej", en: "No", ...draftTextOf(element.labelFalse) } },
    ];
  }
  if (!["radiogroup", "checkbox", "dropdown", "tagbox"].includes(String(element.type))) return [];
  const items = choiceItems(element as ElementJson) ?? [];
  return items.flatMap((item) => {
    const value = isRecord(item) ? item.value : typeof item === "string" && item.includes("|") ? item.slice(0, item.indexOf("|")) : item;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return [];
    const text = isRecord(item) ? draftTextOf(item.text) : typeof item === "string" && item.includes("|") ? { da: item.slice(item.indexOf("|") + 1) } : {};
    return [{ value, text: Object.keys(text).length > 0 ? text : { da: String(value) } }];
  });
}

/**
 * The questions that are answered before `name` – a question's or a page's – as a condition on it may name them:
 * those on earlier pages and earlier on its page, the questions of the panels it sits in included (not the panels,
 * html or the dynamic panels it is in itself); inside a dynamic panel also the earlier questions of the same
 * template, as `panel.name`.
 */
export function questionsBefore(draft: QuestionnaireDraft, name: string): PickerQuestion[] {
  const entries = draftElements(draft);
  const pageIndex = draft.survey.pages.findIndex((page) => page.name === name);
  const self = pageIndex >= 0 ? undefined : entries.find((entry) => entry.name === name);
  if (pageIndex < 0 && !self) return [];
  const result: PickerQuestion[] = [];
  for (const entry of entries) {
    if (pageIndex >= 0 ? entry.pageIndex >= pageIndex : entry === self) break;
    if (self?.ancestors.includes(entry.name)) continue;
    const builderType = builderTypeOf(entry.element);
    if (builderType !== null && !questionTypeInfo(builderType).answers) continue;
    if (builderType === null && ["panel", "flowpanel", "html", "image"].includes(String(entry.element.type))) continue;
    let reference = entry.name;
    if (entry.template !== undefined) {
      if (self?.template !== entry.template) continue;
      reference = `panel.${entry.name}`;
    }
    result.push({ name: reference, builderType, title: draftTextOf(entry.element.title), choices: pickerChoices(entry.element) });
  }
  return result;
}

const textOperators: readonly ConditionOperator[] = ["equal", "notequal", "contains", "notcontains", "empty", "notempty"];
const numberOperators: readonly ConditionOperator[] = ["equal", "notequal", "greater", "less", "greaterorequal", "lessorequal", "empty", "notempty"];
const singleChoiceOperators: readonly ConditionOperator[] = ["equal", "notequal", "anyof", "empty", "notempty"];
const multipleChoiceOperators: readonly ConditionOperator[] = ["contains", "notcontains", "anyof", "allof", "empty", "notempty"];
const booleanOperators: readonly ConditionOperator[] = ["equal", "notequal", "empty", "notempty"];
const answeredOperators: readonly ConditionOperator[] = ["empty", "notempty"];

/** The operators that make sense on a question of the type, in the picker's order; all of them for an unknown type. */
export function operatorsFor(builderType: BuilderQuestionType | null): ReadonlyArray<ConditionClause["operator"]> {
  switch (builderType) {
    case null:
      return conditionOperators;
    case "text":
    case "comment":
      return textOperators;
    case "number":
    case "expression":
      return numberOperators;
    case "radiogroup":
    case "dropdown":
      return singleChoiceOperators;
    case "checkbox":
      return multipleChoiceOperators;
    case "boolean":
      return booleanOperators;
    default:
      return answeredOperators;
  }
}
