import type { SurveyJson } from "./questionnaire.js";

// Reading the raw SurveyJS JSON of a questionnaire without building a survey-core model: where the questions
// are, and what values their answers may hold. Used by diffQuestionnaires and migrateAnswers; internal to the
// package (not exported from index.ts).

/** The raw SurveyJS JSON of one element. */
export type ElementJson = { type: string; name: string } & Record<string, unknown>;

/** A question (or display element) with where it sits: its page's name and the names of enclosing panels. */
export interface ElementLocation {
  element: ElementJson;
  page: string;
  /** names of the enclosing panels, outermost first; empty for an element directly on the page */
  path: string[];
}

const panelTypes = new Set(["panel", "flowpanel"]);
/** Elements that show something but hold no answer. */
const displayTypes = new Set(["html", "image"]);

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isElement(value: unknown): value is ElementJson {
  return isObject(value) && typeof value.type === "string" && typeof value.name === "string";
}

export function isDisplayElement(element: ElementJson): boolean {
  return displayTypes.has(element.type);
}

/**
 * Every question and display element in `elements` and, recursively, in the panels among them, in document
 * order. Panels themselves are not yielded, nor the template questions of a `paneldynamic` (its answer is one
 * array under the paneldynamic's own name; use `templateElements` for those).
 */
export function* walkElements(elements: unknown, page: string, path: string[] = []): Generator<ElementLocation> {
  if (!Array.isArray(elements)) return;
  for (const element of elements) {
    if (!isElement(element)) continue;
    if (panelTypes.has(element.type)) yield* walkElements(element.elements, page, [...path, element.name]);
    else yield { element, page, path };
  }
}

/** Every question and display element of a survey, in document order, panels included. */
export function surveyElements(survey: SurveyJson): ElementLocation[] {
  return survey.pages.flatMap((page) => [...walkElements(page.elements, page.name)]);
}

/** Every panel of a survey (not paneldynamic), in document order. */
export function surveyPanels(survey: SurveyJson): ElementLocation[] {
  const panels: ElementLocation[] = [];
  const visit = (elements: unknown, page: string, path: string[]): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!isElement(element) || !panelTypes.has(element.type)) continue;
      panels.push({ element, page, path });
      visit(element.elements, page, [...path, element.name]);
    }
  };
  for (const page of survey.pages) visit(page.elements, page.name, []);
  return panels;
}

/** The questions inside a `paneldynamic`'s template (the keys of each panel's answer object). */
export function templateElements(element: ElementJson): ElementJson[] {
  return [...walkElements(element.templateElements, "")].map((location) => location.element);
}

/** The names this question had in earlier versions (custom property `previousNames`). */
export function previousNamesOf(element: ElementJson): string[] {
  const names = element.previousNames;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : [];
}

/**
 * Pairs the elements of an old and a new version: by the new element's `previousNames` (earlier in the list
 * wins), then by equal name; each element is matched at most once. A new element whose name also exists in the
 * old version is taken for that old element, not as a rename of another, unless the old element of its name was
 * itself renamed away (a swap); so a stale `previousNames` entry does not break a reused name.
 * Returns old name → new element.
 */
export function matchElements(before: readonly ElementJson[], after: readonly ElementJson[]): Map<string, ElementJson> {
  const matches = new Map<string, ElementJson>();
  const taken = new Set<ElementJson>();
  const oldNames = new Set(before.map((element) => element.name));
  const claim = (allowed: (candidate: ElementJson) => boolean): boolean => {
    let changed = false;
    for (const old of before) {
      if (matches.has(old.name)) continue;
      let best: { element: ElementJson; rank: number } | undefined;
      for (const candidate of after) {
        if (taken.has(candidate) || candidate.name === old.name || !allowed(candidate)) continue;
        const rank = previousNamesOf(candidate).indexOf(old.name);
        if (rank >= 0 && (!best || rank < best.rank)) best = { element: candidate, rank };
      }
      if (best) {
        matches.set(old.name, best.element);
        taken.add(best.element);
        changed = true;
      }
    }
    return changed;
  };
  claim((candidate) => !oldNames.has(candidate.name));
  while (claim((candidate) => matches.has(candidate.name))) {
    // a rotation of names settles one step at a time
  }
  for (const old of before) {
    if (matches.has(old.name)) continue;
    const same = after.find((candidate) => candidate.name === old.name && !taken.has(candidate));
    if (same) {
      matches.set(old.name, same);
      taken.add(same);
    }
  }
  return matches;
}

/** The value of a SurveyJS item (choice, row, rate value): `"a"`, `"a|Text"`, `3` or `{ value, text }`. */
export function itemValue(item: unknown): unknown {
  if (typeof item === "string") {
    const separator = item.indexOf("|");
    return separator >= 0 ? item.slice(0, separator) : item;
  }
  if (isObject(item)) return item.value;
  return item;
}

/** The text of an item, if it has one apart from its value. */
export function itemText(item: unknown): unknown {
  if (typeof item === "string") {
    const separator = item.indexOf("|");
    return separator >= 0 ? item.slice(separator + 1) : undefined;
  }
  return isObject(item) ? item.text : undefined;
}

