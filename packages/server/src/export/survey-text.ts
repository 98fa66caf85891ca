import type { Locale } from "@afrapport/schema";

/** Reading texts and choices out of SurveyJS JSON, in the export's language. */

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A SurveyJS text – a string, or `{ default?, da?, en? }` – in one language. Danish falls back to `default`, then
 * English; English to `default`, then Danish; a missing text to `fallback` (usually the name or value).
 */
export function localText(value: unknown, fallback: string, locale: Locale): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (isRecord(value)) {
    const order = locale === "da" ? ["da", "default", "en"] : ["en", "default", "da"];
    for (const key of order) {
      const text = value[key];
      if (typeof text === "string" && text.trim() !== "") return text;
    }
  }
  return fallback;
}

export interface Choice {
  value: unknown;
  text: string;
}

/** SurveyJS's own items (shown with `showOtherItem`, `showNoneItem` …) when the JSON gives no text of its own. */
const builtInChoices: Record<string, Record<Locale, string>> = {
  other: { da: "Andet", en: "Other" },
  none: { da: "Ingen", en: "None" },
  refused: { da: "Ønsker ikke at svare", en: "Refuse to answer" },
  dontknow: { da: "Ved ikke", en: "Don't know" },
};

/** Choices, matrix rows or matrix columns as value/text pairs (SurveyJS allows bare values or `{ value, text }`). */
export function choiceList(list: unknown, locale: Locale): Choice[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    if (isRecord(item) && "value" in item) return { value: item.value, text: localText(item.text, String(item.value), locale) };
    return { value: item, text: String(item) };
  });
}

/** The text of one chosen value: the choice's text, SurveyJS's own text for other/none, else the value itself. */
export function choiceText(choices: readonly Choice[], value: unknown, locale: Locale): string {
  const listed = choices.find((choice) => choice.value === value || (typeof value !== "object" && String(choice.value) === String(value)));
  if (listed) return listed.text;
  if (typeof value === "string") return builtInChoices[value]?.[locale] ?? value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : (JSON.stringify(value) ?? "");
}

/** Named parts (multipletext items, matrixdropdown/matrixdynamic columns, panel templates) as name/title/JSON. */
export function namedParts(list: unknown, locale: Locale): { name: string; title: string; element: Json }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item === "string") return [{ name: item, title: item, element: { name: item } }];
    if (isRecord(item) && typeof item.name === "string") return [{ name: item.name, title: localText(item.title, item.name, locale), element: item }];
    return [];
  });
}
