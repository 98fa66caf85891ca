import { ConditionsParser, type JsonError, type JsonObjectProperty, Model, Serializer } from "survey-core";
import type { z } from "zod";
import { itemValue } from "./choice-items.js";
import { isRecord, jsonPaths } from "./json-value.js";
import { displayElementTypes, panelElementTypes } from "./survey-elements.js";
import { type AggregationKind, aggregationKinds, competencePresences, type ScreeningRole, screeningRoles } from "./question-meta.js";
import { type QuestionnaireVersion, QuestionnaireVersionSchema, SurveyJsonSchema } from "./questionnaire.js";
import { registerDanishLocale } from "./survey-locale-da.js";
import { registerSurveyProperties } from "./survey-properties.js";

/**
 * One defect of a questionnaire, for the developer or secretariat who wrote it (English).
 * `path` points into the questionnaire JSON, e.g. `survey.pages[1].elements[0].name`.
 *
 * Codes: `invalid-structure` (zod), `unknown-property`, `unknown-type`, `missing-property`, `survey-json`,
 * `survey-load-failed` (survey-core), `duplicate-name`, `duplicate-choice`, `missing-name`, `invalid-expression`,
 * `unknown-reference`, `not-localized`, `missing-da`, `missing-en`, `missing-aggregation`, `unknown-aggregation`,
 * `aggregation-mismatch`, `unexpected-aggregation`, `missing-report-section`, `unknown-report-section`,
 * `invalid-previous-names`, `unknown-screening`, `duplicate-screening`, `screening-not-offer`,
 * `screening-mismatch`, `internal-error`.
 */
export interface QuestionnaireIssue {
  path: string;
  code: string;
  message: string;
}

export type QuestionnaireValidation =
  | { ok: true; questionnaire: QuestionnaireVersion; issues: [] }
  | { ok: false; issues: QuestionnaireIssue[] };

type Json = Record<string, unknown>;
const nonEmpty = (value: unknown): boolean => typeof value === "string" && value.trim() !== "";
const quote = (value: unknown): string => JSON.stringify(value)?.slice(0, 80) ?? String(value);

/**
 * Checks a questionnaire version completely: its outer shape (zod), then its SurveyJS JSON as survey-core loads it
 * (unknown types and properties), names, expressions, Danish and English text, and Afrapport's own rules
 * (aggregation and report section of every question, screening roles). Never throws.
 */
export function validateQuestionnaire(json: unknown): QuestionnaireValidation {
  try {
    const parsed = QuestionnaireVersionSchema.safeParse(json);
    const issues: QuestionnaireIssue[] = parsed.success ? [] : parsed.error.issues.flatMap(fromZodIssue);
    // The survey is checked whenever its outer shape holds, so one run reports as much as it can.
    if (isRecord(json) && SurveyJsonSchema.safeParse(json.survey).success) {
      const sections = Array.isArray(json.reportSections)
        ? new Set(json.reportSections.flatMap((s) => (isRecord(s) && typeof s.id === "string" ? [s.id] : [])))
        : undefined;
      const audience = typeof json.audience === "string" ? json.audience : undefined;
      issues.push(...checkSurvey(json.survey as Json, { sections, audience }));
    }
    if (parsed.success && issues.length === 0) return { ok: true, questionnaire: parsed.data, issues: [] };
    return { ok: false, issues };
  } catch (error) {
    return { ok: false, issues: [{ path: "", code: "internal-error", message: `validation failed: ${String(error)}` }] };
  }
}

/** `["survey", "pages", 1, "name"]` → `survey.pages[1].name` */
export function formatIssuePath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    return path === "" ? String(segment) : `${path}.${String(segment)}`;
  }, "");
}

function fromZodIssue(issue: z.core.$ZodIssue): QuestionnaireIssue[] {
  const path = formatIssuePath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: formatIssuePath([...issue.path, key]), code: "unknown-property", message: `unknown property "${key}"` }));
  }
  return [{ path, code: "invalid-structure", message: issue.message }];
}

