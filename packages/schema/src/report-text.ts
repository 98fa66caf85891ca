import { isRecord } from "./json-value.js";
import type { Locale, LocalizedText } from "./localized-text.js";

/**
 * Small text helpers shared by the screening model and the joint report: numbers read from answers, numbers
 * written in Danish or English, lists joined with "og"/"and", and SurveyJS texts as `LocalizedText`.
 */

/**
 * The number an answer holds, or `undefined` when it holds none. Accepts finite JavaScript numbers and strings
 * that are a plain whole number ("12", " 7 ", "-3"). Every other string is refused on purpose: "1.000" is one
 * thousand in Danish and one in English, "12,5" the reverse, so guessing would put wrong figures in a report.
 */
export function answerNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * True when an answer counts as not given: undefined, null, blank text, an empty array, or an object none of
 * whose values is given (`{}`, `{ "2017": null }`). 0 and false are answers.
 */
export function isUnanswered(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(isUnanswered);
  return false;
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

/** 1234.5 → "1.234,5" (da) or "1,234.5" (en). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}

/** ["a", "b", "c"] → "a, b og c" (da) or "a, b and c" (en). */
export function joinList(items: readonly string[], locale: Locale): string {
  const and = locale === "da" ? "og" : "and";
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** A value shown in a message: text in quotes, anything else as JSON, cut to 60 characters. */
export function quoteValue(value: unknown): string {
  const text = typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * A SurveyJS text (a string, or an object of locales such as `{ "default": "…", "en": "…" }`) as Danish and
 * English. Danish falls back to `default`, then to English; English to `default`, then to Danish; a missing
 * text to `fallback` (usually the name or value).
 */
export function surveyText(value: unknown, fallback: string): LocalizedText {
  if (typeof value === "string" && value.trim() !== "") return { da: value, en: value };
  if (isRecord(value)) {
    const pick = (key: string) => (typeof value[key] === "string" && value[key].trim() !== "" ? value[key] : undefined);
    const da = pick("da") ?? pick("default") ?? pick("en");
    const en = pick("en") ?? pick("default") ?? pick("da");
    if (da !== undefined && en !== undefined) return { da, en };
  }
  return { da: fallback, en: fallback };
}
