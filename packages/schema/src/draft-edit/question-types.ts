import { inferAggregation } from "../import-survey-json.js";
import { type AggregationKind, aggregationKinds, competencePresences, type ScreeningRole, screeningRoles } from "../question-meta.js";
import { aggregationProblem, screeningProblem } from "../validate-questionnaire.js";

/** The question types the builder offers, in the order its menu shows them. */
export const builderQuestionTypes = [
  "text",
  "number",
  "comment",
  "radiogroup",
  "checkbox",
  "dropdown",
  "boolean",
  "multipletext",
  "matrix",
  "matrixdropdown",
  "matrixdynamic",
  "paneldynamic",
  "file",
  "html",
  "expression",
  "panel",
] as const;
export type BuilderQuestionType = (typeof builderQuestionTypes)[number];

type QuestionPart = "choices" | "rows" | "columns" | "items" | "elements" | "file" | "html" | "expression" | "validators" | "placeholder";

export interface QuestionTypeInfo {
  type: BuilderQuestionType;
  /** holds an answer (false for html and panel) */
  answers: boolean;
  /** the aggregation kinds validateQuestionnaire accepts for it, the default first */
  aggregations: AggregationKind[];
  /** the screening roles it can play (offer questionnaires only) */
  screeningRoles: ScreeningRole[];
  /** which parts the editor shows */
  parts: ReadonlyArray<QuestionPart>;
  /** can hold other elements (panel: elements; paneldynamic: templateElements) */
  container: boolean;
}

/**
 * The builder type of an element's JSON: SurveyJS `text` with `inputType: "number"` is "number"; a type the builder
 * does not offer (rating, tagbox, image, …) is null – such an element is kept and shown, but edited as JSON.
 */
export function builderTypeOf(element: Readonly<Record<string, unknown>>): BuilderQuestionType | null {
  const type = element.type;
  if (type === "text" && element.inputType === "number") return "number";
  if (type === "number") return null; // not a SurveyJS type
  return builderQuestionTypes.includes(type as BuilderQuestionType) ? (type as BuilderQuestionType) : null;
}

/** The SurveyJS JSON that makes an element of a builder type. */
export function surveyTypeOf(type: BuilderQuestionType): { type: string; inputType?: string } {
  return type === "number" ? { type: "text", inputType: "number" } : { type };
}

const parts: Record<BuilderQuestionType, readonly QuestionPart[]> = {
  text: ["placeholder", "validators"],
  number: ["placeholder", "validators"],
  comment: ["placeholder", "validators"],
  radiogroup: ["choices"],
  checkbox: ["choices"],
  dropdown: ["choices", "placeholder"],
  boolean: [],
  multipletext: ["items"],
  matrix: ["rows", "columns"],
  matrixdropdown: ["rows", "columns"],
  matrixdynamic: ["columns"],
  paneldynamic: ["elements"],
  file: ["file"],
  html: ["html"],
  expression: ["expression"],
  panel: ["elements"],
};

const numericYearItems = ["2023", "2024"].map((name) => ({ name, inputType: "number" }));

/**
 * For each type, the most capable JSON of it: what the type can be made to fit (year items, the offer list's columns,
 * the competence columns). The kinds and roles a type offers are those validateQuestionnaire's own rules accept for
 * this JSON, so the builder's menus and the validation cannot drift apart.
 */
function capableJson(type: BuilderQuestionType): Record<string, unknown> {
  const json: Record<string, unknown> = { ...surveyTypeOf(type) };
  if (type === "multipletext") json.items = numericYearItems;
  if (type === "matrixdynamic") json.columns = [{ name: "name" }, { name: "operator" }];
  if (type === "matrix") json.columns = competencePresences.map((value) => ({ value }));
  return json;
}

const answerless: ReadonlySet<BuilderQuestionType> = new Set(["html", "panel"]);

/** What the builder needs to know of a question type. */
// The rules behind it are fixed per type, and the builder asks on every keystroke: work each type out once.
const infoByType = new Map<BuilderQuestionType, QuestionTypeInfo>();

export function questionTypeInfo(type: BuilderQuestionType): QuestionTypeInfo {
  let info = infoByType.get(type);
  if (info === undefined) {
    info = Object.freeze(computeTypeInfo(type));
    infoByType.set(type, info);
  }
  return info;
}

function computeTypeInfo(type: BuilderQuestionType): QuestionTypeInfo {
  const answers = !answerless.has(type);
  let aggregations: AggregationKind[] = [];
  if (answers) {
    const capable = capableJson(type);
    const accepted = aggregationKinds.filter((kind) => aggregationProblem(kind, capable) === undefined);
    const fallback = inferAggregation(surveyTypeOf(type)).aggregation;
    aggregations = [fallback, ...accepted.filter((kind) => kind !== fallback)];
  }
  const roles = answers ? screeningRoles.filter((role) => screeningProblem(role, capableJson(type)) === undefined) : [];
  return { type, answers, aggregations, screeningRoles: roles, parts: parts[type], container: type === "panel" || type === "paneldynamic" };
}
