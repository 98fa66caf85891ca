import { settings, type SurveyModel } from "survey-core";
import { type AnswerError, AnswerIssues, byQuestionOrder, type AnswerWarning } from "./answer-issues.js";
import { checkChoices, templateSource, type ChoiceSource } from "./answer-choice-checks.js";
import { AnswerValueCheck } from "./answer-value-checks.js";
import { isPlainObject, isRecord } from "./json-value.js";
import type { LocalizedText } from "./localized-text.js";
import type { QuestionnaireVersion } from "./questionnaire.js";
import { createSurveyModel } from "./survey-model.js";

// The autosave's validation without a survey-core model per call. In draft mode validateAnswers reports our own
// checks (keys, types, choices, CPR) and what survey-core's rules say apart from "required" – and in the
// questionnaires Afrapport ships, those rules are a few validators on number fields. So a questionnaire version is
// compiled once into a survey-core model that never holds answers (the questions' types and choices, which do not
// depend on answers here) and those validators, and the same findings come out without building a model and its
// matrix rows for every save. A version that uses anything this does not model – another kind of validator,
// choices or rows that depend on answers, default values, triggers, expressions, dynamic panels, an element
// property not listed below – is not compiled, and validateDraft gives it the full survey-core pass.
// answer-draft-checker.test.ts holds both passes to the same findings on generated answers.

/** A validator of a number field, as survey-core applies it, with its own message (survey-core's text for it). */
type NumberRule =
  | { kind: "numeric"; min: number | undefined; max: number | undefined; message: LocalizedText }
  | { kind: "regex"; regex: RegExp; message: LocalizedText };

/** A number field with validators: a top-level `text` question, or an item of a `multipletext`. */
interface RuledField {
  question: string;
  item: string | undefined;
  rules: NumberRule[];
}

export interface DraftChecker {
  /** the version's model, never given answers: its questions' types and choices */
  model: SurveyModel;
  /** question name → position in the questionnaire (how validateAnswers orders its findings) */
  order: Map<string, number>;
  /** in the order survey-core's pass reports them: by question, a multipletext's items in item order */
  fields: RuledField[];
  /** the dynamic matrices: more rows than survey-core makes is left to the full pass */
  dynamicMatrices: string[];
  /** the matrix rows and choice rules of `model`, read once */
  choices: ChoiceSource;
}

const surveyKeys = new Set(["pages", "title", "description", "showQuestionNumbers", "showProgressBar", "progressBarType", "questionErrorLocation", "widthMode", "completedHtml", "showTitle"]);
const pageKeys = new Set(["name", "title", "description", "elements", "navigationTitle", "navigationDescription"]);
const panelKeys = new Set(["type", "name", "title", "description", "elements", "state", "visibleIf", "isRequired", "requiredIf", "startWithNewLine", "width", "minWidth", "maxWidth"]);
/** what any question may hold: texts, layout, visibility and "required" (which a draft does not report) */
const questionKeys = [
  "type", "name", "title", "description", "isRequired", "requiredIf", "requiredErrorText", "visibleIf", "startWithNewLine", "width", "minWidth", "maxWidth",
  "titleLocation", "descriptionLocation", "hideNumber", "indent", "placeholder", "aggregation", "reportSection", "screening", "previousNames",
];
const choiceKeys = ["choices", "colCount", "showOtherItem", "hasOther", "otherText", "otherPlaceholder", "showNoneItem", "hasNone", "noneText", "choicesOrder", "separateSpecialChoices", "storeOthersAsComment", "allowClear", "searchEnabled"];
const typeKeys: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    text: ["inputType", "maxLength", "size", "autocomplete", "validators"],
    comment: ["maxLength", "rows", "autoGrow", "allowResize"],
    boolean: ["labelTrue", "labelFalse", "label", "displayMode", "valueTrue", "valueFalse", "swapOrder"],
    radiogroup: choiceKeys,
    dropdown: choiceKeys,
    checkbox: choiceKeys,
    tagbox: choiceKeys,
    rating: ["rateMin", "rateMax", "rateStep", "rateValues", "rateCount", "rateType", "minRateDescription", "maxRateDescription", "displayMode"],
    matrix: ["columns", "rows", "isAllRowRequired", "columnMinWidth", "rowTitleWidth", "alternateRows", "showHeader"],
    multipletext: ["items", "colCount", "itemSize", "itemTitleWidth"],
    matrixdynamic: ["columns", "rowCount", "minRowCount", "addRowText", "removeRowText", "allowAddRows", "allowRemoveRows", "confirmDelete", "columnMinWidth"],
    file: ["acceptedTypes", "allowMultiple", "maxSize", "storeDataAsText", "waitForUpload", "showPreview", "needConfirmRemoveFile"],
    html: ["html"],
    image: ["imageLink", "imageHeight", "imageWidth", "contentMode", "imageFit", "altText"],
  }).map(([type, keys]) => [type, new Set([...questionKeys, ...keys])]),
);
const itemKeys = new Set(["name", "title", "inputType", "isRequired", "requiredErrorText", "placeholder", "maxLength", "size", "validators"]);
const columnKeys = new Set(["name", "title", "cellType", "choices", "isRequired", "requiredErrorText", "placeholder", "width", "minWidth", "inputType", "colCount"]);
const cellTypes = new Set(["text", "comment", "boolean", "dropdown", "checkbox", "radiogroup", "tagbox"]);
const choiceTypes = new Set(["dropdown", "checkbox", "radiogroup", "tagbox"]);

