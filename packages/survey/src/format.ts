import type { Locale } from "@afrapport/schema";

/**
 * Dates, times and numbers as a Danish reader expects them ("1. december 2026 kl. 14.32", "12.345,7"), or in
 * British English. Times are always shown in Danish time, wherever the browser is, because deadlines are Danish.
 */
export const displayTimeZone = "Europe/Copenhagen";

const intlLocale: Record<Locale, string> = { da: "da-DK", en: "en-GB" };

type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "1. december 2026 kl. 14.32" / "1 December 2026 at 14:32" */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: displayTimeZone,
  }).format(toDate(value));
}

/** "1. december 2026" / "1 December 2026" */
export function formatDate(value: DateInput, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: displayTimeZone }).format(toDate(value));
}

/** "14.32" / "14:32" */
export function formatTime(value: DateInput, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeStyle: "short", timeZone: displayTimeZone }).format(toDate(value));
}

/** "12.345,7" / "12,345.7" */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }).format(value);
}

/** "45 %" / "45%" */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/** A file size for people: "850 kB", "12,3 MB"; 1 MB = 1024 × 1024 bytes, as the server's upload limit counts. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 0)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

/** Whether a deadline (ISO time) lies in the past at `now`. */
export function isPast(value: DateInput, now: Date = new Date()): boolean {
  return toDate(value).getTime() < now.getTime();
}
