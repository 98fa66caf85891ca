import {
  type ItemValue,
  type MatrixDropdownRowModelBase,
  type PanelModel,
  type Question,
  type QuestionMatrixDropdownModelBase,
  type QuestionMatrixModel,
  type QuestionMultipleTextModel,
  type QuestionPanelDynamicModel,
  type SurveyError,
  type SurveyModel,
  settings,
} from "survey-core";
import { findCprNumbers } from "./cpr.js";
import { displayElementTypes } from "./survey-elements.js";
import type { Locale, LocalizedText } from "./localized-text.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { sameValue } from "./choice-items.js";
import { createSurveyModel } from "./survey-model.js";

/**
 * One reason the answers cannot be accepted. `question` is the top-level question (or unknown key) it belongs to;
 * `path` points into the answers: `offersUsed[0].name`, `targetGroupCount.2018`, `paragraphs-Comment`.
 *
 * Codes from Afrapport's own checks: `not-an-object`, `forbidden-key`, `not-json`, `unknown-question`,
 * `unknown-item`, `unknown-column`, `unknown-row`, `unknown-choice`, `wrong-type`, `internal-error`.
 * Codes for survey-core's rules (the browser's): `required`, `min-row-count`, `other-empty`, `out-of-range`,
 * `text-length`, `pattern`, `email`, `expression`, `answer-count`, `not-numeric`, `duplicate-value`,
 * `file-too-large`, `too-many-files`, `invalid`.
 */
export interface AnswerError {
  question: string;
  path: string;
  code: string;
  message: LocalizedText;
}

/**
 * Something the respondent should know but that does not stop a save or a submission.
 * - `cpr`: free text that looks like a CPR number (the number itself is not repeated in the message).
 * - `hidden-answer` (submit only): an answer to a question that the other answers hide. The browser drops such
 *   answers on completion; a submission that still has them came from elsewhere, and they are not errors.
 */
export interface AnswerWarning {
  question: string;
  path: string;
  code: "cpr" | "hidden-answer";
  message: LocalizedText;
}

export interface AnswerValidation {
  ok: boolean;
  errors: AnswerError[];
  warnings: AnswerWarning[];
}

export interface ValidateAnswersOptions {
  /** `submit` (default) checks everything; `draft` everything except that required questions are answered. */
  mode?: "submit" | "draft";
}

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);
const DROP = Symbol("drop");
type Checked = unknown | typeof DROP;

