import type { Question, QuestionMatrixDynamicModel, QuestionMultipleTextModel, SurveyModel } from "survey-core";
import { isRecord } from "./json-value.js";
import type { QuestionnaireVersion, SurveyJson } from "./questionnaire.js";
import { createSurveyModel } from "./survey-model.js";

// validateAnswers' survey-core models, built once per questionnaire version and reused: loading a model from the
// JSON costs more than setting answers and validating them. A model is lent to one validation at a time and given
// answers with loadAnswers, which must leave it as a freshly built model given the same answers would be.
// survey-core keeps state beside the survey's data, though, and only what is listed here is known to be put back:
// - each question's own copy of its answer (value, comment, the "Other" item shown and its text): survey-core
//   takes a value equal to the one a question holds as nothing to do, and a matrix of empty rows as no answer;
// - the matrices' rows, with their cell questions: dropped, so they are made afresh from the answers, and a
//   dynamic matrix's row count back to its JSON's (survey-core keeps it when the answer goes);
// - errors: survey-core validates a question again when a value is set while it has errors, and leaves those of
//   an element a validation does not reach (hidden now) as they were;
// - the locale (the English pass of answer-survey-rules.ts leaves it in English).
// A version that uses something known to keep more state – dynamic panels (their panels and the questions in
// them live on), "Other" kept in the value (`storeOthersAsComment: false`), values set by expressions or
// triggers, default values, choices from elsewhere – gets a fresh model every time. survey-model-pool.test.ts
// holds a reused model to a fresh one's findings on generated sequences of answers, for the built-in
// questionnaires and one that uses every kind of question pooling allows. A validation that throws does not give
// its model back: whatever state it left dies with it. survey-core is pinned (3.0.0): the internals read here
// are checked by those tests on every upgrade. An idle model keeps the last answers it was given until its next
// use – answers the server has just stored anyway –: clearing them after each use would cost about a sixth more.

/** How many versions keep models; a server uses a handful, the least recently used is dropped first. */
export const maxPooledVersions = 64;
/** Idle models kept per version. validateAnswers is synchronous, so one thread lends one at a time; another is
 * made only for a validation inside a validation. */
export const maxIdleModels = 2;

/** JSON keys whose features keep state in a model beyond what loadAnswers puts back. */
const statefulKeys = new Set([
  "triggers",
  "calculatedValues",
  "setValueIf",
  "setValueExpression",
  "resetValueIf",
  "defaultValue",
  "defaultValueExpression",
  "defaultRowValue",
  "choicesByUrl",
  "choicesFromQuestion",
  "totalType",
  "totalExpression",
]);

/**
 * The kinds of element and matrix cell whose reuse the property tests prove (survey-model-pool.test.ts and the
 * built-in questionnaires): any other kind – an expression question or cell, ranking, tagbox, a dynamic panel… –
 * gets a fresh model, since what it keeps between uses is untested.
 */
const reusedTypes = new Set(["text", "comment", "boolean", "checkbox", "dropdown", "radiogroup", "rating", "matrix", "matrixdropdown", "matrixdynamic", "multipletext", "panel", "html", "file"]);
const reusedCellTypes = new Set(["default", "text", "comment", "boolean", "checkbox", "dropdown", "radiogroup"]);

/** Whether a survey's models may be reused: only the kinds of element tested, and none of its JSON a stateful feature (see above). */
export function isPoolable(survey: SurveyJson): boolean {
  const stateless = (value: unknown, underValidators = false): boolean => {
    if (Array.isArray(value)) return value.every((item) => stateless(item, underValidators));
    if (!isRecord(value)) return true;
    // a validator's `type` names its kind of check, not an element
    if (!underValidators && typeof value.type === "string" && !reusedTypes.has(value.type)) return false;
    if (typeof value.cellType === "string" && !reusedCellTypes.has(value.cellType)) return false;
    if (value.storeOthersAsComment === false) return false;
    return Object.entries(value).every(([key, inner]) => !statefulKeys.has(key) && stateless(inner, key === "validators"));
  };
  return stateless(survey);
}

interface Pool {
  poolable: boolean;
  idle: PooledModel[];
}

const pools = new Map<QuestionnaireVersion, Pool>();

function poolOf(questionnaire: QuestionnaireVersion): Pool {
  let pool = pools.get(questionnaire);
  if (pool === undefined) {
    pool = { poolable: isPoolable(questionnaire.survey), idle: [] };
    if (pools.size >= maxPooledVersions) pools.delete(pools.keys().next().value!);
  } else {
    pools.delete(questionnaire);
  }
  pools.set(questionnaire, pool);
  return pool;
}

