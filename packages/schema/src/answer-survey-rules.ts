import type { IPanel, PanelModel, Question, QuestionMatrixDropdownModelBase, QuestionMultipleTextModel, QuestionPanelDynamicModel, SurveyError, SurveyModel } from "survey-core";
import { type AnswerIssues, messages, text } from "./answer-issues.js";
import { isPlainObject } from "./json-value.js";
import type { Locale } from "./localized-text.js";
import { displayElementTypes } from "./survey-elements.js";

// The last pass of validateAnswers: survey-core's own rules (required, validators, min/max …), run on the model
// exactly as the browser runs them, with survey-core's messages in Danish and English and a stable code for each.
// Paths where our own checks already found an error are skipped: survey-core would only repeat it. Also here:
// which answers belong to hidden questions, as survey-core's visibleIf decides.

interface Entry {
  /** the question whose errors these are, or a required panel (its only error: none of its questions answered) */
  element: Question | PanelModel;
  path: string;
  top: string;
  /** for a panel: the answer paths of its questions. An error of ours on one of them (the value was dropped) makes
   * survey-core's "answer at least one" a repeat. */
  inner?: string[];
}

export interface SurveyRulesOptions {
  /** the dynamic matrices whose rows need not be made when none is answered (answer-quiet-matrices.ts) */
  quiet?: ReadonlySet<string>;
  /** whether to read the errors of panels too: only a survey with a required panel has any (answer-required-panels.ts) */
  panels?: boolean;
}

/** What survey-core said about one place, in both locales. */
interface ModelError {
  type: string;
  text: string;
  code: string | undefined;
  isError: boolean;
}

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

/**
 * survey-core's own rules, with their messages in both locales. A required panel's error is reported on the
 * panel's name (inside a `paneldynamic`, on the paneldynamic with the path `name[i].panel`), as `required`.
 */
export function applySurveyRules(
  issues: AnswerIssues,
  model: SurveyModel,
  data: Record<string, unknown>,
  mode: "submit" | "draft",
  options: SurveyRulesOptions = {},
): void {
  // a panel's only error is a required one, which a draft does not report
  new SurveyRules(issues, options.quiet ?? new Set(), options.panels === true && mode === "submit").apply(model, data, mode);
}

/** which validator made an error (survey-core's CustomError does not say) */
const validatorOf = new WeakMap<SurveyError, string>();
/** validators already made to tag their errors: once per validator, for a model is used again (survey-model-pool.ts) */
const tagged = new WeakSet<object>();

class SurveyRules {
  constructor(
    private readonly issues: AnswerIssues,
    private readonly quiet: ReadonlySet<string>,
    private readonly panels: boolean,
  ) {}

  /**
   * Validates in Danish, and only when that gives errors to report validates again in English for their texts
   * (a locale change alone does not renew every error's text, see survey-model.ts).
   */
  apply(model: SurveyModel, data: Record<string, unknown>, mode: "submit" | "draft"): void {
    const da = this.modelErrors(model, data, "da");
    const reported = da.flatMap(({ entry, errors }, i) =>
      this.issues.isFlagged(entry.path) || entry.inner?.some((path) => this.issues.isFlagged(path))
        ? []
        : errors.flatMap((error, j) => (!error.isError || (mode === "draft" && requiredTypes.has(error.type)) ? [] : [{ i, j, entry, error }])),
    );
    if (reported.length === 0) return;
    const en = this.modelErrors(model, data, "en");
    for (const { i, j, entry, error } of reported) {
      const other = en[i];
      const english = other && other.entry.path === entry.path ? other.errors : [];
      const code = error.code ?? errorTypeCodes[error.type] ?? "invalid";
      const fallback = code === "pattern" ? messages.pattern : messages.invalid;
      const message = text(error.text.trim() || fallback.da, english[j]?.text.trim() || fallback.en);
      this.issues.errors.push({ question: entry.top, path: entry.path, code, message });
    }
  }