const text = (da: string, en: string): LocalizedText => ({ da, en });
const messages = {
  notAnObject: text("Svarene skal være et objekt med ét felt pr. spørgsmål.", "The answers must be an object with one field per question."),
  forbiddenKey: (key: string) => text(`Feltnavnet "${key}" er ikke tilladt.`, `The field name "${key}" is not allowed.`),
  notJson: text("Svaret indeholder en henvisning til sig selv.", "The answer refers to itself."),
  unknownQuestion: (key: string) => text(`Spørgeskemaet har intet spørgsmål med navnet "${key}".`, `The questionnaire has no question named "${key}".`),
  unknownItem: (key: string) => text(`Spørgsmålet har intet felt med navnet "${key}".`, `The question has no field named "${key}".`),
  unknownColumn: (key: string) => text(`Tabellen har ingen kolonne med navnet "${key}".`, `The table has no column named "${key}".`),
  unknownRow: (key: string) => text(`Tabellen har ingen række med navnet "${key}".`, `The table has no row named "${key}".`),
  unknownChoice: text("Svaret er ikke en af svarmulighederne.", "The answer is not one of the options."),
  cpr: text(
    "Teksten ligner et CPR-nummer. Skriv ikke personoplysninger om borgere.",
    "The text looks like a CPR number. Do not write personal data about citizens.",
  ),
  hidden: text("Spørgsmålet er skjult på grund af de øvrige svar.", "The question is hidden given the other answers."),
  internal: text("Svarene kunne ikke kontrolleres. Prøv igen senere.", "The answers could not be checked. Please try again later."),
  invalid: text("Svaret er ikke gyldigt.", "The answer is not valid."),
  pattern: text("Svaret har ikke det rigtige format.", "The answer is not in the expected format."),
};
const wrongType = {
  number: text("Angiv venligst et tal.", "Please enter a number."),
  string: text("Svaret skal være tekst.", "The answer must be text."),
  boolean: text("Svaret skal være ja eller nej.", "The answer must be yes or no."),
  choice: text("Vælg venligst en af svarmulighederne.", "Please choose one of the options."),
  choices: text("Svaret skal være en liste af svarmuligheder.", "The answer must be a list of options."),
  object: text("Svaret skal være et objekt med ét felt pr. delspørgsmål.", "The answer must be an object with one field per item."),
  rows: text("Svaret skal være en liste af rækker.", "The answer must be a list of rows."),
  row: text("Rækken skal være et objekt med ét felt pr. kolonne.", "The row must be an object with one field per column."),
  files: text("Svaret skal være en liste af filer.", "The answer must be a list of files."),
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
const isPrimitive = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
const isEmpty = (value: unknown) => value === undefined || value === null;
const commentSuffix = () => settings.commentSuffix || "-Comment";
const hasOther = (q: Question) => Boolean((q as Question & { showOtherItem?: boolean }).showOtherItem);
const takesComment = (q: Question) => hasOther(q) || q.showCommentArea;
const numericInput = (q: Question) => q.getType() === "text" && ["number", "range"].includes(String((q as Question & { inputType?: string }).inputType));

/**
 * Checks a respondent's answers against a questionnaire version with survey-core, so the server applies exactly the
 * rules the browser applies (required, visibleIf, validators, min/max), plus what survey-core leaves to the server:
 * unknown keys, value types and choice values. Free text is scanned for CPR numbers (warnings). Messages are in
 * Danish and English. Never throws.
 *
 * Answers to hidden questions are checked for type and choices (they are stored) but not by survey-core's rules
 * (the browser does not validate hidden questions either); on submit they get a `hidden-answer` warning.
 * Validators whose `notificationType` is warning or info do not give errors.
 */
export function validateAnswers(questionnaire: QuestionnaireVersion, answers: unknown, options: ValidateAnswersOptions = {}): AnswerValidation {
  const errors: AnswerError[] = [];
  const warnings: AnswerWarning[] = [];
  try {
    if (!isPlainObject(answers)) {
      errors.push({ question: "", path: "", code: "not-an-object", message: messages.notAnObject });
      return { ok: false, errors, warnings };
    }
    const run = new AnswerCheck(errors, warnings);
    const model = createSurveyModel(questionnaire, "da");
    const data = run.checkTopLevel(model, run.stripForbidden(answers, "", "") as Record<string, unknown>);
    model.data = data;
    run.checkChoices(model, data);
    if (options.mode !== "draft") run.warnHidden(model, data);
    run.applySurveyRules(model, data, options.mode ?? "submit");
    // in the order of the questionnaire, keys that are no question last; stable within a question
    const order = new Map(model.getAllQuestions().map((question, i) => [question.name, i]));
    const byQuestion = (a: { question: string }, b: { question: string }) =>
      (order.get(a.question) ?? order.size) - (order.get(b.question) ?? order.size);
    return { ok: errors.length === 0, errors: errors.sort(byQuestion), warnings: warnings.sort(byQuestion) };
  } catch {
    errors.push({ question: "", path: "", code: "internal-error", message: messages.internal });
    return { ok: false, errors, warnings };
  }
}

interface Entry {
  question: Question;
  path: string;
  top: string;
}

/** What survey-core said about one place, in both locales. */
interface ModelError {
  type: string;
  text: string;
  code: string | undefined;
  isError: boolean;
}

/** Questions whose value (or each element of it) must be one of the choices. */
const choiceTypes = new Set(["radiogroup", "dropdown", "rating", "buttongroup", "imagepicker", "checkbox", "tagbox", "ranking"]);
const requiredTypes = new Set(["required", "requireoneanswer", "requiredinallrowserror", "minrowcounterror", "otherempty"]);
const validatorCodes: Record<string, string> = {
  numericvalidator: "out-of-range",
  textvalidator: "text-length",
  regexvalidator: "pattern",
  emailvalidator: "email",
  expressionvalidator: "expression",
  answercountvalidator: "answer-count",
};
const errorTypeCodes: Record<string, string> = {
  required: "required",
  requireoneanswer: "required",
  requiredinallrowserror: "required",
  minrowcounterror: "min-row-count",
  otherempty: "other-empty",
  requirenumeric: "not-numeric",
  exceedsize: "file-too-large",
  exceedfilescount: "too-many-files",
  eachrowuniqueeerror: "duplicate-value",
  keyduplicationerror: "duplicate-value",
  patternincompleteerror: "pattern",
};

class AnswerCheck {
  /** paths that already have an error of ours; survey-core's errors there would only repeat it */
  private readonly flagged = new Set<string>();
  /** which validator made an error (survey-core's CustomError does not say) */
  private readonly validatorOf = new WeakMap<SurveyError, string>();
  private readonly tagged = new WeakSet<object>();

  constructor(
    private readonly errors: AnswerError[],
    private readonly warnings: AnswerWarning[],
  ) {}

  /** whether this path or one that contains it already has an error of ours */
  private isFlagged(path: string): boolean {
    for (const flagged of this.flagged) {
      if (path === flagged || path.startsWith(`${flagged}.`) || path.startsWith(`${flagged}[`)) return true;
    }
    return false;
  }

  private error(question: string, path: string, code: string, message: LocalizedText): typeof DROP {
    this.errors.push({ question, path, code, message });
    this.flagged.add(path);
    return DROP;
  }

  private scan(question: string, path: string, value: string): void {
    for (const _hit of findCprNumbers(value)) this.warnings.push({ question, path, code: "cpr", message: messages.cpr });
  }

  /** A copy of the answers without `__proto__`, `constructor` and `prototype` keys (each an error) or cycles. */
  stripForbidden(value: unknown, path: string, top: string, ancestors: object[] = []): unknown {
    if (value === null || typeof value !== "object") return value;
    if (ancestors.includes(value)) return this.error(top, path, "not-json", messages.notJson);
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
        this.error(question, keyPath, "forbidden-key", messages.forbiddenKey(key));
        continue;
      }
      const item = this.stripForbidden(value[key], keyPath, question, inner);
      if (item !== DROP) copy[key] = item;
    }
    return copy;
  }

  /** Keys, types and free text of the top-level answers; returns the data survey-core may see. */
  checkTopLevel(model: SurveyModel, answers: Record<string, unknown>): Record<string, unknown> {
    const byName = new Map<string, Question>();
    const byComment = new Map<string, Question>();
    for (const question of model.getAllQuestions()) {
      if (displayElementTypes.has(question.getType())) continue;
      byName.set(question.getValueName(), question);
      if (takesComment(question)) byComment.set(`${question.getValueName()}${commentSuffix()}`, question);
    }
    const calculated = new Set(model.calculatedValues.filter((v) => v.includeIntoResult).map((v) => v.name));
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
        this.error(key, key, "unknown-question", messages.unknownQuestion(key));
      }
    }
    return data;
  }

  private checkText(value: unknown, path: string, top: string): Checked {
    if (typeof value !== "string") return this.error(top, path, "wrong-type", wrongType.string);
    this.scan(top, path, value);
    return value;
  }

  /** The type of one value, by the question (or template cell question) it answers; nested values recursively. */
  private checkValue(question: Question, value: unknown, path: string, top: string): Checked {
    const type = question.getType();
    const multiSelect = (question as Question & { multiSelect?: boolean }).multiSelect === true;
    switch (type) {
      case "text":
        if (!numericInput(question)) return this.checkText(value, path, top);
        return typeof value === "number" && Number.isFinite(value) ? value : this.error(top, path, "wrong-type", wrongType.number);
      case "comment":
        return this.checkText(value, path, top);
      case "signaturepad":
        return typeof value === "string" ? value : this.error(top, path, "wrong-type", wrongType.string);
      case "boolean": {
        const { valueTrue, valueFalse } = question as Question & { valueTrue?: unknown; valueFalse?: unknown };
        if (valueTrue !== undefined || valueFalse !== undefined) {
          return sameValue(value, valueTrue ?? true) || sameValue(value, valueFalse ?? false) ? value : this.error(top, path, "unknown-choice", messages.unknownChoice);
        }
        return typeof value === "boolean" ? value : this.error(top, path, "wrong-type", wrongType.boolean);
      }
      case "radiogroup":
      case "dropdown":
      case "rating":
      case "buttongroup":
      case "imagepicker":
        if (type === "imagepicker" && multiSelect) return this.checkChoiceList(value, path, top);
        return isPrimitive(value) ? value : this.error(top, path, "wrong-type", wrongType.choice);
      case "checkbox":
      case "tagbox":
      case "ranking":
        return this.checkChoiceList(value, path, top);
      case "file":
        return Array.isArray(value) && value.every((file) => isPlainObject(file) && typeof file.name === "string")
          ? value
          : this.error(top, path, "wrong-type", wrongType.files);
      case "matrix":
        return this.checkMatrix(question as QuestionMatrixModel, value, path, top);
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
    return Array.isArray(value) && value.every(isPrimitive) ? value : this.error(top, path, "wrong-type", wrongType.choices);
  }

  private checkMatrix(question: QuestionMatrixModel, value: unknown, path: string, top: string): Checked {
    if (!isPlainObject(value)) return this.error(top, path, "wrong-type", wrongType.object);
    const rows = question.rows.map((row: ItemValue) => row.value);
    const columns = question.columns.map((column: ItemValue) => column.value);
    const result: Record<string, unknown> = {};
    for (const [key, cell] of Object.entries(value)) {
      if (isEmpty(cell)) continue;
      const cellPath = `${path}.${key}`;
      if (!rows.some((row) => sameValue(row, key))) this.error(top, cellPath, "unknown-row", messages.unknownRow(key));
      else if (!isPrimitive(cell)) this.error(top, cellPath, "wrong-type", wrongType.choice);
      else if (!columns.some((column) => sameValue(column, cell))) this.error(top, cellPath, "unknown-choice", messages.unknownChoice);
      else result[key] = cell;
    }
    return result;
  }

  private checkMultipleText(question: QuestionMultipleTextModel, value: unknown, path: string, top: string): Checked {
    if (!isPlainObject(value)) return this.error(top, path, "wrong-type", wrongType.object);
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isEmpty(item)) continue;
      const editor = question.getItemByName(key)?.editor;
      if (!editor) {
        this.error(top, `${path}.${key}`, "unknown-item", messages.unknownItem(key));
        continue;
      }
      const checked = this.checkValue(editor, item, `${path}.${key}`, top);
      if (checked !== DROP) result[key] = checked;
    }
    return result;
  }

  private checkRows(value: unknown, path: string, top: string, checkRow: (row: Record<string, unknown>, rowPath: string) => Record<string, unknown>): Checked {
    if (!Array.isArray(value)) return this.error(top, path, "wrong-type", wrongType.rows);
    return value.map((row, i) => {
      if (isEmpty(row)) return {};
      if (!isPlainObject(row)) {
        this.error(top, `${path}[${i}]`, "wrong-type", wrongType.row);
        return {}; // keeps the indexes of the other rows
      }
      return checkRow(row, `${path}[${i}]`);
    });
  }

  private checkMatrixDropdown(question: QuestionMatrixDropdownModelBase, value: unknown, path: string, top: string): Checked {
    if (!isPlainObject(value)) return this.error(top, path, "wrong-type", wrongType.object);
    const rows = ((question as QuestionMatrixDropdownModelBase & { rows?: ItemValue[] }).rows ?? []).map((row) => row.value);
    const result: Record<string, unknown> = {};
    for (const [key, row] of Object.entries(value)) {
      if (isEmpty(row)) continue;
      const rowPath = `${path}.${key}`;
      if (!rows.some((r) => sameValue(r, key))) this.error(top, rowPath, "unknown-row", messages.unknownRow(key));
      else if (!isPlainObject(row)) this.error(top, rowPath, "wrong-type", wrongType.row);
      else result[key] = this.checkCells(question, row, rowPath, top);
    }
    return result;
  }

  private checkCells(matrix: QuestionMatrixDropdownModelBase, row: Record<string, unknown>, rowPath: string, top: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const [key, cell] of Object.entries(row)) {
      if (isEmpty(cell)) continue;
      const cellPath = `${rowPath}.${key}`;
      const column = matrix.getColumnByName(key);
      const commented = key.endsWith(commentSuffix()) ? matrix.getColumnByName(key.slice(0, -commentSuffix().length)) : undefined;
      let checked: Checked;
      if (column) checked = this.checkValue(column.templateQuestion, cell, cellPath, top);
      else if (commented && takesComment(commented.templateQuestion)) checked = this.checkText(cell, cellPath, top);
      else checked = this.error(top, cellPath, "unknown-column", messages.unknownColumn(key));
      if (checked !== DROP) result[key] = checked;
    }
    return result;
  }

  private checkPanel(template: PanelModel, panel: Record<string, unknown>, panelPath: string, top: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const questions = template.questions.filter((q) => !displayElementTypes.has(q.getType()));
    for (const [key, item] of Object.entries(panel)) {
      if (isEmpty(item)) continue;
      const itemPath = `${panelPath}.${key}`;
      const question = questions.find((q) => q.getValueName() === key);
      const commented = questions.find((q) => takesComment(q) && `${q.getValueName()}${commentSuffix()}` === key);
      let checked: Checked;
      if (question) checked = this.checkValue(question, item, itemPath, top);
      else if (commented) checked = this.checkText(item, itemPath, top);
      else checked = this.error(top, itemPath, "unknown-question", messages.unknownQuestion(key));
      if (checked !== DROP) result[key] = checked;
    }
    return result;
  }

  /** Choice values against the choices the live model offers (which may depend on other answers). */
  checkChoices(model: SurveyModel, data: Record<string, unknown>): void {
    for (const question of model.getAllQuestions()) {
      const key = question.getValueName();
      if (key in data) this.checkChoice(question, data[key], key, question.name);
    }
  }

  private checkChoice(question: Question, value: unknown, path: string, top: string): void {
    if (isEmpty(value) || this.isFlagged(path)) return;
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
          if (cellQuestion) this.checkChoice(cellQuestion, cell, `${rowPath}.${key}`, top);
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
          if (key in answers) this.checkChoice(inner, answers[key], `${path}[${i}].${key}`, top);
        }
      });
      return;
    }
    const select = question as Question & { choices?: ItemValue[]; visibleChoices?: ItemValue[]; choicesByUrl?: { url?: string }; choicesFromQuestion?: string; getStoreOthersAsComment?: () => boolean; visibleRateValues?: ItemValue[] };
    if (select.choicesByUrl?.url || select.choicesFromQuestion) return;
    if (!choiceTypes.has(type)) return;
    const values = type === "rating" ? (select.visibleRateValues ?? []) : [...(select.choices ?? []), ...(select.visibleChoices ?? [])];
    const otherText = hasOther(question) && select.getStoreOthersAsComment?.() === false;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((item, i) => {
      if (values.some((choice) => sameValue(choice.value, item))) return;
      const itemPath = Array.isArray(value) ? `${path}[${i}]` : path;
      if (otherText && typeof item === "string") this.scan(top, itemPath, item);
      else this.error(top, itemPath, "unknown-choice", messages.unknownChoice);
    });
  }

  warnHidden(model: SurveyModel, data: Record<string, unknown>): void {
    for (const question of model.getAllQuestions()) {
      const key = question.getValueName();
      if (key in data && (!question.isVisible || !question.isParentVisible)) {
        this.warnings.push({ question: question.name, path: key, code: "hidden-answer", message: messages.hidden });
      }
    }
  }

  /** survey-core's own rules, with their messages in both locales. */
  applySurveyRules(model: SurveyModel, data: Record<string, unknown>, mode: "submit" | "draft"): void {
    const byLocale = (["da", "en"] as const satisfies readonly Locale[]).map((locale) => this.modelErrors(model, data, locale));
    const [da = [], en = []] = byLocale;
    da.forEach(({ entry, errors }, i) => {
      if (this.isFlagged(entry.path)) return;
      const other = en[i];
      const english = other && other.entry.path === entry.path ? other.errors : [];
      errors.forEach((error, j) => {
        if (!error.isError || (mode === "draft" && requiredTypes.has(error.type))) return;
        const code = error.code ?? errorTypeCodes[error.type] ?? "invalid";
        const fallback = code === "pattern" ? messages.pattern : messages.invalid;
        const message = text(error.text.trim() || fallback.da, english[j]?.text.trim() || fallback.en);
        this.errors.push({ question: entry.top, path: entry.path, code, message });
      });
    });
  }

  private modelErrors(model: SurveyModel, data: Record<string, unknown>, locale: Locale): { entry: Entry; errors: ModelError[] }[] {
    model.locale = locale;
    const entries = liveEntries(model, data);
    for (const { question } of entries) this.tagValidators(question);
    model.validate(true, false);
    return entries.map((entry) => ({
      entry,
      errors: entry.question.errors.map((error) => ({
        type: error.getErrorType(),
        text: error.getText() ?? "",
        code: this.customCode(error, entry.question),
        isError: error.isError,
      })),
    }));
  }

  private customCode(error: SurveyError, question: Question): string | undefined {
    if (error.getErrorType() !== "custom") return undefined;
    const validator = this.validatorOf.get(error);
    if (validator) return validatorCodes[validator] ?? "invalid";
    const q = question as Question & { inputType?: string; isValueLessMin?: boolean; isValueGreaterMax?: boolean };
    if (q.isValueLessMin || q.isValueGreaterMax) return "out-of-range";
    if (q.inputType === "email") return "email";
    return undefined;
  }

  /** Makes each validator of a question mark the errors it creates with its type. */
  private tagValidators(question: Question): void {
    for (const validator of question.validators ?? []) {
      if (this.tagged.has(validator)) continue;
      this.tagged.add(validator);
      const target = validator as unknown as { createCustomError(name: string): SurveyError; getType(): string };
      const create = target.createCustomError.bind(validator);
      target.createCustomError = (name: string) => {
        const error = create(name);
        this.validatorOf.set(error, target.getType());
        return error;
      };
    }
  }
}

