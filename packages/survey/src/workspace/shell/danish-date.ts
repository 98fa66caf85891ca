import { displayTimeZone } from "../../format.js";

/**
 * A deadline typed the Danish way – a date "1.12.2026" (also 01-12-2026, 1/12/2026) and a time "12.00" (also
 * 12:00, 12) – read as Danish time and turned into an ISO instant with the right offset for that day (CET or
 * CEST), whatever time zone the browser is in. Pure; the forms show a Danish message when a part is wrong.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
}

export function parseDanishDate(text: string): DateParts | null {
  const match = /^\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{4})\s*$/.exec(text);
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 2000 || year > 2100) return null;
  return { year, month, day };
}

export function parseDanishTime(text: string): TimeParts | null {
  const match = /^\s*(\d{1,2})(?:\s*[.:]\s*(\d{2}))?\s*$/.exec(text);
  if (match === null) return null;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The offset of Danish time from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function copenhagenOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: displayTimeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/** "2026-12-01T12:00:00+01:00": the Danish wall-clock time as an ISO instant with its offset. */
export function copenhagenIso(date: DateParts, time: TimeParts): string {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // the offset at the guessed instant, then once more at the corrected one (right around the DST switch)
  let offset = copenhagenOffsetMinutes(new Date(wall - 60 * 60000));
  offset = copenhagenOffsetMinutes(new Date(wall - offset * 60000));
  const pad = (n: number) => String(n).padStart(2, "0");
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(time.hour)}:${pad(time.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The Danish date and time fields' text for an instant: ["1.12.2026", "12.00"]. */
export function danishDateTimeText(value: string | Date): [string, string] {
  const instant = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: displayTimeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return [`${Number(get("day"))}.${Number(get("month"))}.${get("year")}`, `${get("hour")}.${get("minute")}`];
}

export type DeadlineProblem = "date" | "time" | "past" | "notLater";

/**
 * Reads the two deadline fields. `after` is the instant the deadline must be later than (now, or the current
 * deadline when extending); the problem names the field to mark.
 */
export function readDeadline(dateText: string, timeText: string, after: Date, afterKind: "past" | "notLater" = "past"): { ok: true; iso: string } | { ok: false; problem: DeadlineProblem } {
  const date = parseDanishDate(dateText);
  if (date === null) return { ok: false, problem: "date" };
  const time = parseDanishTime(timeText);
  if (time === null) return { ok: false, problem: "time" };
  const iso = copenhagenIso(date, time);
  if (Date.parse(iso) <= after.getTime()) return { ok: false, problem: afterKind };
  return { ok: true, iso };
}
