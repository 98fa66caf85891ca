import { parseDanishDate } from "../shell/danish-date.js";

/**
 * Recording a decision on one step of the approval path: the values of the form, and the check before sending.
 * Problems are values (a field and a reason); the component words them in Danish or English. The date is typed
 * the Danish way ("2.3.2026", like the workspace's other date fields) and sent as YYYY-MM-DD.
 */

export const decisions = ["approved", "approved-with-changes", "rejected", "noted", "sent"] as const;
export type Decision = (typeof decisions)[number];

/**
 * The decisions the form offers for a step: "sent" (the report goes to the national board) belongs to the last
 * step only, and the server refuses it anywhere else.
 */
export function decisionsFor(position: number, stepCount: number): Decision[] {
  return decisions.filter((decision) => decision !== "sent" || position === stepCount);
}

/** the server's limit (approval-input.ts) */
export const maxNoteLength = 2000;

export interface DecisionInput {
  /** the step's position, as the <select> gives it ("" for none chosen) */
  step: string;
  /** as typed: "2.3.2026", "02-03-2026" */
  date: string;
  decision: Decision | "";
  note: string;
}

export type DecisionField = "step" | "date" | "decision" | "note";
export type DecisionProblem =
  | { field: "step"; reason: "missing" }
  | { field: "date"; reason: "missing" | "invalid" | "future" | "beforePrevious" }
  | { field: "decision"; reason: "missing" }
  | { field: "note"; reason: "needed" | "tooLong" };

/** Decisions that need a note: what is to be changed, or why the report was rejected. */
export function noteNeeded(decision: Decision | ""): boolean {
  return decision === "approved-with-changes" || decision === "rejected";
}

/** A Danish date as YYYY-MM-DD, or undefined when it is no real date. */
export function isoDate(text: string): string | undefined {
  const parts = parseDanishDate(text);
  if (parts === null) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** "2.3.2026" for YYYY-MM-DD: how the form shows today's date to start from. */
export function danishDateText(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}.${month}.${year}`;
}

/** Today in Denmark as YYYY-MM-DD (a decision is dated by the Danish calendar, wherever the browser is). */
export function danishToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Every problem of the form, in the order of its fields (the error summary lists them in this order).
 * `previousDate` (YYYY-MM-DD): the latest decision's date; the server refuses an earlier one.
 */
export function checkDecision(input: DecisionInput, today: string = danishToday(), previousDate?: string): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (input.step.trim() === "") problems.push({ field: "step", reason: "missing" });
  if (input.date.trim() === "") problems.push({ field: "date", reason: "missing" });
  else if (isoDate(input.date) === undefined) problems.push({ field: "date", reason: "invalid" });
  else if (isoDate(input.date)! > today) problems.push({ field: "date", reason: "future" });
  else if (previousDate !== undefined && isoDate(input.date)! < previousDate) problems.push({ field: "date", reason: "beforePrevious" });
  if (input.decision === "") problems.push({ field: "decision", reason: "missing" });
  if (input.note.length > maxNoteLength) problems.push({ field: "note", reason: "tooLong" });
  else if (noteNeeded(input.decision) && input.note.trim() === "") problems.push({ field: "note", reason: "needed" });
  return problems;
}