/**
 * Every question of the live model whose errors count, with its path in the answers. Rows and panels that the
 * model adds to reach `minRowCount`/`minPanelCount` but that are not in the answers are left out: the matrix's own
 * error (required, too few rows) says what is missing, and errors in cells of rows the respondent never sent
 * would only confuse.
 */
function liveEntries(model: SurveyModel, data: Record<string, unknown>): Entry[] {
  const entries: Entry[] = [];
  const answered = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const add = (question: Question, path: string, top: string, value: unknown): void => {
    entries.push({ question, path, top });
    switch (question.getType()) {
      case "multipletext":
        for (const item of (question as QuestionMultipleTextModel).items) add(item.editor, `${path}.${item.name}`, top, undefined);
        break;
      case "matrixdynamic":
      case "matrixdropdown": {
        const dynamic = question.getType() === "matrixdynamic";
        (question as QuestionMatrixDropdownModelBase).visibleRows.forEach((row, i) => {
          if (dynamic && i >= answered(value)) return;
          const rowPath = dynamic ? `${path}[${i}]` : `${path}.${String(row.rowName)}`;
          for (const cell of row.cells) add(cell.question, `${rowPath}.${cell.column.name}`, top, undefined);
        });
        break;
      }
      case "paneldynamic":
        (question as QuestionPanelDynamicModel).panels.forEach((panel, i) => {
          if (i >= answered(value)) return;
          const answers = Array.isArray(value) && isPlainObject(value[i]) ? value[i] : {};
          for (const inner of panel.questions) add(inner, `${path}[${i}].${inner.getValueName()}`, top, answers[inner.getValueName()]);
        });
        break;
    }
  };
  for (const question of model.getAllQuestions()) {
    if (!displayElementTypes.has(question.getType())) add(question, question.getValueName(), question.name, data[question.getValueName()]);
  }
  return entries;
}
