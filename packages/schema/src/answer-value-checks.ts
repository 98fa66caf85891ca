import {
  type ItemValue,
  type PanelModel,
  type Question,
  type QuestionMatrixDropdownModelBase,
  type QuestionMatrixModel,
  type QuestionMultipleTextModel,
  type QuestionPanelDynamicModel,
  type SurveyModel,
  settings,
} from "survey-core";
import { type AnswerIssues, type Checked, DROP, messages, wrongType } from "./answer-issues.js";
import { sameValue } from "./choice-items.js";
import { cprWarnings } from "./cpr-warnings.js";
import { isPlainObject } from "./json-value.js";
import { displayElementTypes } from "./survey-elements.js";

// The first pass of validateAnswers, before survey-core sees anything: which keys the answers may have, and
// whether each value has the type and shape its question takes (survey-core checks neither). What does not pass
// is an error and is left out of the data survey-core is given. Free text is scanned for CPR numbers on the way.

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

const isPrimitive = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
/** no answer here: the checks skip it (also answer-choice-checks.ts) */
export const isEmpty = (value: unknown) => value === undefined || value === null;
const commentSuffix = () => settings.commentSuffix || "-Comment";
/** whether the live question shows "Other" (also answer-choice-checks.ts) */
export const hasOther = (q: Question) => Boolean((q as Question & { showOtherItem?: boolean }).showOtherItem);
/**
 * The `valuePropertyName` of a checkbox, tagbox or ranking (all survey-core checkboxes), if it has one: its value is
 * then a list of objects `[{ fruit: "apple" }]` instead of `["apple"]` (also answer-choice-checks.ts).
 */
export const valuePropertyOf = (q: Question): string | undefined => {
  const name = (q as Question & { valuePropertyName?: unknown }).valuePropertyName;
  return typeof name === "string" && name !== "" && ["checkbox", "tagbox", "ranking"].includes(q.getType()) ? name : undefined;
};
const takesComment = (q: Question) => hasOther(q) || q.showCommentArea;
const numericInput = (q: Question) => q.getType() === "text" && ["number", "range"].includes(String((q as Question & { inputType?: string }).inputType));

/**
 * What the checks read of a question, once per question object: survey-core's property getters are slow, and a
 * model kept for many checks (answer-draft-checker.ts) is asked the same things again and again. Only what the
 * question's JSON fixes is kept here – nothing that depends on the answers a model holds.
 */
interface Facts {
  type: string;
  numeric: boolean;
  multiSelect: boolean;
  valueTrue: unknown;
  valueFalse: unknown;
  valueProperty: string | undefined;
  takesComment: boolean;
  /** a matrix's row and column values */
  rows: unknown[];
  columns: unknown[];
}
const known = new WeakMap<Question, Facts>();

function factsOf(question: Question): Facts {
  let facts = known.get(question);
  if (facts === undefined) {
    const q = question as Question & { multiSelect?: boolean; valueTrue?: unknown; valueFalse?: unknown };
    const type = question.getType();
    facts = {
      type,
      numeric: numericInput(question),
      multiSelect: q.multiSelect === true,
      valueTrue: q.valueTrue,
      valueFalse: q.valueFalse,
      valueProperty: valuePropertyOf(question),
      takesComment: takesComment(question),
      rows: type === "matrix" ? (question as QuestionMatrixModel).rows.map((row: ItemValue) => row.value) : [],
      columns: type === "matrix" ? (question as QuestionMatrixModel).columns.map((column: ItemValue) => column.value) : [],
    };
    known.set(question, facts);
  }
  return facts;
}

/** Every question of a model with the key of its answer, in questionnaire order; read once per model. */
const questionLists = new WeakMap<SurveyModel, { question: Question; key: string }[]>();
export function questionsOf(model: SurveyModel): { question: Question; key: string }[] {
  let list = questionLists.get(model);
  if (list === undefined) questionLists.set(model, (list = model.getAllQuestions().map((question) => ({ question, key: question.getValueName() }))));
  return list;
}

