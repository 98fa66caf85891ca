import { randomUUID } from "node:crypto";
import type {
  Approval,
  ApprovalDecisionInput,
  ApprovalStep,
  CouncilDecisionInput,
  Councils,
  RecordedDecision,
  SetStepPlanInput,
  SetStepsInput,
  SnapshotApprovalStep,
} from "@afrapport/schema/api";
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
import { councilStepPosition, councilViews, isCouncilStep, isRegionCouncil } from "./approval-councils.js";
import { decisionKindRefusal, decisionRefusal, stepsChangeRefusal } from "./approval-path.js";
import { danishDay, decidedOn, isOverdue } from "./approval-schedule.js";
import { approvalSituation, type ApprovalSituation } from "./approval-steps.js";
import { insertDecision, replaceSteps, saveCouncilDecision, saveStepPlan } from "./approval.repository.js";
import { enqueueWebhookEvent } from "../webhook/webhook-events.js";

function stepViews(situation: ApprovalSituation, today: string): ApprovalStep[] {
  const plans = new Map(situation.plans.map((row) => [row.step_name, { plannedFrom: row.planned_from, plannedTo: row.planned_to }]));
  return situation.steps.map((name, index) => {
    const plan = plans.get(name);
    const decided = decidedOn(situation.decisions, index + 1);
    return {
      position: index + 1,
      name,
      plannedFrom: plan?.plannedFrom ?? null,
      plannedTo: plan?.plannedTo ?? null,
      decidedOn: decided,
      overdue: isOverdue(plan, decided, today),
      councils: isCouncilStep(name) && councilStepPosition(situation.steps) === index + 1,
    };
  });
}

/** Whether the steps before the councils' step have decided, so the councils' decisions may be recorded. */
function councilsStarted(situation: ApprovalSituation, step: number): boolean {
  return situation.position.state !== "complete" && (step === 1 || decidedOn(situation.decisions, step - 1) !== null);
}

function councilsView(regionCode: string, situation: ApprovalSituation): Councils | null {
  const step = councilStepPosition(situation.steps);
  if (step === undefined) return null;
  const councils = councilViews(regionCode, situation.councilDecisions);
  return { step, started: councilsStarted(situation, step), councils, missing: councils.filter((c) => c.decision === null).length };
}

async function approvalView(db: Kysely<Database>, user: SessionUser, loaded: LoadedCampaign, situation: ApprovalSituation, now: Date): Promise<Approval> {
  const { decisions, position } = situation;
  const steps = situation.steps;
  let changed = false;
  const latest = decisions.length > 0 ? await latestSnapshotSha256(db, loaded.campaign.id) : undefined;
  if (latest !== undefined) {
    const live = await liveReportContent(db, user, loaded.campaign, now);
    changed = live.ok && live.value.sha256 !== latest;
  }
  return {
    steps: stepViews(situation, danishDay(now)),
    customSteps: situation.stored,
    decisions: decisions.map(toDecisionView),
    state: position.state,
    nextStep: position.next === null ? null : { position: position.next, name: steps[position.next - 1] ?? "" },
    allowedSteps: position.allowed,
    reportChangedSinceLastSnapshot: changed,
    councils: councilsView(loaded.campaign.region_code, situation),
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
      const kindRefusal = decisionKindRefusal(steps, position.value, input.decision);
      if (kindRefusal !== undefined) return fail("validation_failed", kindRefusal, "decision");
      const refusal = decisionRefusal(steps, decisions, position.value);
      if (refusal !== undefined) return fail("conflict", refusal, "step");
      // the councils' step decides once every council has (a rejection may come sooner)
      if (position.value === councilStepPosition(steps) && input.decision !== "rejected") {
        const missing = councilViews(campaign.region_code, situation.councilDecisions).filter((c) => c.decision === null);
        if (missing.length > 0) {
          const names = missing.slice(0, 5).map((c) => c.name).join(", ");
          return fail("conflict", `step: ${missing.length} councils have not decided yet (${names}${missing.length > 5 ? ", …" : ""}).`, "step");
        }
      }
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
      await enqueueWebhookEvent(
        trx,
        { event: "approval.decided", campaign, data: { decisionId, step: position.value, stepName, decision: input.decision, date: input.date, snapshotId: snapshot.id } },
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

/** Sets or removes a step's planned date or range. The path is stored as it is, so the plan keeps its step. */
export async function setStepPlan(db: Kysely<Database>, user: SessionUser, campaignId: string, input: SetStepPlanInput, now: Date): Promise<Result<Approval>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const situation = await approvalSituation(db, campaign);
  const position = resolveStep(situation.steps, input.step);
  if (!position.ok) return position;
  const stepName = situation.steps[position.value - 1]!;
  const plan = input.plannedFrom === null ? null : { planned_from: input.plannedFrom, planned_to: input.plannedTo ?? null };
  await db.transaction().execute(async (trx) => {
    if (!situation.stored) await replaceSteps(trx, campaignId, situation.steps);
    await saveStepPlan(trx, campaignId, stepName, plan === null ? null : { ...plan, updated_by: user.id, updated_at: now.toISOString() });
    await recordAudit(
      trx,
      { actor: user.id, action: "approval.plan_changed", campaignId, subjectType: "campaign", subjectId: campaignId, details: { step: position.value, stepName, plan } },
      now,
    );
  });
  return ok(await approvalView(db, user, loaded.value, await approvalSituation(db, campaign), now));
}

/**
 * Records one council's decision on the councils' step, or corrects it. The council must be a municipality of
 * the campaign's region or the region itself, and the steps before the councils' step must have decided.
 */
export async function recordCouncilDecision(
  db: Kysely<Database>,
  user: SessionUser,
  campaignId: string,
  input: CouncilDecisionInput,
  now: Date,
): Promise<Result<Approval>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  if (!isRegionCouncil(campaign.region_code, input.council)) {
    return fail("validation_failed", `council: "${input.council}" is neither a municipality of the campaign's region nor the region (${campaign.region_code}).`, "council");
  }
  const situation = await approvalSituation(db, campaign);
  const step = councilStepPosition(situation.steps);
  if (step === undefined) return fail("conflict", "council: the approval path has no councils' step (a step named like \"Kommunalbestyrelser og regionsråd\").", "council");
  if (situation.position.state === "complete") return fail("conflict", "council: the approval path is complete.", "council");
  if (!councilsStarted(situation, step)) {
    return fail("conflict", `council: the councils' step (${step}. ${situation.steps[step - 1]}) has not started; step ${step - 1} has no decision yet.`, "council");
  }
  const note = input.note === undefined || input.note === "" ? null : input.note;
  await db.transaction().execute(async (trx) => {
    await saveCouncilDecision(trx, {
      campaign_id: campaignId,
      council_code: input.council,
      decision: input.decision,
      decision_date: input.date,
      note,
      recorded_by: user.id,
      recorded_at: now.toISOString(),
    });
    await recordAudit(
      trx,
      {
        actor: user.id,
        action: "approval.council_decision_recorded",
        campaignId,
        subjectType: "campaign",
        subjectId: campaignId,
        details: { council: input.council, decision: input.decision, date: input.date },
      },
      now,
    );
  });
  return ok(await approvalView(db, user, loaded.value, await approvalSituation(db, campaign), now));
}
