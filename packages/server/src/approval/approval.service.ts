import { randomUUID } from "node:crypto";
import type { Approval, ApprovalDecisionInput, ApprovalStep, RecordedDecision, SetStepsInput, SnapshotApprovalStep } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { canTransition } from "../campaign/campaign-status.js";
import { changeCampaignStatus, loadCampaign, type LoadedCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { Database } from "../db/tables.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { liveReportContent } from "../snapshot/report-draft.js";
import { campaignFacts, latestSnapshotSha256, snapshotOf, storeSnapshot } from "../snapshot/snapshot.service.js";
import { toDecisionView } from "./approval-decision-view.js";
import { decisionRefusal, stepsChangeRefusal } from "./approval-path.js";
import { approvalSituation, type ApprovalSituation } from "./approval-steps.js";
import { insertDecision, replaceSteps } from "./approval.repository.js";

const stepViews = (steps: readonly string[]): ApprovalStep[] => steps.map((name, index) => ({ position: index + 1, name }));

async function approvalView(db: Kysely<Database>, user: SessionUser, loaded: LoadedCampaign, situation: ApprovalSituation, now: Date): Promise<Approval> {
  const { steps, decisions, position } = situation;
  let changed = false;
  const latest = decisions.length > 0 ? await latestSnapshotSha256(db, loaded.campaign.id) : undefined;
  if (latest !== undefined) {
    const live = await liveReportContent(db, user, loaded.campaign, now);
    changed = live.ok && live.value.sha256 !== latest;
  }
  return {
    steps: stepViews(steps),
    customSteps: situation.stored,
    decisions: decisions.map(toDecisionView),
    state: position.state,
    nextStep: position.next === null ? null : { position: position.next, name: steps[position.next - 1] ?? "" },
    allowedSteps: position.allowed,
    reportChangedSinceLastSnapshot: changed,
  };
}

export async function getApproval(db: Kysely<Database>, user: SessionUser, campaignId: string, now: Date): Promise<Result<Approval>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  return ok(await approvalView(db, user, loaded.value, await approvalSituation(db, loaded.value.campaign), now));
}

/** Replaces the campaign's approval path. Steps that already have decisions keep their place and name. */
export async function setApprovalSteps(db: Kysely<Database>, user: SessionUser, campaignId: string, input: SetStepsInput, now: Date): Promise<Result<Approval>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const situation = await approvalSituation(db, campaign);
  const refusal = stepsChangeRefusal(situation.steps, input.steps, situation.decisions);
  if (refusal !== undefined) return fail("conflict", refusal, "steps");
  const unchanged = situation.stored && situation.steps.length === input.steps.length && situation.steps.every((step, i) => step === input.steps[i]);
  if (!unchanged) {
    await db.transaction().execute(async (trx) => {
      await replaceSteps(trx, campaignId, input.steps);
      await recordAudit(
        trx,
        { actor: user.id, action: "approval.steps_changed", campaignId, subjectType: "campaign", subjectId: campaignId, details: { from: situation.steps, to: input.steps } },
        now,
      );
    });
  }
  return ok(await approvalView(db, user, loaded.value, await approvalSituation(db, campaign), now));
}

function resolveStep(steps: readonly string[], step: number | string): Result<number> {
  if (typeof step === "number") {
    return step <= steps.length ? ok(step) : fail("validation_failed", `step: the approval path has ${steps.length} steps.`, "step");
  }
  const index = steps.findIndex((name) => name.toLocaleLowerCase("da") === step.toLocaleLowerCase("da"));
  return index >= 0 ? ok(index + 1) : fail("validation_failed", `step: the approval path has no step "${step}" (it has ${steps.join(", ")}).`, "step");
}

/**
 * Records a step's decision and freezes the report as it stands (joint reports, summaries, campaign facts with
 * the path so far) in the same transaction. Decisions go in order; a rejection sends the report back to draft
 * and lets it resume from any step up to the rejecting one. A `sent` decision (the last step) moves a closed
 * campaign to `reported` through the campaign service.
 */
export async function recordDecision(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: ApprovalDecisionInput,
  now: Date,
): Promise<Result<RecordedDecision>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const note = input.note === undefined || input.note === "" ? null : input.note;

  let outcome: Result<{ decisionId: string; snapshotId: string }>;
  try {
    outcome = await db.transaction().execute(async (trx): Promise<Result<{ decisionId: string; snapshotId: string }>> => {
      const situation = await approvalSituation(trx, campaign);
      const { steps, decisions } = situation;
      const position = resolveStep(steps, input.step);
      if (!position.ok) return position;
      const refusal = decisionRefusal(steps, decisions, position.value, input.decision);
      if (refusal !== undefined) return fail("conflict", refusal, "step");
      const previous = decisions[decisions.length - 1];
      if (previous !== undefined && input.date < previous.decision_date) {
        return fail("validation_failed", `date: must not be before the previous decision's date (${previous.decision_date}).`, "date");
      }
      // The path the decision was taken on is kept, whatever the region's default becomes.
      if (!situation.stored) await replaceSteps(trx, campaignId, steps);

      const live = await liveReportContent(trx, user, campaign, now);
      if (!live.ok) return live;
      const stepName = steps[position.value - 1]!;
      const approval: SnapshotApprovalStep[] = [
        ...decisions.map((d) => ({ position: d.position, step: d.step_name, date: d.decision_date, decision: d.decision, note: d.note })),
        { position: position.value, step: stepName, date: input.date, decision: input.decision, note },
      ];
      const facts = await campaignFacts(trx, loaded.value, approval);
      const { sha256, ...content } = live.value;
      const snapshot = await storeSnapshot(trx, { campaignId, content, sha256, facts, userId: user.id }, now);
      const decisionId = randomUUID();
      await insertDecision(trx, {
        id: decisionId,
        campaign_id: campaignId,
        sequence: decisions.length + 1,
        position: position.value,
        step_name: stepName,
        decision_date: input.date,
        decision: input.decision,
        note,
        decided_by: user.id,
        decided_at: now.toISOString(),
        snapshot_id: snapshot.id,
      });
      await recordAudit(
        trx,
        { actor: user.id, action: "report.snapshot_created", campaignId, subjectType: "report_snapshot", subjectId: snapshot.id, details: { sha256 } },
        now,
      );
      await recordAudit(
        trx,
        {
          actor: user.id,
          action: "approval.decision_recorded",
          campaignId,
          subjectType: "approval_decision",
          subjectId: decisionId,
          details: { step: position.value, stepName, date: input.date, decision: input.decision, snapshotId: snapshot.id },
        },
        now,
      );
      return ok({ decisionId, snapshotId: snapshot.id });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    outcome = fail("conflict", "A colleague recorded a decision at the same moment; reload and try again.", "step");
  }
  if (!outcome.ok) return outcome;

  let status = campaign.status;
  if (input.decision === "sent" && canTransition(campaign.status, "reported")) {
    const moved = await changeCampaignStatus(db, user, campaignId, "reported", now);
    if (moved.ok) status = moved.value.status;
  }
  const snapshot = await snapshotOf(db, campaignId, outcome.value.snapshotId);
  if (!snapshot.ok) throw new Error(`snapshot ${outcome.value.snapshotId} vanished`);
  return ok({ decision: snapshot.value.decision!, snapshot: snapshot.value, campaignStatus: status });
}
