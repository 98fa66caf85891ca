import { isoDate } from "./decision-form.js";

/**
 * A step's planned date, as the secretariat types it: one date ("12.6.2027"), or a period given by its first and
 * last day ("1.6.2027" – "30.6.2027" for "KKR in June"). Problems are values; the component words them.
 */

export interface PlanInput {
  from: string;
  to: string;
}

export type PlanProblem = { field: "from"; reason: "missing" | "invalid" } | { field: "to"; reason: "invalid" | "beforeFrom" };

export type PlanCheck = { ok: true; plannedFrom: string; plannedTo: string | null } | { ok: false; problems: PlanProblem[] };

/** Checks the typed dates and gives them as YYYY-MM-DD. A last day equal to the first is a single day. */
export function checkPlan(input: PlanInput): PlanCheck {
  const problems: PlanProblem[] = [];
  const from = input.from.trim() === "" ? undefined : isoDate(input.from);
  const to = input.to.trim() === "" ? undefined : isoDate(input.to);
  if (input.from.trim() === "") problems.push({ field: "from", reason: "missing" });
  else if (from === undefined) problems.push({ field: "from", reason: "invalid" });
  if (input.to.trim() !== "" && to === undefined) problems.push({ field: "to", reason: "invalid" });
  else if (from !== undefined && to !== undefined && to < from) problems.push({ field: "to", reason: "beforeFrom" });
  if (problems.length > 0 || from === undefined) return { ok: false, problems };
  return { ok: true, plannedFrom: from, plannedTo: to === undefined || to === from ? null : to };
}