interface SurveyContext {
  sections: Set<string> | undefined;
  audience: string | undefined;
}

function checkSurvey(survey: Json, context: SurveyContext): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  issues.push(...loadIssues(survey));
  const names = collectNames(survey, context, issues);
  walkProperties(survey, ["survey"], "survey", {}, names, issues);
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Loading through survey-core

function loadIssues(survey: Json): QuestionnaireIssue[] {
  registerSurveyProperties();
  registerDanishLocale();
  const paths = jsonPaths(survey, "survey");
  let errors: JsonError[];
  try {
    errors = new Model(survey).jsonErrors ?? [];
  } catch (error) {
    return [{ path: "survey", code: "survey-load-failed", message: `survey-core could not load the survey: ${String(error)}` }];
  }
  return errors.map((error) => {
    const objectPath = (isRecord(error.jsonObj) && paths.get(error.jsonObj)) || "survey";
    const property = (error as JsonError & { propertyName?: string }).propertyName;
    switch (error.type) {
      case "unknownproperty":
        return { path: `${objectPath}.${property}`, code: "unknown-property", message: error.message };
      case "missingtypeproperty":
      case "incorrecttypeproperty": {
        const type = isRecord(error.jsonObj) ? error.jsonObj.type : undefined;
        const message = type === undefined ? "element has no type" : `unknown element type ${quote(type)}`;
        return { path: `${objectPath}.type`, code: "unknown-type", message };
      }
      case "requiredproperty":
        return { path: `${objectPath}.${property}`, code: "missing-property", message: error.message };
      default:
        return { path: objectPath, code: "survey-json", message: error.message };
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Elements: names, titles, choices, Afrapport's custom properties

/** What expressions may refer to, all lower-case (survey-core resolves variable names case-insensitively). */
interface KnownNames {
  values: Set<string>;
  /** multipletext name → its item names */
  items: Map<string, Set<string>>;
}

const choiceTypes = new Set(["radiogroup", "checkbox", "dropdown", "tagbox", "boolean", "matrix"]);
const isNumeric = (value: unknown) => typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value));
const numberInput = (element: Readonly<Json>) => element.type === "text" && element.inputType === "number";

function yearItemsProblem(element: Readonly<Json>): string | undefined {
  if (element.type !== "multipletext") return `needs a multipletext, not ${quote(element.type)}`;
  const items = Array.isArray(element.items) ? element.items : [];
  if (items.length === 0) return "needs items named by year";
  for (const item of items) {
    const name = isRecord(item) ? item.name : item;
    if (typeof name !== "string" || !/^\d{4}$/.test(name)) return `item ${quote(name)} is not a 4-digit year`;
    if (!isRecord(item) || item.inputType !== "number") return `item "${name}" needs "inputType": "number"`;
  }
  return undefined;
}

/** Why a question cannot carry an aggregation kind (English), or undefined when it can. The builder offers the kinds this accepts. */
export function aggregationProblem(kind: AggregationKind, element: Readonly<Json>): string | undefined {
  const type = element.type;
  switch (kind) {
    case "none":
      return undefined;
    case "sum":
      return numberInput(element) ? undefined : `needs a text question with "inputType": "number", not ${quote(type)}${type === "text" ? ` with inputType ${quote(element.inputType ?? "text")}` : ""}`;
    case "sumPerYear":
      return yearItemsProblem(element);
    case "offerList": {
      if (type !== "matrixdynamic") return `needs a matrixdynamic, not ${quote(type)}`;
      const columns = new Set((Array.isArray(element.columns) ? element.columns : []).map((c) => (isRecord(c) ? c.name : undefined)));
      const missing = ["name", "operator"].filter((name) => !columns.has(name));
      return missing.length === 0 ? undefined : `needs the columns ${missing.map((m) => `"${m}"`).join(" and ")}`;
    }
    case "choiceCounts":
      return choiceTypes.has(String(type)) ? undefined : `needs a choice question (${[...choiceTypes].join(", ")}), not ${quote(type)}`;
    case "texts":
      if (type === "comment" || (type === "text" && element.inputType !== "number" && element.inputType !== "range")) return undefined;
      return `needs a text or comment question${type === "text" ? " without a numeric inputType" : `, not ${quote(type)}`}`;
    case "files":
      return type === "file" ? undefined : `needs a file question, not ${quote(type)}`;
  }
}

/** Why a question cannot play a screening role (English), or undefined when it can. The builder offers the roles this accepts. */
export function screeningProblem(role: ScreeningRole, element: Readonly<Json>): string | undefined {
  switch (role) {
    case "flow":
      return yearItemsProblem(element);
    case "staff":
    case "experience":
      return numberInput(element) ? undefined : `needs a text question with "inputType": "number"`;
    case "competences": {
      if (element.type !== "matrix") return `needs a matrix, not ${quote(element.type)}`;
      const values = (Array.isArray(element.columns) ? element.columns : []).map((c) => (isRecord(c) ? c.value : c));
      const wrong = values.filter((v) => !competencePresences.includes(v as never));
      if (values.length === 0 || wrong.length > 0) return `its column values must be ${competencePresences.join(", ")}${wrong.length ? `; not ${wrong.map(quote).join(", ")}` : ""}`;
      return undefined;
    }
  }
}

function collectNames(survey: Json, context: SurveyContext, issues: QuestionnaireIssue[]): KnownNames {
  const known: KnownNames = { values: new Set(), items: new Map() };
  const issue = (path: string, code: string, message: string) => issues.push({ path, code, message });
  const screeningSeen = new Map<string, string>();

  /** Names must be unique within a namespace, ignoring case as expressions do. */
  const claim = (namespace: Map<string, string>, name: string, path: string, what: string) => {
    const first = namespace.get(name.toLowerCase());
    if (first !== undefined) issue(path, "duplicate-name", `${what} "${name}" is already used at ${first}`);
    else namespace.set(name.toLowerCase(), path);
  };

  const checkItems = (items: unknown, path: string, what: string) => {
    if (!Array.isArray(items)) return;
    const seen = new Map<string, string>();
    items.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      const value = itemValue(item);
      const key = JSON.stringify(value);
      if (seen.has(key)) issue(itemPath, "duplicate-choice", `${what} value ${quote(value)} is already used at ${seen.get(key)}`);
      else seen.set(key, itemPath);
      if (typeof item === "string" && item.includes("|")) issue(itemPath, "not-localized", `${what} ${quote(item)}: write { "value": …, "text": { "da": …, "en": … } }`);
      else if (!isNumeric(value) && !(isRecord(item) && item.text !== undefined)) {
        issue(isRecord(item) ? `${itemPath}.text` : itemPath, "missing-da", `${what} ${quote(value)} has no text; SurveyJS would show its value`);
      }
    });
  };

  const requireTitle = (element: Json, path: string, what: string) => {
    if (element.title === undefined && element.titleLocation !== "hidden") {
      issue(`${path}.title`, "missing-da", `${what} "${String(element.name)}" has no title; SurveyJS would show its name`);
    }
  };

  const checkMeta = (element: Json, path: string) => {
    const { aggregation, reportSection, screening, previousNames } = element;
    if (aggregation === undefined) issue(`${path}.aggregation`, "missing-aggregation", `question "${String(element.name)}" has no aggregation`);
    else if (!aggregationKinds.includes(aggregation as AggregationKind)) {
      issue(`${path}.aggregation`, "unknown-aggregation", `aggregation ${quote(aggregation)} is not one of ${aggregationKinds.join(", ")}`);
    } else {
      const problem = aggregationProblem(aggregation as AggregationKind, element);
      if (problem) issue(`${path}.aggregation`, "aggregation-mismatch", `aggregation "${String(aggregation)}" ${problem}`);
    }
    if (reportSection === undefined) issue(`${path}.reportSection`, "missing-report-section", `question "${String(element.name)}" has no reportSection`);
    else if (typeof reportSection !== "string" || (context.sections && !context.sections.has(reportSection))) {
      issue(`${path}.reportSection`, "unknown-report-section", `reportSection ${quote(reportSection)} is not among the questionnaire's reportSections`);
    }
    if (previousNames !== undefined && !(Array.isArray(previousNames) && previousNames.every(nonEmpty))) {
      issue(`${path}.previousNames`, "invalid-previous-names", "previousNames must be a list of names");
    }
    if (screening === undefined) return;
    const screeningPath = `${path}.screening`;
    if (!screeningRoles.includes(screening as ScreeningRole)) {
      return issue(screeningPath, "unknown-screening", `screening ${quote(screening)} is not one of ${screeningRoles.join(", ")}`);
    }
    if (context.audience !== undefined && context.audience !== "offer") {
      issue(screeningPath, "screening-not-offer", `screening roles belong in offer questionnaires, not in audience "${context.audience}"`);
    }
    const first = screeningSeen.get(screening as string);
    if (first !== undefined) issue(screeningPath, "duplicate-screening", `screening role "${String(screening)}" is already given at ${first}`);
    else screeningSeen.set(screening as string, screeningPath);
    const problem = screeningProblem(screening as ScreeningRole, element);
    if (problem) issue(screeningPath, "screening-mismatch", `screening role "${String(screening)}" ${problem}`);
  };

  const visitQuestion = (element: Json, path: string, inTemplate: boolean) => {
    const type = element.type;
    requireTitle(element, path, "question");
    if (!inTemplate) {
      checkMeta(element, path);
      known.values.add(String(element.name).toLowerCase());
      if (typeof element.valueName === "string") known.values.add(element.valueName.toLowerCase());
    }
    if (type === "multipletext" && Array.isArray(element.items)) {
      const names = new Map<string, string>();
      element.items.forEach((item, i) => {
        const itemPath = `${path}.items[${i}]`;
        const name = isRecord(item) ? item.name : item;
        if (!nonEmpty(name)) return issue(`${itemPath}.name`, "missing-name", "item has no name");
        claim(names, name as string, `${itemPath}.name`, "item");
        if (isRecord(item) && item.title === undefined && !isNumeric(name)) {
          issue(`${itemPath}.title`, "missing-da", `item "${String(name)}" has no title; SurveyJS would show its name`);
        }
      });
      known.items.set(String(element.name).toLowerCase(), new Set(names.keys()));
    }
    if ((type === "matrixdynamic" || type === "matrixdropdown") && Array.isArray(element.columns)) {
      const names = new Map<string, string>();
      element.columns.forEach((column, i) => {
        const columnPath = `${path}.columns[${i}]`;
        if (!isRecord(column) || !nonEmpty(column.name)) return issue(`${columnPath}.name`, "missing-name", "column has no name");
        claim(names, column.name as string, `${columnPath}.name`, "column");
        requireTitle(column, columnPath, "column");
        checkItems(column.choices, `${columnPath}.choices`, "choice");
      });
    }
    if (type === "matrix") checkItems(element.columns, `${path}.columns`, "column");
    if (type === "matrix" || type === "matrixdropdown") checkItems(element.rows, `${path}.rows`, "row");
    checkItems(element.choices, `${path}.choices`, "choice");
    if (type === "paneldynamic") visitElements(element.templateElements, `${path}.templateElements`, new Map(), true);
  };

  // Not survey-elements.ts's walker: that one skips what is not a well-formed element, and this walk is here to
  // report exactly those (an element that is no object, has no name or no type).
  const visitElements = (elements: unknown, path: string, namespace: Map<string, string>, inTemplate: boolean): void => {
    if (!Array.isArray(elements)) return;
    elements.forEach((element, i) => {
      const elementPath = `${path}[${i}]`;
      if (!isRecord(element)) return issue(elementPath, "invalid-structure", "an element must be an object");
      if (!nonEmpty(element.name)) return issue(`${elementPath}.name`, "missing-name", "element has no name");
      claim(namespace, element.name as string, `${elementPath}.name`, "element name");
      const type = String(element.type);
      if (panelElementTypes.has(type)) return visitElements(element.elements, `${elementPath}.elements`, namespace, inTemplate);
      if (displayElementTypes.has(type)) {
        if (element.aggregation !== undefined && element.aggregation !== "none") {
          issue(`${elementPath}.aggregation`, "unexpected-aggregation", `a ${type} element holds no answer; leave out aggregation`);
        }
        return;
      }
      visitQuestion(element, elementPath, inTemplate);
    });
  };

  const namespace = new Map<string, string>();
  const pageNames = new Map<string, string>();
  (survey.pages as Json[]).forEach((page, i) => {
    claim(pageNames, String(page.name), `survey.pages[${i}].name`, "page name");
    visitElements(page.elements, `survey.pages[${i}].elements`, namespace, false);
  });
  if (Array.isArray(survey.calculatedValues)) {
    survey.calculatedValues.forEach((value, i) => {
      if (!isRecord(value) || !nonEmpty(value.name)) return;
      claim(namespace, value.name as string, `survey.calculatedValues[${i}].name`, "calculated value");
      known.values.add((value.name as string).toLowerCase());
    });
  }
  return known;
}

