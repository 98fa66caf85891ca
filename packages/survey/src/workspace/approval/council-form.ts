import type { CouncilDecisionKind } from "@afrapport/schema/api";
import { isoDate, maxNoteLength } from "./decision-form.js";

/** One council's decision on the councils' step, as typed; the check before sending. */

export const councilDecisions = ["approved", "approved-with-remarks", "not-approved"] as const satisfies readonly CouncilDecisionKind[];

export interface CouncilInput {
  decision: CouncilDecisionKind | "";
  /** as typed: "12.6.2027" */
  date: string;
  note: string;
}

export type CouncilField = "decision" | "date" | "note";
export type CouncilProblem =
  | { field: "decision"; reason: "missing" }
  | { field: "date"; reason: "missing" | "invalid" | "future" }
  | { field: "note"; reason: "tooLong" };

/** Every problem, in the order of the form's fields. `today` is YYYY-MM-DD in Denmark. */
export function checkCouncil(input: CouncilInput, today: string): CouncilProblem[] {
  const problems: CouncilProblem[] = [];
  if (input.decision === "") problems.push({ field: "decision", reason: "missing" });
  const date = isoDate(input.date);
  if (input.date.trim() === "") problems.push({ field: "date", reason: "missing" });
  else if (date === undefined) problems.push({ field: "date", reason: "invalid" });
  else if (date > today) problems.push({ field: "date", reason: "future" });
  if (input.note.length > maxNoteLength) problems.push({ field: "note", reason: "tooLong" });
  return problems;
}
