import type { RespondentState } from "@afrapport/schema/api";
import type { ResponseStatus } from "../db/tables.js";

/** Where a respondent is, as the secretariat's status board shows it (the API contract lists the states). */
export type { RespondentState };

export function respondentState(input: { status: ResponseStatus; firstOpenedAt: string | null; currentRevision: number }): RespondentState {
  if (input.status === "submitted") return "submitted";
  if (input.status === "reopened") return "reopened";
  return input.firstOpenedAt === null && input.currentRevision === 0 ? "not-opened" : "in-progress";
}

/**
 * The deadline that holds for one respondent: its own extension when that is later than the campaign's deadline,
 * else the campaign's (a later campaign-wide extension never shortens a respondent's time).
 */
export function effectiveDeadline(campaignDeadline: string, respondentDeadline: string | null): string {
  if (respondentDeadline === null) return campaignDeadline;
  return Date.parse(respondentDeadline) > Date.parse(campaignDeadline) ? respondentDeadline : campaignDeadline;
}

export function emptyStateCounts(): Record<RespondentState, number> {
  return { "not-opened": 0, "in-progress": 0, submitted: 0, reopened: 0 };
}
