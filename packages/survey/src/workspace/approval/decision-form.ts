/**
 * Recording a decision on one step of the approval path: the values of the form, and the check before sending.
 * Problems are values (a field and a reason); the component words them in Danish or English.
 */

export const decisions = ["approved", "approved-with-changes", "rejected", "noted", "sent"] as const;
export type Decision = (typeof decisions)[number];

export const maxNoteLength = 4000;

export interface DecisionInput {
  step: string;
  /** YYYY-MM-DD as an <input type="date"> gives it */
  date: string;
  decision: Decision | "";
  note: string;
}

export type DecisionField = "step" | "date" | "decision" | "note";
export type DecisionProblem =
  | { field: "step"; reason: "missing" }
  | { field: "date"; reason: "missing" | "invalid" | "future" }
  | { field: "decision"; reason: "missing" }
  | { field: "note"; reason: "needed" | "tooLong" };

/** Decisions that need a note: what is to be changed, or why the report was rejected. */
export function noteNeeded(decision: Decision | ""): boolean {
  return decision === "approved-with-changes" || decision === "rejected";
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today in Denmark as YYYY-MM-DD (a decision is dated by the Danish calendar, wherever the browser is). */
export function danishToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Every problem of the form, in the order of its fields (the error summary lists them in this order). */
export function checkDecision(input: DecisionInput, today: string = danishToday()): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (input.step.trim() === "") problems.push({ field: "step", reason: "missing" });
  if (input.date.trim() === "") problems.push({ field: "date", reason: "missing" });
  else if (!isIsoDate(input.date)) problems.push({ field: "date", reason: "invalid" });
  else if (input.date > today) problems.push({ field: "date", reason: "future" });
  if (input.decision === "") problems.push({ field: "decision", reason: "missing" });
  if (input.note.length > maxNoteLength) problems.push({ field: "note", reason: "tooLong" });
  else if (noteNeeded(input.decision) && input.note.trim() === "") problems.push({ field: "note", reason: "needed" });
  return problems;
}