  private modelErrors(model: SurveyModel, data: Record<string, unknown>, locale: Locale): { entry: Entry; errors: ModelError[] }[] {
    model.locale = locale;
    const entries = liveEntries(model, data, this.quiet, this.panels);
    for (const { element } of entries) if (!element.isPanel) tagValidators(element as Question);
    model.validate(true, false);
    return entries.map((entry) => ({
      entry,
      errors: entry.element.errors.map((error) => ({
        type: error.getErrorType(),
        text: error.getText() ?? "",
        code: entry.element.isPanel ? undefined : this.customCode(error, entry.element as Question),
        isError: error.isError,
      })),
    }));
  }

  private customCode(error: SurveyError, question: Question): string | undefined {
    if (error.getErrorType() !== "custom") return undefined;
    const validator = validatorOf.get(error);
    if (validator) return validatorCodes[validator] ?? "invalid";
    const q = question as Question & { inputType?: string; isValueLessMin?: boolean; isValueGreaterMax?: boolean };
    if (q.isValueLessMin || q.isValueGreaterMax) return "out-of-range";
    if (q.inputType === "email") return "email";
    return undefined;
  }
}

/** Makes each validator of a question mark the errors it creates with its type. */
function tagValidators(question: Question): void {
  for (const validator of question.validators ?? []) {
    if (tagged.has(validator)) continue;
    tagged.add(validator);
    const target = validator as unknown as { createCustomError(name: string): SurveyError; getType(): string };
    const create = target.createCustomError.bind(validator);
    target.createCustomError = (name: string) => {
      const error = create(name);
      validatorOf.set(error, target.getType());
      return error;
    };
  }
}

/**
 * Every question of the live model whose errors count, with its path in the answers. Rows and panels that the
 * model adds to reach `minRowCount`/`minPanelCount` but that are not in the answers are left out: the matrix's own
 * error (required, too few rows) says what is missing, and errors in cells of rows the respondent never sent
 * would only confuse. So a top-level dynamic matrix in `quiet` with no row answered does not have its rows made
 * here: survey-core makes them itself if it validates the matrix (it does not for a hidden one).
 * With `panels`, the panels of the model and of each answered dynamic panel come after the questions.
 */
function liveEntries(model: SurveyModel, data: Record<string, unknown>, quiet: ReadonlySet<string>, panels: boolean): Entry[] {
  const entries: Entry[] = [];
  const panelEntries: Entry[] = [];
  const answered = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const addPanels = (list: IPanel[], prefix: string, top: string | undefined): void => {
    for (const panel of list as PanelModel[]) {
      const inner = panel.questions.map((question) => `${prefix}${question.getValueName()}`);
      panelEntries.push({ element: panel, path: `${prefix}${panel.name}`, top: top ?? panel.name, inner });
    }
  };
  const add = (question: Question, path: string, top: string, value: unknown, topLevel = false): void => {
    entries.push({ element: question, path, top });
    switch (question.getType()) {
      case "multipletext":
        for (const item of (question as QuestionMultipleTextModel).items) add(item.editor, `${path}.${item.name}`, top, undefined);
        break;
      case "matrixdynamic":
      case "matrixdropdown": {
        const dynamic = question.getType() === "matrixdynamic";
        if (dynamic && topLevel && answered(value) === 0 && quiet.has(question.name)) break;
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
          if (panels) {
            const nested: IPanel[] = [];
            panel.addPanelsIntoList(nested);
            addPanels(nested, `${path}[${i}].`, top);
          }
        });
        break;
    }
  };
  for (const question of model.getAllQuestions()) {
    if (!displayElementTypes.has(question.getType())) add(question, question.getValueName(), question.name, data[question.getValueName()], true);
  }
  if (panels) addPanels(model.getAllPanels(), "", undefined);
  return [...entries, ...panelEntries];
}

/** A `hidden-answer` warning for every answer to a question the other answers hide (survey-core's visibleIf). */
export function warnHidden(issues: AnswerIssues, model: SurveyModel, data: Record<string, unknown>): void {
  for (const question of model.getAllQuestions()) {
    const key = question.getValueName();
    if (key in data && (!question.isVisible || !question.isParentVisible)) {
      issues.warnings.push({ question: question.name, path: key, code: "hidden-answer", message: messages.hidden });
    }
  }
}