/** Thrown while compiling: the version uses something the checker does not model. */
class Unsupported extends Error {}

const only = (json: Record<string, unknown>, keys: ReadonlySet<string>): void => {
  for (const key of Object.keys(json)) if (!keys.has(key)) throw new Unsupported(key);
};

const itemValueKeys = new Set(["value", "text", "isExclusive"]);

/**
 * Items (choices, rows, columns) that are values and texts – none shown or enabled by a condition. `isExclusive`
 * (a choice that clears the others when picked) changes what the browser does, not what a value may be.
 */
function staticItems(items: unknown): void {
  if (!Array.isArray(items)) throw new Unsupported("items");
  for (const item of items) {
    if (typeof item === "string" || typeof item === "number") continue;
    if (!isRecord(item)) throw new Unsupported("item");
    only(item, itemValueKeys);
  }
}

/** survey-core's text of a validator's error: its own `text`, the same in Danish and English or given in both. */
function ownMessage(text: unknown): LocalizedText {
  const usable = (value: unknown): value is string => typeof value === "string" && value.trim() !== "" && !value.includes("{");
  if (usable(text)) return { da: text.trim(), en: text.trim() };
  if (isRecord(text) && Object.keys(text).every((key) => key === "da" || key === "en") && usable(text.da) && usable(text.en)) {
    return { da: text.da.trim(), en: text.en.trim() };
  }
  throw new Unsupported("validator text");
}

function numberRules(validators: unknown): NumberRule[] {
  if (!Array.isArray(validators)) throw new Unsupported("validators");
  return validators.map((validator): NumberRule => {
    if (!isRecord(validator)) throw new Unsupported("validator");
    const bound = (value: unknown) => {
      if (value === undefined || (typeof value === "number" && Number.isFinite(value))) return value;
      throw new Unsupported("validator bound");
    };
    if (validator.type === "numeric") {
      only(validator, new Set(["type", "text", "minValue", "maxValue"]));
      return { kind: "numeric", min: bound(validator.minValue), max: bound(validator.maxValue), message: ownMessage(validator.text) };
    }
    if (validator.type === "regex" && typeof validator.regex === "string") {
      only(validator, new Set(["type", "text", "regex"]));
      return { kind: "regex", regex: new RegExp(validator.regex), message: ownMessage(validator.text) };
    }
    throw new Unsupported(`validator ${String(validator.type)}`);
  });
}

/** A `text` field that holds a number: the only kind that may carry validators here. */
function isNumberField(json: Record<string, unknown>): boolean {
  if (json.inputType === "number") return true;
  if (json.inputType === undefined || json.inputType === "text") return false;
  throw new Unsupported("inputType");
}