// ---------------------------------------------------------------------------------------------------------------
// Every property survey-core knows: localizable text and expressions

interface ExpressionScope {
  /** column names (lower-case) of the matrix an expression sits in: `{row.x}` */
  row?: Set<string>;
  /** question names (lower-case) of the paneldynamic template an expression sits in: `{panel.x}` */
  panel?: Set<string>;
}

const itemScoped = /^(choices|rows|columns)(Visible|Enable)If$/;

function propertyOf(classes: readonly string[], key: string): JsonObjectProperty | undefined {
  for (const className of classes) {
    const property = Serializer.findProperty(className, key);
    if (property) return property;
  }
  return undefined;
}

/**
 * The names `{panel.x}` may use inside a paneldynamic. Walks the raw JSON itself rather than with survey-elements.ts:
 * an element with a name but no string type counts here (its type is reported as `unknown-type` when survey-core
 * loads it), whereas the shared walker skips it and would add an unknown-reference issue for every use of it.
 */
function templateNames(elements: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list) {
      if (!isRecord(element) || typeof element.name !== "string") continue;
      if (panelElementTypes.has(String(element.type))) visit(element.elements);
      else names.add(element.name.toLowerCase());
    }
  };
  visit(elements);
  return names;
}

function walkProperties(object: Json, classes: readonly string[], path: string, scope: ExpressionScope, names: KnownNames, issues: QuestionnaireIssue[]): void {
  // A matrix's columns and a paneldynamic's template open a scope for {row.x} and {panel.x} below them.
  if ((object.type === "matrixdynamic" || object.type === "matrixdropdown") && Array.isArray(object.columns)) {
    scope = { ...scope, row: new Set(object.columns.flatMap((c) => (isRecord(c) && typeof c.name === "string" ? [c.name.toLowerCase()] : []))) };
  }
  if (object.type === "paneldynamic") scope = { ...scope, panel: templateNames(object.templateElements) };

  for (const [key, value] of Object.entries(object)) {
    const property = propertyOf(classes, key);
    if (!property) continue;
    const propertyPath = `${path}.${key}`;
    if (property.isLocalizable && !property.type.endsWith("[]")) checkText(value, propertyPath, issues);
    if (property.type === "condition" || property.type === "expression") {
      checkExpression(value, propertyPath, { ...scope, item: itemScoped.test(key) }, names, issues);
    }
    if (!Array.isArray(value)) continue;
    const { className, classNamePart, baseClassName } = property;
    if (!className && !classNamePart && !baseClassName) continue;
    value.forEach((item, i) => {
      if (!isRecord(item)) return;
      const type = typeof item.type === "string" ? item.type : undefined;
      let itemClasses: string[];
      if (classNamePart) itemClasses = type ? [type.endsWith(classNamePart) ? type : `${type}${classNamePart}`] : [];
      else if (baseClassName && !className) itemClasses = type ? [type] : [];
      else itemClasses = [className];
      if (className === "matrixdropdowncolumn") {
        // a column takes the properties of its cell question too
        const cellType = typeof item.cellType === "string" && item.cellType !== "default" ? item.cellType : typeof object.cellType === "string" ? object.cellType : "dropdown";
        itemClasses.push(cellType);
      }
      if (itemClasses.length > 0) walkProperties(item, itemClasses, `${propertyPath}[${i}]`, scope, names, issues);
    });
  }
}

