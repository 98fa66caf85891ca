import type { DraftText, Locale } from "@afrapport/schema";

/**
 * A text of the survey JSON as the editor shows it: `{ da, en }`, whichever is there. Imported JSON may still hold a
 * plain string (validateQuestionnaire calls it not-localized); the editor reads it as the Danish text, and the next
 * edit writes it back localized.
 */
export function readDraftText(value: unknown): DraftText {
  if (typeof value === "string") return value === "" ? {} : { da: value };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const text: DraftText = {};
  if (typeof record.da === "string") text.da = record.da;
  if (typeof record.en === "string") text.en = record.en;
  return text;
}

/**
 * The text with one language set; an emptied language is left out (as SurveyJS leaves out an untranslated string),
 * and a text with no language left is `undefined`, so the property disappears rather than holding `{}`.
 */
export function withLocaleText(value: unknown, locale: Locale, text: string): DraftText | undefined {
  const next: DraftText = { ...readDraftText(value) };
  if (text === "") delete next[locale];
  else next[locale] = text;
  return next.da === undefined && next.en === undefined ? undefined : next;
}

/** Whether the language is missing (blank counts as missing, as in `missingLocales`). */
export function lacks(text: DraftText, locale: Locale): boolean {
  return (text[locale] ?? "").trim() === "";
}