/**
 * A matrix's column by name, as getColumnByName finds it (the first of that name), with the columns read once per
 * matrix (also answer-choice-checks.ts).
 */
const columnMaps = new WeakMap<QuestionMatrixDropdownModelBase, Map<string, ReturnType<QuestionMatrixDropdownModelBase["getColumnByName"]>>>();
export function columnOf(matrix: QuestionMatrixDropdownModelBase, name: string): ReturnType<QuestionMatrixDropdownModelBase["getColumnByName"]> | undefined {
  let columns = columnMaps.get(matrix);
  if (columns === undefined) {
    columns = new Map();
    for (const column of matrix.columns) if (!columns.has(column.name)) columns.set(column.name, column);
    columnMaps.set(matrix, columns);
  }
  return columns.get(name);
}

/** The questions of a model by the key of their answer, and by the key of their comment; read once per model. */
interface TopLevel {
  byName: Map<string, Question>;
  byComment: Map<string, Question>;
  calculated: Set<string>;
}
const topLevels = new WeakMap<SurveyModel, TopLevel>();

function topLevelOf(model: SurveyModel): TopLevel {
  let top = topLevels.get(model);
  if (top === undefined) {
    const byName = new Map<string, Question>();
    const byComment = new Map<string, Question>();
    for (const question of model.getAllQuestions()) {
      if (displayElementTypes.has(question.getType())) continue;
      byName.set(question.getValueName(), question);
      if (takesComment(question)) byComment.set(`${question.getValueName()}${commentSuffix()}`, question);
    }
    const calculated = new Set(model.calculatedValues.filter((v) => v.includeIntoResult).map((v) => v.name));
    topLevels.set(model, (top = { byName, byComment, calculated }));
  }
  return top;
}

/** Keys, types and shapes of the answers, question by question; nested values recursively. */
export class AnswerValueCheck {
  constructor(private readonly issues: AnswerIssues) {}