function checkText(value: unknown, path: string, issues: QuestionnaireIssue[]): void {
  if (!isRecord(value)) {
    issues.push({ path, code: "not-localized", message: `${quote(value)} is not localized; write { "da": …, "en": … }` });
    return;
  }
  if (!nonEmpty(value.da)) issues.push({ path: `${path}.da`, code: "missing-da", message: "no Danish text" });
  if (!nonEmpty(value.en)) issues.push({ path: `${path}.en`, code: "missing-en", message: "no English text" });
}

/** The variables an expression reads, e.g. `{a} = 1 and {b.c} > 0` → `["a", "b.c"]`; undefined if it does not parse. */
export function expressionVariables(expression: string): string[] | undefined {
  const parser = new ConditionsParser();
  const operand = parser.parseExpression(expression);
  if (!operand || parser.error) return undefined;
  const variables: string[] = [];
  operand.setVariables(variables);
  return [...new Set(variables)];
}

function checkExpression(expression: unknown, path: string, scope: ExpressionScope & { item: boolean }, names: KnownNames, issues: QuestionnaireIssue[]): void {
  if (typeof expression !== "string") {
    issues.push({ path, code: "invalid-expression", message: "an expression must be a string" });
    return;
  }
  if (expression.trim() === "") return;
  const variables = expressionVariables(expression);
  if (!variables) {
    issues.push({ path, code: "invalid-expression", message: `${quote(expression)} does not parse` });
    return;
  }
  for (const variable of variables) {
    const problem = referenceProblem(variable, scope, names);
    if (problem) issues.push({ path, code: "unknown-reference", message: `{${variable}} ${problem}` });
  }
}

