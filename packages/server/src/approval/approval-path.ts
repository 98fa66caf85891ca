import { findRegion } from "@afrapport/schema";
import type { ApprovalDecisionKind } from "../db/tables.js";

/**
 * The joint report's approval path as pure rules: the default steps per region, and which step may be decided
 * next. No database here; approval.service.ts applies the rules to what is stored.
 */

/** The municipal directors' forum named by how many municipalities it gathers (domain.md: K29, K22). */
const directorsForum: Record<string, string> = { "1084": "K29", "1083": "K22" };

/**
 * The usual path of a region's joint report: the reference group, the social directors, the municipal directors,
 * KKR, the municipal councils and the regional council, then the national board. Hovedstaden has K29 and KKR
 * Hovedstaden, Syddanmark K22 and KKR Syddanmark; the other regions get their KKR and a generic directors' step
 * the secretariat renames (PUT …/approval/steps).
 */
export function defaultApprovalSteps(regionCode: string): string[] {
  const region = findRegion(regionCode);
  const kkr = region === undefined ? "KKR" : `KKR ${region.name.da.replace(/^Region\s+/, "")}`;
  return [
    "Faglig referencegruppe",
    "Socialdirektørforum",
    directorsForum[regionCode] ?? "Kommunaldirektørkreds",
    kkr,
    "Kommunalbestyrelser og regionsråd",
    "Sendt til Socialstyrelsen",
  ];
}

export interface DecidedStep {
  position: number;
  decision: ApprovalDecisionKind;
}

/**
 * Where the report stands:
 * - `draft`: no decision yet, or the last one rejected the report (the secretariat edits it and resubmits);
 * - `in-approval`: on its way through the steps;
 * - `complete`: the last step has decided (and not rejected).
 */
export type ApprovalState = "draft" | "in-approval" | "complete";

export interface PathPosition {
  state: ApprovalState;
  /** the step that decides next (1-based); null when complete */
  next: number | null;
  /** the steps a decision may be recorded for now: `next`, or after a rejection any step up to the rejecting one */
  allowed: number[];
}

/** Replays the decisions, oldest first, over a path of `stepCount` steps. */
export function pathPosition(stepCount: number, decisions: readonly DecidedStep[]): PathPosition {
  let next = 1;
  let rejected = false;
  for (const decision of decisions) {
    rejected = decision.decision === "rejected";
    next = rejected ? decision.position : decision.position + 1;
  }
  if (decisions.length > 0 && !rejected && next > stepCount) return { state: "complete", next: null, allowed: [] };
  const allowed = rejected ? Array.from({ length: Math.min(next, stepCount) }, (_, i) => i + 1) : next <= stepCount ? [next] : [];
  return { state: decisions.length === 0 || rejected ? "draft" : "in-approval", next: Math.min(next, stepCount), allowed };
}

/** Why this kind of decision does not fit the step, or undefined when it does: `sent` belongs to the last step only. */
export function decisionKindRefusal(steps: readonly string[], position: number, decision: ApprovalDecisionKind): string | undefined {
  if (decision === "sent" && position !== steps.length) {
    return `decision: "sent" is the decision of the last step (${steps.length}. ${steps[steps.length - 1]}), not of step ${position}.`;
  }
  return undefined;
}

/** Why a decision may not be recorded now (out of order, or the path is complete), or undefined when it may. */
export function decisionRefusal(steps: readonly string[], decisions: readonly DecidedStep[], position: number): string | undefined {
  const at = pathPosition(steps.length, decisions);
  if (at.state === "complete") return "The approval path is complete; no further decision can be recorded.";
  if (at.allowed.includes(position)) return undefined;
  const name = (p: number) => `${p}. ${steps[p - 1] ?? "?"}`;
  if (position > Math.max(...at.allowed)) {
    const waiting = Math.max(...at.allowed);
    return `Step ${name(position)} cannot decide before step ${name(waiting)} has a decision.`;
  }
  return `Step ${name(position)} has already decided; the next step is ${name(at.next ?? 1)}.`;
}

/**
 * Why a new list of steps may not replace the current one, or undefined when it may: steps that already have
 * decisions keep their place and name, and a complete path is not changed.
 */
export function stepsChangeRefusal(current: readonly string[], proposed: readonly string[], decisions: readonly DecidedStep[]): string | undefined {
  if (decisions.length === 0) return undefined;
  if (pathPosition(current.length, decisions).state === "complete") return "The approval path is complete; its steps can no longer change.";
  const decided = Math.max(...decisions.map((d) => d.position));
  for (let position = 1; position <= decided; position++) {
    if (proposed[position - 1] !== current[position - 1]) {
      return `Steps 1–${decided} already have decisions and must stay as they are (step ${position} is "${current[position - 1]}").`;
    }
  }
  return undefined;
}
