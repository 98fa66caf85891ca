import type { ApprovalDecisionKind } from "../db/tables.js";
import type { DecisionRow } from "./approval.repository.js";

/** One recorded decision as the API shows it. */
export interface DecisionView {
  id: string;
  /** the step's position (1-based) in the approval path */
  step: number;
  /** the step's name when it decided */
  stepName: string;
  /** the meeting's date, YYYY-MM-DD */
  date: string;
  decision: ApprovalDecisionKind;
  note: string | null;
  decidedBy: { id: string; name: string | null };
  decidedAt: string;
  /** the report as it stood when the decision was recorded */
  snapshotId: string;
}

export function toDecisionView(row: DecisionRow): DecisionView {
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