function referenceProblem(variable: string, scope: ExpressionScope & { item: boolean }, names: KnownNames): string | undefined {
  const lower = variable.toLowerCase();
  if (names.values.has(lower)) return undefined; // also a name that itself contains a dot
  const cut = lower.search(/[.[]/);
  const root = cut < 0 ? lower : lower.slice(0, cut);
  const rest = cut < 0 ? "" : lower.slice(cut);
  const member = rest.startsWith(".") ? rest.slice(1).split(/[.[]/)[0] : undefined;
  const within = (set: Set<string> | undefined, what: string, where: string) => {
    if (!set) return `can only be used inside ${where}`;
    return member !== undefined && !set.has(member) ? `names no ${what} of the enclosing ${where}` : undefined;
  };
  switch (root) {
    case "row":
      return within(scope.row, "column", "matrix");
    case "rowindex":
    case "rowname":
    case "rowvalue":
    case "rowtitle":
      return scope.row ? undefined : "can only be used inside a matrix";
    case "panel":
      return within(scope.panel, "question", "dynamic panel");
    case "parentpanel":
    case "panelindex":
    case "visiblepanelindex":
      return scope.panel ? undefined : "can only be used inside a dynamic panel";
    case "item":
    case "choice":
      return scope.item ? undefined : "can only be used in choicesVisibleIf and the like";
  }
  if (!names.values.has(root)) return "refers to no question or calculated value";
  const items = names.items.get(root);
  if (items && member !== undefined && !items.has(member)) return `names no item of the multipletext "${root}"`;
  return undefined;
}