/** Whether an answer value equals a choice value, as SurveyJS sees it (1 and "1" are the same choice). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const primitive = (x: unknown) => typeof x === "string" || typeof x === "number" || typeof x === "boolean";
  return primitive(a) && primitive(b) && String(a) === String(b);
}

/** The shape of a question's answer. Questions of the same shape can take each other's answers. */
export type AnswerShape =
  | "single"
  | "multi"
  | "boolean"
  | "matrix"
  | "matrixdropdown"
  | "matrixdynamic"
  | "multipletext"
  | "paneldynamic"
  | "text"
  | "display"
  | "other";

export function answerShape(element: ElementJson): AnswerShape {
  switch (element.type) {
    case "radiogroup":
    case "dropdown":
    case "rating":
    case "buttongroup":
      return "single";
    case "checkbox":
    case "tagbox":
    case "ranking":
      return "multi";
    case "imagepicker":
      return element.multiSelect === true ? "multi" : "single";
    case "boolean":
      return "boolean";
    case "matrix":
    case "matrixdropdown":
    case "matrixdynamic":
    case "multipletext":
    case "paneldynamic":
      return element.type;
    case "text":
    case "comment":
      return "text";
    default:
      return displayTypes.has(element.type) ? "display" : "other";
  }
}

/** Whether an answer to `before` can be kept for `after` (after dropping what no longer exists). */
export function compatibleTypes(before: ElementJson, after: ElementJson): boolean {
  if (before.type === after.type && answerShape(before) === answerShape(after)) return true;
  const shape = answerShape(before);
  return shape === answerShape(after) && (shape === "single" || shape === "multi" || shape === "text");
}

const flag = (element: ElementJson, name: string, alternative?: string): boolean =>
  element[name] === true || (alternative !== undefined && element[alternative] === true);

export function hasOtherItem(element: ElementJson): boolean {
  return flag(element, "showOtherItem", "hasOther");
}

export function hasCommentArea(element: ElementJson): boolean {
  return flag(element, "showCommentArea", "hasComment");
}

/** The values of the built-in items a choice question shows ("Other", "None", "Refuse", "Don't know"). */
export function specialValues(element: ElementJson): string[] {
  const values: string[] = [];
  if (hasOtherItem(element)) values.push("other");
  if (flag(element, "showNoneItem", "hasNone")) values.push("none");
  if (flag(element, "showRefuseItem")) values.push("refused");
  if (flag(element, "showDontKnowItem")) values.push("dontknow");
  return values;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function range(min: number, max: number, step: number): number[] {
  const values: number[] = [];
  if (step <= 0) return values;
  for (let value = min; value <= max && values.length < 1000; value += step) values.push(value);
  return values;
}

/**
 * The choice items (raw JSON) a single- or multiple-choice question, a rating or a boolean offers, special items
 * excluded; undefined when the choices come from elsewhere at run time (`choicesByUrl`, `choicesFromQuestion`).
 */
export function choiceItems(element: ElementJson): unknown[] | undefined {
  if (element.choicesByUrl !== undefined || element.choicesFromQuestion !== undefined) return undefined;
  if (element.type === "boolean") return [element.valueTrue ?? true, element.valueFalse ?? false];
  if (element.type === "rating") {
    if (Array.isArray(element.rateValues) && element.rateValues.length > 0) return element.rateValues;
    const min = numberOr(element.rateMin, 1);
    const step = numberOr(element.rateStep, 1);
    const count = typeof element.rateCount === "number" ? element.rateCount : undefined;
    const max = numberOr(element.rateMax, count !== undefined ? min + (count - 1) * step : 5);
    return range(min, max, step);
  }
  const items = Array.isArray(element.choices) ? [...element.choices] : [];
  if (typeof element.choicesMin === "number" && typeof element.choicesMax === "number") {
    items.push(...range(element.choicesMin, element.choicesMax, numberOr(element.choicesStep, 1)));
  }
  return items;
}

/** All values an answer to a choice question may hold (special items included), or undefined if not known. */
export function allowedValues(element: ElementJson): unknown[] | undefined {
  const items = choiceItems(element);
  return items && [...items.map(itemValue), ...specialValues(element)];
}

/** The values of the rows of a `matrix` or `matrixdropdown` (empty if none are given). */
export function rowValues(element: ElementJson): unknown[] {
  return Array.isArray(element.rows) ? element.rows.map(itemValue) : [];
}

/** The column JSON of a `matrixdropdown` or `matrixdynamic`, each as an element of its cell type. */
export function matrixColumns(element: ElementJson): ElementJson[] {
  if (!Array.isArray(element.columns)) return [];
  const defaultCellType = typeof element.cellType === "string" ? element.cellType : "dropdown";
  return element.columns.filter(isObject).flatMap((column) => {
    if (typeof column.name !== "string") return [];
    const cellType = typeof column.cellType === "string" && column.cellType !== "default" ? column.cellType : defaultCellType;
    const { cellType: _cellType, ...rest } = column;
    const json: ElementJson = { ...rest, name: column.name, type: cellType };
    if (json.choices === undefined && element.choices !== undefined) json.choices = element.choices;
    return [json];
  });
}

/** The items of a `multipletext`, each as a `text` element. */
export function multipleTextItems(element: ElementJson): ElementJson[] {
  if (!Array.isArray(element.items)) return [];
  return element.items.filter(isObject).flatMap((item) =>
    typeof item.name === "string" ? [{ ...item, name: item.name, type: "text" } as ElementJson] : [],
  );
}

/** Structural equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}
