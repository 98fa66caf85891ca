import type { ApprovalDecision } from "@afrapport/schema/api";
import type { DecisionRow } from "./approval.repository.js";

/** One recorded decision as the API shows it. */
export function toDecisionView(row: DecisionRow): ApprovalDecision {
  return {
    id: row.id,
    step: row.position,
    stepName: row.step_name,
    date: row.decision_date,
    decision: row.decision,
    note: row.note,
    decidedBy: { id: row.decided_by, name: row.decided_by_name },
    decidedAt: row.decided_at,
    snapshotId: row.snapshot_id,
  };
}
