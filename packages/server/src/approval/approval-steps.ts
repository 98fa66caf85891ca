import type { Kysely } from "kysely";
import type { CampaignRow, Database } from "../db/tables.js";
import type { StoredCouncilDecision } from "./approval-councils.js";
import { defaultApprovalSteps, pathPosition, type PathPosition } from "./approval-path.js";
import { listCouncilDecisions, listDecisionRows, listStepNames, listStepPlans, type DecisionRow, type StepPlanRow } from "./approval.repository.js";

/** A campaign's approval path as it holds now: its own steps, else its region's default. */
export async function effectiveSteps(db: Kysely<Database>, campaign: Pick<CampaignRow, "id" | "region_code">): Promise<{ steps: string[]; stored: boolean }> {
  const stored = await listStepNames(db, campaign.id);
  return stored.length > 0 ? { steps: stored, stored: true } : { steps: defaultApprovalSteps(campaign.region_code), stored: false };
}

export interface ApprovalSituation {
  steps: string[];
  /** false while the campaign follows its region's default steps */
  stored: boolean;
  decisions: DecisionRow[];
  position: PathPosition;
  /** the planned dates, by step name */
  plans: StepPlanRow[];
  councilDecisions: StoredCouncilDecision[];
}

/** The steps, the decisions so far and where they leave the report, with the plans and the councils' decisions. */
export async function approvalSituation(db: Kysely<Database>, campaign: Pick<CampaignRow, "id" | "region_code">): Promise<ApprovalSituation> {
  const { steps, stored } = await effectiveSteps(db, campaign);
  const decisions = await listDecisionRows(db, campaign.id);
  return {
    steps,
    stored,
    decisions,
    position: pathPosition(steps.length, decisions),
    plans: await listStepPlans(db, campaign.id),
    councilDecisions: await listCouncilDecisions(db, campaign.id),
  };
}
