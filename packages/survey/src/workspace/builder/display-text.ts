import type { DraftText, Locale } from "@afrapport/schema";

/** A draft text in the reader's language, else the other one (a half-made draft is still recognisable), else "". */
export function displayText(text: DraftText | undefined, locale: Locale): string {
  const own = text?.[locale]?.trim() ?? "";
  if (own !== "") return own;
  return text?.[locale === "da" ? "en" : "da"]?.trim() ?? "";
}

/** A text with one language set (blank leaves it out, as a draft does with a missing language). */
export function withLanguage(text: DraftText | undefined, locale: Locale, value: string): DraftText {
  const next: DraftText = { ...text };
  if (value.trim() === "") delete next[locale];
  else next[locale] = value;
  return next;
}
