import { isRecord } from "./json-value.js";
import type { ElementJson } from "./survey-elements.js";

// The items of SurveyJS JSON (choices, rows, rate values, the built-in "Other"/"None" items) and how an answer
// value compares to them, read from the raw JSON. Internal to the package: diffQuestionnaires, migrateAnswers,
// the joint report and validateQuestionnaire read items only through these.

/** The value of a SurveyJS item (choice, row, rate value): `"a"`, `"a|Text"`, `3` or `{ value, text }`. */
export function itemValue(item: unknown): unknown {
  if (typeof item === "string") {
    const separator = item.indexOf("|");
    return separator >= 0 ? item.slice(0, separator) : item;
  }
  if (isRecord(item)) return item.value;
  return item;
}

/** The text of an item, if it has one apart from its value. */
export function itemText(item: unknown): unknown {
  if (typeof item === "string") {
    const separator = item.indexOf("|");
    return separator >= 0 ? item.slice(separator + 1) : undefined;
  }
  return isRecord(item) ? item.text : undefined;
}

/** Whether an answer value equals a choice value, as SurveyJS sees it (1 and "1" are the same choice). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const primitive = (x: unknown) => typeof x === "string" || typeof x === "number" || typeof x === "boolean";
  return primitive(a) && primitive(b) && String(a) === String(b);
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
