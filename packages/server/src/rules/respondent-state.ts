import type { RespondentState } from "@afrapport/schema/api";
import type { ResponseStatus } from "../db/tables.js";

/**
 * Where a respondent is, as the secretariat's status board shows it (the API contract lists the states); the
 * campaign list counts them, and the answer exports and the CSV name them.
 */
export function respondentState(input: { status: ResponseStatus; firstOpenedAt: string | null; currentRevision: number }): RespondentState {
  if (input.status === "submitted") return "submitted";
  if (input.status === "reopened") return "reopened";
  return input.firstOpenedAt === null && input.currentRevision === 0 ? "not-opened" : "in-progress";
}

export function emptyStateCounts(): Record<RespondentState, number> {
  return { "not-opened": 0, "in-progress": 0, submitted: 0, reopened: 0 };
}
