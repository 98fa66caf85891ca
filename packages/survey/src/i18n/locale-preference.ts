import type { Locale } from "@afrapport/schema";
import type { KeyValueStorage } from "../respond/offline-queue.js";

/**
 * The page languages, Danish first. The same list as the schema's `locales`, kept here as a value so the landing
 * page does not load the schema (and survey-core with it); the type ties the two together.
 */
export const pageLocales = ["da", "en"] as const satisfies readonly Locale[];

/** Where the person's language choice is remembered. */
export const localeStorageKey = "afrapport:locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (pageLocales as readonly string[]).includes(value);
}

/** The remembered language, Danish when none was chosen (or storage is unavailable). */
export function readLocale(storage: KeyValueStorage | undefined): Locale {
  try {
    const value = storage?.getItem(localeStorageKey);
    return isLocale(value) ? value : "da";
  } catch {
    return "da";
  }
}

export function writeLocale(storage: KeyValueStorage | undefined, locale: Locale): void {
  try {
    storage?.setItem(localeStorageKey, locale);
  } catch {
    // the choice then lasts for this visit only
  }
}

/** `window.localStorage` when the browser allows it (it throws in some privacy modes). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
