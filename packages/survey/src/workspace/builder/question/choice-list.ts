import type { DraftText, Locale } from "@afrapport/schema";
import { readDraftText, withLocaleText } from "./draft-text.js";

/**
 * Editing a list of SurveyJS items – a choice question's choices, a matrix's rows or columns – as raw JSON: each
 * function returns a new array and leaves the items it does not touch exactly as they were (an imported
 * `"a|Text"` string stays one until it is edited).
 */

export type ChoiceValue = string | number | boolean;

export interface ChoiceRow {
  value: ChoiceValue;
  text: DraftText;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An item as the editor shows it: `"a|Tekst"` reads as value `a` with the Danish text `Tekst`. */
export function readChoice(item: unknown): ChoiceRow {
  if (typeof item === "string") {
    const bar = item.indexOf("|");
    return bar < 0 ? { value: item, text: {} } : { value: item.slice(0, bar), text: readDraftText(item.slice(bar + 1)) };
  }
  if (typeof item === "number" || typeof item === "boolean") return { value: item, text: {} };
  if (isRecord(item)) {
    const value = item.value;
    return { value: typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : String(value ?? ""), text: readDraftText(item.text) };
  }
  return { value: String(item ?? ""), text: {} };
}

export function readChoices(items: unknown): ChoiceRow[] {
  return Array.isArray(items) ? items.map(readChoice) : [];
}

/** The item as an object, keeping any other property it has (visibleIf, …). */
function asObject(item: unknown): Record<string, unknown> {
  if (isRecord(item)) return { ...item };
  const row = readChoice(item);
  return row.text.da === undefined && row.text.en === undefined ? { value: row.value } : { value: row.value, text: row.text };
}

/**
 * What the value field's text becomes: a number stays a number while the text is one (SurveyJS treats 1 and "1"
 * alike in answers, but the JSON keeps its type), anything else is a string.
 */
export function valueFromText(text: string, previous: ChoiceValue): ChoiceValue {
  if (typeof previous === "number" && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  return text;
}

export function setChoiceValue(items: readonly unknown[], index: number, value: ChoiceValue): unknown[] {
  return items.map((item, i) => (i === index ? { ...asObject(item), value } : item));
}

export function setChoiceText(items: readonly unknown[], index: number, locale: Locale, text: string): unknown[] {
  return items.map((item, i) => {
    if (i !== index) return item;
    const object = asObject(item);
    const next = withLocaleText(object.text, locale, text);
    if (next === undefined) delete object.text;
    else object.text = next;
    return object;
  });
}

export function removeChoice(items: readonly unknown[], index: number): unknown[] {
  return items.filter((_, i) => i !== index);
}

/** Moves an item one place up (-1) or down (+1); at either end the list is returned unchanged. */
export function moveChoice<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Values compare as SurveyJS compares answers: 1 and "1" are the same choice, "A" and "a" are not. */
const valueKey = (value: unknown) => String(value);

const takenValues = (items: readonly unknown[]) => new Set([...items.map((item) => valueKey(readChoice(item).value)), "other", "none"]);

/**
 * A value not yet in the list: the stem itself, else the stem with `-2`, `-3` …. SurveyJS reserves `other` and
 * `none` for its own "Andet" and "Ingen" items, so they are never given.
 */
export function uniqueChoiceValue(items: readonly unknown[], stem: string): string {
  const taken = takenValues(items);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A new item at the end with a free numbered value (a third choice is `valg3`) and the given texts. */
export function addChoice(items: readonly unknown[], stem: string, text: DraftText = {}): unknown[] {
  const taken = takenValues(items);
  let n = items.length + 1;
  while (taken.has(`${stem}${n}`)) n += 1;
  const value = `${stem}${n}`;
  return [...items, text.da === undefined && text.en === undefined ? { value } : { value, text }];
}

/** The values that occur more than once, for marking them beside their rows. */
export function duplicateValues(items: readonly unknown[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const item of items) {
    const key = valueKey(readChoice(item).value);
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
  }
  return duplicates;
}