  /** A copy of the answers without `__proto__`, `constructor` and `prototype` keys (each an error) or cycles. */
  stripForbidden(value: unknown, path: string, top: string, ancestors: object[] = []): unknown {
    if (value === null || typeof value !== "object") return value;
    if (ancestors.includes(value)) return this.issues.error(top, path, "not-json", messages.notJson);
    const inner = [...ancestors, value];
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        const copy = this.stripForbidden(item, `${path}[${i}]`, top, inner);
        return copy === DROP ? null : copy;
      });
    }
    if (!isPlainObject(value)) return value; // not JSON; the type checks refuse it where it matters
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const keyPath = path === "" ? key : `${path}.${key}`;
      const question = top === "" ? key : top;
      if (forbiddenKeys.has(key)) {
        this.issues.error(question, keyPath, "forbidden-key", messages.forbiddenKey(key));
        continue;
      }
      const item = this.stripForbidden(value[key], keyPath, question, inner);
      if (item !== DROP) copy[key] = item;
    }
    return copy;
  }

  /** Keys, types and free text of the top-level answers; returns the data survey-core may see. */
  checkTopLevel(model: SurveyModel, answers: Record<string, unknown>): Record<string, unknown> {
    const { byName, byComment, calculated } = topLevelOf(model);
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(answers)) {
      if (isEmpty(value)) continue;
      const question = byName.get(key);
      const commented = byComment.get(key);
      if (question) {
        const checked = this.checkValue(question, value, key, question.name);
        if (checked !== DROP) data[key] = checked;
      } else if (commented) {
        const checked = this.checkText(value, key, commented.name);
        if (checked !== DROP) data[key] = checked;
      } else if (!calculated.has(key)) {
        this.issues.error(key, key, "unknown-question", messages.unknownQuestion(key));
      }
    }
    return data;
  }

  private checkText(value: unknown, path: string, top: string): Checked {
    if (typeof value !== "string") return this.issues.error(top, path, "wrong-type", wrongType.string);
    this.issues.warnings.push(...cprWarnings(top, path, value));
    return value;
  }

  /** The type of one value, by the question (or template cell question) it answers; nested values recursively. */
  private checkValue(question: Question, value: unknown, path: string, top: string): Checked {
    const facts = factsOf(question);
    const { type, multiSelect } = facts;
    switch (type) {
      case "text":
        if (!facts.numeric) return this.checkText(value, path, top);
        return typeof value === "number" && Number.isFinite(value) ? value : this.issues.error(top, path, "wrong-type", wrongType.number);
      case "comment":
        return this.checkText(value, path, top);
      case "signaturepad":
        return typeof value === "string" ? value : this.issues.error(top, path, "wrong-type", wrongType.string);
      case "boolean": {
        const { valueTrue, valueFalse } = facts;
        if (valueTrue !== undefined || valueFalse !== undefined) {
          return sameValue(value, valueTrue ?? true) || sameValue(value, valueFalse ?? false) ? value : this.issues.error(top, path, "unknown-choice", messages.unknownChoice);
        }
        return typeof value === "boolean" ? value : this.issues.error(top, path, "wrong-type", wrongType.boolean);
      }
      case "radiogroup":
      case "dropdown":
      case "rating":
      case "buttongroup":
      case "imagepicker":
        if (type === "imagepicker" && multiSelect) return this.checkChoiceList(value, path, top);
        return isPrimitive(value) ? value : this.issues.error(top, path, "wrong-type", wrongType.choice);
      case "checkbox":
      case "tagbox":
      case "ranking": {
        const property = facts.valueProperty;
        return property === undefined ? this.checkChoiceList(value, path, top) : this.checkNamedChoiceList(value, property, path, top);
      }
      case "file":
        return Array.isArray(value) && value.every((file) => isPlainObject(file) && typeof file.name === "string")
          ? value
          : this.issues.error(top, path, "wrong-type", wrongType.files);
      case "matrix":
        return this.checkMatrix(facts, value, path, top);
      case "multipletext":
        return this.checkMultipleText(question as QuestionMultipleTextModel, value, path, top);
      case "matrixdynamic":
        return this.checkRows(value, path, top, (row, rowPath) => this.checkCells(question as QuestionMatrixDropdownModelBase, row, rowPath, top));
      case "matrixdropdown":
        return this.checkMatrixDropdown(question as QuestionMatrixDropdownModelBase, value, path, top);
      case "paneldynamic":
        return this.checkRows(value, path, top, (panel, panelPath) => this.checkPanel((question as QuestionPanelDynamicModel).template, panel, panelPath, top));
      default:
        return value; // expression (computed) and types without a fixed value shape
    }
  }

  private checkChoiceList(value: unknown, path: string, top: string): Checked {
    return Array.isArray(value) && value.every(isPrimitive) ? value : this.issues.error(top, path, "wrong-type", wrongType.choices);
  }

  /** A choice list stored with `valuePropertyName`: each element an object whose only field is that property. */
  private checkNamedChoiceList(value: unknown, property: string, path: string, top: string): Checked {
    const named = (item: unknown) => isPlainObject(item) && Object.keys(item).length === 1 && isPrimitive(item[property]);
    return Array.isArray(value) && value.every(named) ? value : this.issues.error(top, path, "wrong-type", wrongType.namedChoices(property));
  }

  /**
   * Checks each given entry of an object answer (matrix rows, multipletext items, cells of a row, questions of a
   * panel) with `check`, which returns the value to keep or DROP; empty entries are skipped.
   */
  private checkEntries(value: Record<string, unknown>, path: string, check: (key: string, item: unknown, itemPath: string) => Checked): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isEmpty(item)) continue;
      const checked = check(key, item, `${path}.${key}`);
      if (checked !== DROP) result[key] = checked;
    }
    return result;
  }

  private checkMatrix({ rows, columns }: Facts, value: unknown, path: string, top: string): Checked {
    if (!isPlainObject(value)) return this.issues.error(top, path, "wrong-type", wrongType.object);
    return this.checkEntries(value, path, (key, cell, cellPath) => {
      if (!rows.some((row) => sameValue(row, key))) return this.issues.error(top, cellPath, "unknown-row", messages.unknownRow(key));
      if (!isPrimitive(cell)) return this.issues.error(top, cellPath, "wrong-type", wrongType.choice);
      if (!columns.some((column) => sameValue(column, cell))) return this.issues.error(top, cellPath, "unknown-choice", messages.unknownChoice);
      return cell;
    });
  }

  private checkMultipleText(question: QuestionMultipleTextModel, value: unknown, path: string, top: string): Checked {
    if (!isPlainObject(value)) return this.issues.error(top, path, "wrong-type", wrongType.object);
    return this.checkEntries(value, path, (key, item, itemPath) => {
      const editor = question.getItemByName(key)?.editor;
      if (!editor) return this.issues.error(top, itemPath, "unknown-item", messages.unknownItem(key));
      return this.checkValue(editor, item, itemPath, top);
    });
  }

  private checkRows(value: unknown, path: string, top: string, checkRow: (row: Record<string, unknown>, rowPath: string) => Record<string, unknown>): Checked {
    if (!Array.isArray(value)) return this.issues.error(top, path, "wrong-type", wrongType.rows);
    return value.map((row, i) => {
      if (isEmpty(row)) return {};
      if (!isPlainObject(row)) {
        this.issues.error(top, `${path}[${i}]`, "wrong-type", wrongType.row);
        return {}; // keeps the indexes of the other rows
      }
      return checkRow(row, `${path}[${i}]`);
    });
  }

  private checkMatrixDropdown(question: QuestionMatrixDropdownModelBase, value: unknown, path: string, top: string): Checked {
    if (!isPlainObject(value)) return this.issues.error(top, path, "wrong-type", wrongType.object);
    const rows = ((question as QuestionMatrixDropdownModelBase & { rows?: ItemValue[] }).rows ?? []).map((row) => row.value);
    return this.checkEntries(value, path, (key, row, rowPath) => {
      if (!rows.some((r) => sameValue(r, key))) return this.issues.error(top, rowPath, "unknown-row", messages.unknownRow(key));
      if (!isPlainObject(row)) return this.issues.error(top, rowPath, "wrong-type", wrongType.row);
      return this.checkCells(question, row, rowPath, top);
    });
  }

  private checkCells(matrix: QuestionMatrixDropdownModelBase, row: Record<string, unknown>, rowPath: string, top: string): Record<string, unknown> {
    return this.checkEntries(row, rowPath, (key, cell, cellPath) => {
      const column = columnOf(matrix, key);
      const commented = key.endsWith(commentSuffix()) ? columnOf(matrix, key.slice(0, -commentSuffix().length)) : undefined;
      if (column) return this.checkValue(column.templateQuestion, cell, cellPath, top);
      if (commented && factsOf(commented.templateQuestion).takesComment) return this.checkText(cell, cellPath, top);
      return this.issues.error(top, cellPath, "unknown-column", messages.unknownColumn(key));
    });
  }

  private checkPanel(template: PanelModel, panel: Record<string, unknown>, panelPath: string, top: string): Record<string, unknown> {
    const questions = template.questions.filter((q) => !displayElementTypes.has(q.getType()));
    return this.checkEntries(panel, panelPath, (key, item, itemPath) => {
      const question = questions.find((q) => q.getValueName() === key);
      const commented = questions.find((q) => takesComment(q) && `${q.getValueName()}${commentSuffix()}` === key);
      if (question) return this.checkValue(question, item, itemPath, top);
      if (commented) return this.checkText(item, itemPath, top);
      return this.issues.error(top, itemPath, "unknown-question", messages.unknownQuestion(key));
    });
  }
}