/**
 * Lends a model of `questionnaire` to `use` – in Danish, with loadAnswers to give it its answers – and takes it
 * back afterwards, unless `use` threw. Versions are pooled by object: a published version is immutable, and must
 * not be changed after its first use here.
 */
export function withSurveyModel<T>(questionnaire: QuestionnaireVersion, use: (model: PooledModel) => T): T {
  const pool = poolOf(questionnaire);
  const model = pool.idle.pop() ?? freshSurveyModel(questionnaire);
  const result = use(model);
  if (pool.poolable && pool.idle.length < maxIdleModels) pool.idle.push(model);
  return result;
}

/** A model of its own, built afresh: what a reused model must be indistinguishable from. */
export function freshSurveyModel(questionnaire: QuestionnaireVersion): PooledModel {
  return new PooledModel(createSurveyModel(questionnaire, "da"));
}

interface Matrix {
  question: MatrixInternals;
  /** a dynamic matrix's row count in the freshly built model */
  rowCount: number | undefined;
}

/** What loadAnswers puts back in a matrix beyond survey-core's public API (survey-core is pinned to one version). */
interface MatrixInternals {
  propertyHash: Record<string, unknown>;
  clearGeneratedRows(): void;
  rowCountValue: number;
  defaultValuesInRows?: Record<string, unknown>;
}

/** Where survey-core keeps a question's answer apart from the survey's data: its own copy of the value and comment,
 * what a choice question shows (the "Other" item for a value outside the choices) and the text written for it. */
const answerProperties = ["value", "comment", "renderedValue", "otherValue"] as const;
const answerFields = ["isValueChangedDirectly", "prevOtherErrorValue", "makeCommentEmpty"] as const;

/** A question's answer state as built, put back before each use. */
class AnswerState {
  private readonly properties: [string, boolean, unknown][];
  private readonly fields: [string, unknown][];

  constructor(private readonly question: Question) {
    const hash = (question as unknown as { propertyHash: Record<string, unknown> }).propertyHash;
    const fields = question as unknown as Record<string, unknown>;
    this.properties = answerProperties.map((key) => [key, Object.hasOwn(hash, key), hash[key]]);
    this.fields = answerFields.map((key) => [key, fields[key]]);
  }

  restore(): void {
    const hash = (this.question as unknown as { propertyHash: Record<string, unknown> }).propertyHash;
    const fields = this.question as unknown as Record<string, unknown>;
    for (const [key, had, value] of this.properties) {
      if (had) hash[key] = value;
      else delete hash[key];
    }
    for (const [key, value] of this.fields) if (fields[key] !== value) fields[key] = value;
  }
}

/** A model to be given answers once per use. */
export class PooledModel {
  /** the model's dynamic and dropdown matrices, as built */
  private readonly matrices: Matrix[];
  /** every question's answer state as built, a multiple text's items too */
  private readonly answers: AnswerState[];

  constructor(readonly model: SurveyModel) {
    this.answers = model.getAllQuestions().flatMap((question: Question) => [
      new AnswerState(question),
      ...(question.getType() === "multipletext" ? (question as QuestionMultipleTextModel).items.map((item) => new AnswerState(item.editor)) : []),
    ]);
    this.matrices = model.getAllQuestions().flatMap((question: Question): Matrix[] => {
      const type = question.getType();
      if (type === "matrixdynamic") return [{ question: question as unknown as MatrixInternals, rowCount: (question as QuestionMatrixDynamicModel).rowCount }];
      if (type === "matrixdropdown") return [{ question: question as unknown as MatrixInternals, rowCount: undefined }];
      return [];
    });
  }

  /** Sets `data` as the model's only answers, in Danish, as on a freshly built model (see above). */
  loadAnswers(data: Record<string, unknown>): void {
    const { model } = this;
    if (model.locale !== "da") model.locale = "da";
    // a fresh model has no errors: survey-core validates a question again when its value is set while it has any
    for (const page of model.pages) page.clearErrors();
    for (const { question, rowCount } of this.matrices) {
      // nor rows: they are made from the answers when first asked for
      question.clearGeneratedRows();
      if (rowCount !== undefined && question.rowCountValue !== rowCount) question.rowCountValue = rowCount;
      if (question.defaultValuesInRows !== undefined) question.defaultValuesInRows = {};
    }
    // nor answers: survey-core takes a value equal to the one a question has (a matrix of empty rows is no
    // answer) as nothing to do, so a question would keep what the respondent before gave
    for (const state of this.answers) state.restore();
    model.data = data;
  }
}

/** Whether a version has a pool (for the pool's tests). */
export function isModelPooled(questionnaire: QuestionnaireVersion): boolean {
  return pools.has(questionnaire);
}