function compile(questionnaire: QuestionnaireVersion): DraftChecker {
  const survey = questionnaire.survey as unknown as Record<string, unknown>;
  only(survey, surveyKeys);
  if (!Array.isArray(survey.pages)) throw new Unsupported("pages");
  const fields: RuledField[] = [];
  const dynamicMatrices: string[] = [];
  const names = new Set<string>();

  const question = (json: Record<string, unknown>, conditional: boolean): void => {
    const type = json.type as string;
    const keys = typeKeys[type];
    if (keys === undefined) throw new Unsupported(type);
    only(json, keys);
    if (typeof json.name !== "string" || names.has(json.name)) throw new Unsupported("name");
    names.add(json.name);
    const shown = conditional || json.visibleIf !== undefined;
    if (json.choices !== undefined) staticItems(json.choices);
    if (json.rateValues !== undefined) staticItems(json.rateValues);
    if (type === "matrix") (staticItems(json.columns), staticItems(json.rows));
    if (type === "text" && !isNumberField(json) && json.validators !== undefined) throw new Unsupported("validators on text");
    if (json.validators !== undefined) {
      // survey-core does not validate a hidden question: a field whose visibility depends on answers is left to it
      if (shown) throw new Unsupported("conditional validators");
      fields.push({ question: json.name, item: undefined, rules: numberRules(json.validators) });
    }
    if (type === "multipletext") {
      if (!Array.isArray(json.items)) throw new Unsupported("items");
      for (const item of json.items) {
        if (!isRecord(item) || typeof item.name !== "string") throw new Unsupported("item");
        only(item, itemKeys);
        if (item.validators === undefined) continue;
        if (shown || !isNumberField(item)) throw new Unsupported("item validators");
        fields.push({ question: json.name, item: item.name, rules: numberRules(item.validators) });
      }
    }
    if (type === "matrixdynamic") {
      if (!Array.isArray(json.columns)) throw new Unsupported("columns");
      for (const column of json.columns) {
        if (!isRecord(column)) throw new Unsupported("column");
        only(column, columnKeys);
        const cellType = column.cellType ?? "dropdown";
        if (typeof cellType !== "string" || !cellTypes.has(cellType)) throw new Unsupported("cellType");
        if (choiceTypes.has(cellType)) staticItems(column.choices);
        if (cellType === "text") isNumberField(column);
      }
      dynamicMatrices.push(json.name);
    }
  };

  const elements = (list: unknown, conditional: boolean): void => {
    if (!Array.isArray(list)) throw new Unsupported("elements");
    for (const element of list) {
      if (!isRecord(element) || typeof element.type !== "string") throw new Unsupported("element");
      if (element.type === "panel") {
        only(element, panelKeys);
        elements(element.elements, conditional || element.visibleIf !== undefined);
      } else {
        question(element, conditional);
      }
    }
  };
  for (const page of survey.pages) {
    if (!isRecord(page)) throw new Unsupported("page");
    only(page, pageKeys);
    elements(page.elements ?? [], false);
  }

  const model = createSurveyModel(questionnaire, "da");
  const order = new Map<string, number>(model.getAllQuestions().map((q, i) => [q.name, i]));
  // survey-core reports a question's own errors before those of its items: keep the fields in that order
  fields.sort((a, b) => (order.get(a.question) ?? 0) - (order.get(b.question) ?? 0));
  return { model, order, fields, dynamicMatrices, choices: templateSource() };
}

/** How many compiled versions are kept; a server uses a handful, the oldest used is dropped first. */
export const maxCompiledVersions = 64;
const compiled = new Map<QuestionnaireVersion, DraftChecker | null>();

/**
 * The compiled checker of a questionnaire version, or undefined when the version needs survey-core's full pass.
 * Kept per version object (published versions are immutable: a new version is a new object, compiled anew),
 * the least recently used dropped beyond maxCompiledVersions.
 */
export function draftCheckerOf(questionnaire: QuestionnaireVersion): DraftChecker | undefined {
  let checker = compiled.get(questionnaire);
  if (checker === undefined) {
    try {
      checker = compile(questionnaire);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      checker = null;
    }
    if (compiled.size >= maxCompiledVersions) compiled.delete(compiled.keys().next().value!);
  } else {
    compiled.delete(questionnaire);
  }
  compiled.set(questionnaire, checker);
  return checker ?? undefined;
}

/** Whether a version's checker is in the cache (for the cache's tests). */
export function isDraftCheckerCached(questionnaire: QuestionnaireVersion): boolean {
  return compiled.has(questionnaire);
}

function violates(rule: NumberRule, value: number): boolean {
  if (rule.kind === "regex") return !rule.regex.test(String(value));
  return (rule.min !== undefined && rule.min > value) || (rule.max !== undefined && rule.max < value);
}

/**
 * The draft findings of `answers`, as validateAnswers(…, { mode: "draft" }) gives them; undefined when the answers
 * need the full pass after all (not an object; a dynamic matrix with more rows than survey-core makes).
 */
export function checkDraft(checker: DraftChecker, answers: unknown): { ok: boolean; errors: AnswerError[]; warnings: AnswerWarning[] } | undefined {
  if (!isPlainObject(answers)) return undefined;
  const issues = new AnswerIssues();
  const values = new AnswerValueCheck(issues);
  const data = values.checkTopLevel(checker.model, values.stripForbidden(answers, "", "") as Record<string, unknown>);
  for (const name of checker.dynamicMatrices) {
    const rows = data[name];
    if (Array.isArray(rows) && rows.length > settings.matrix.maxRowCount) return undefined;
  }
  checkChoices(issues, checker.model, data, checker.choices);
  for (const { question, item, rules } of checker.fields) {
    const path = item === undefined ? question : `${question}.${item}`;
    const holder = data[question];
    const value = item === undefined ? holder : isPlainObject(holder) ? holder[item] : undefined;
    // a value our checks refused is not in `data`: survey-core never sees it
    if (typeof value !== "number" || issues.isFlagged(path)) continue;
    for (const rule of rules) {
      if (violates(rule, value)) issues.errors.push({ question, path, code: rule.kind === "numeric" ? "out-of-range" : "pattern", message: { ...rule.message } });
    }
  }
  const byQuestion = byQuestionOrder(checker.order);
  return { ok: issues.errors.length === 0, errors: issues.errors.sort(byQuestion), warnings: issues.warnings.sort(byQuestion) };
}
