import type { ApprovalDecisionKind } from "../db/tables.js";

/**
 * Each approval step's plan against what happened: the planned meeting date (or range, e.g. KKR some day in
 * June) beside the decision's date, and whether the step is late. Pure; dates are YYYY-MM-DD strings, which
 * compare in calendar order.
 */

export interface StepPlan {
  plannedFrom: string;
  plannedTo: string | null;
}

/**
 * The date a step decided on, from its latest decision; null while it has none or when its latest decision
 * rejected the report (the step must decide again).
 */
export function decidedOn(decisions: readonly { position: number; decision: ApprovalDecisionKind; decision_date: string }[], position: number): string | null {
  const latest = decisions.filter((d) => d.position === position).at(-1);
  return latest === undefined || latest.decision === "rejected" ? null : latest.decision_date;
}

/** Late: the plan's last day is before today and the step has not decided. */
export function isOverdue(plan: StepPlan | undefined, decided: string | null, today: string): boolean {
  if (plan === undefined || decided !== null) return false;
  return (plan.plannedTo ?? plan.plannedFrom) < today;
}

/** Today in Denmark as YYYY-MM-DD: a meeting is planned by the Danish calendar, whatever the server's zone. */
export function danishDay(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
