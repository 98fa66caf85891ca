import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { SnapshotViewSchema } from "../snapshot/snapshot.routes.js";
import { RecordDecisionSchema, SetStepsSchema } from "./approval-input.js";
import { approvalDecisionKinds } from "./approval-path.js";
import { getApproval, recordDecision, setApprovalSteps } from "./approval.service.js";

const StepSchema = z.object({ position: z.number().int(), name: z.string() });
export const DecisionViewSchema = z.object({
  id: z.string(),
  step: z.number().int().describe("the step's position"),
  stepName: z.string(),
  date: z.string(),
  decision: z.enum(approvalDecisionKinds),
  note: z.string().nullable(),
  decidedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  decidedAt: z.string(),
  snapshotId: z.string(),
});
const ApprovalViewSchema = z.object({
  steps: z.array(StepSchema),
  customSteps: z.boolean(),
  decisions: z.array(DecisionViewSchema),
  state: z.enum(["draft", "in-approval", "complete"]),
  nextStep: StepSchema.nullable(),
  allowedSteps: z.array(z.number().int()),
  reportChangedSinceLastSnapshot: z.boolean(),
});

const notFound = { description: "No such campaign, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign (reviewer, national board)" };

/** The joint report's approval path: its steps, the decisions in order, each with a frozen snapshot. */
export function approvalRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/approval",
    summary: "The approval path: steps (the region's default until changed), decisions in order, and whether the report changed since the last snapshot",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "The path", schema: ApprovalViewSchema }, 404: notFound },
  });
  router.get("/campaigns/:id/approval", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json(unwrap(await getApproval(deps.db, currentUser(res), id, deps.now())));
  });

  registerRoute({
    method: "put",
    path: "/api/campaigns/:id/approval/steps",
    summary: "Replace the approval path's steps; steps that already decided keep their place and name",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: SetStepsSchema },
    responses: {
      200: { description: "The path", schema: ApprovalViewSchema },
      400: { description: "No steps, an empty, too long or repeated step; `field` names it (steps.2)" },
      403: readOnly,
      404: notFound,
      409: { description: "A decided step would move or change, or the path is complete" },
    },
  });
  router.put("/campaigns/:id/approval/steps", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(SetStepsSchema, req.body);
    res.json(unwrap(await setApprovalSteps(deps.db, currentUser(res), id, input, deps.now())));
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/approval/decisions",
    summary: "Record a step's decision; the report as it stands is frozen in a snapshot",
    description:
      "`step` is the step's position or name. Decisions go in order; after `rejected` the report is a draft again " +
      "and may resume from any step up to the rejecting one. `sent` is the last step's decision and moves a closed " +
      "campaign to reported.",
    tags: ["report workflow"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: RecordDecisionSchema },
    responses: {
      201: {
        description: "Recorded, with the frozen snapshot",
        schema: z.object({ decision: DecisionViewSchema, snapshot: SnapshotViewSchema, campaignStatus: z.enum(["draft", "open", "closed", "reported"]) }),
      },
      400: { description: "Unknown step, bad date or decision, a date before the previous decision's; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "Out of order (an earlier step has not decided), or the path is complete" },
    },
  });
  router.post("/campaigns/:id/approval/decisions", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(RecordDecisionSchema, req.body);
    res.status(201).json(unwrap(await recordDecision(deps.db, currentUser(res), id, input, deps.now())));
  });

  return router;
}
