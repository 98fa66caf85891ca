import type { Locale } from "@afrapport/schema";

/**
 * Dates as a Danish reader expects them: "23. november 2026" in text, "2026-11-23 14:05" in a spreadsheet,
 * always in Danish time (Europe/Copenhagen) whatever the server's time zone.
 */
export const reportTimeZone = "Europe/Copenhagen";

const longDate: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: reportTimeZone }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: reportTimeZone }),
};
const dateOnly: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};
const parts = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: reportTimeZone,
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A moment as "23. november 2026" (da) or "23 November 2026" (en), in Danish time. */
export function formatLongDate(date: Date, locale: Locale): string {
  return longDate[locale].format(date);
}

/**
 * A date given as text – "2026-12-01" (a calendar date, never shifted by time zones) or an ISO moment – as
 * "1. december 2026". Text that is not a date is returned as given, so a hand-written "efteråret 2026" survives.
 */
export function formatDateText(text: string, locale: Locale): string {
  const trimmed = text.trim();
  const day = DATE_ONLY.exec(trimmed);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return Number.isNaN(date.getTime()) ? text : dateOnly[locale].format(date);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const date = new Date(trimmed);
    if (!Number.isNaN(date.getTime())) return formatLongDate(date, locale);
  }
  return text;
}

/** The wall-clock fields of a moment in Danish time. */
function localFields(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  // one formatToParts per moment: an export formats one per row, and each call costs microseconds
  const fields = parts.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(fields.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO moment as "2026-11-23 14:05" in Danish time (sortable, and read as a date by Excel); other text as given. */
export function formatLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const f = localFields(date);
  return `${f.year}-${pad(f.month)}-${pad(f.day)} ${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * "2026-11-23 14:05" (as formatLocalDateTime writes it) as a spreadsheet date showing that wall-clock time.
 * Spreadsheet dates have no time zone, so the fields are written as if they were UTC – which is how ExcelJS
 * turns a Date into a serial number. Undefined for other text.
 */
export function parseLocalDateTime(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
