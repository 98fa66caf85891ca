import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, CampaignStatusSchema, responses } from "./common.js";
import { ApprovalDecisionKindSchema, ApprovalDecisionSchema, ReportSnapshotSchema } from "./snapshot.api.js";

// The joint report's approval path: its steps, the decisions in order, each with a frozen snapshot.

export const maxApprovalSteps = 20;

export const SetStepsSchema = z.strictObject({
  steps: z
    .array(z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"))
    .min(1, "give at least one step")
    .max(maxApprovalSteps, `at most ${maxApprovalSteps} steps`)
    .superRefine((steps, ctx) => {
      const seen = new Map<string, number>();
      steps.forEach((step, index) => {
        const key = step.toLocaleLowerCase("da");
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: `"${step}" is already step ${seen.get(key)! + 1}`, path: [index] });
        else seen.set(key, index);
      });
    }),
});
export type SetStepsInput = z.infer<typeof SetStepsSchema>;

export const ApprovalDecisionInputSchema = z.strictObject({
  /** the step's position (1-based) or its exact name */
  step: z.union([z.number().int().min(1), z.string().trim().min(1).max(200)]),
  /** the meeting's date */
  date: z.iso.date({ error: "must be a date like 2026-12-04" }),
  decision: ApprovalDecisionKindSchema,
  note: z.string().trim().max(2000, "must be at most 2,000 characters").optional(),
});
export type ApprovalDecisionInput = z.infer<typeof ApprovalDecisionInputSchema>;

const DateSchema = z.iso.date({ error: "must be a date like 2027-06-12" });

export const ApprovalStepSchema = z.object({
  position: z.number().int(),
  name: z.string(),
  /** the planned meeting date, or the first day of a planned range (YYYY-MM-DD); null when not planned */
  plannedFrom: z.string().nullable(),
  /** the last day of a planned range; null for a single day or no plan */
  plannedTo: z.string().nullable(),
  /** the date of the step's latest decision, unless it rejected the report; null while it has none */
  decidedOn: z.string().nullable(),
  /** planned to be over before today (Danish time) and not decided */
  overdue: z.boolean(),
  /** the councils' step: every municipal council of the region and the regional council decide on it */
  councils: z.boolean(),
});
export type ApprovalStep = z.infer<typeof ApprovalStepSchema>;

export const SetStepPlanSchema = z
  .strictObject({
    /** the step's position (1-based) or its exact name */
    step: z.union([z.number().int().min(1), z.string().trim().min(1).max(200)]),
    /** the planned date, or the first day of a range; null removes the plan */
    plannedFrom: DateSchema.nullable(),
    /** the last day of a range */
    plannedTo: DateSchema.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.plannedTo == null) return;
    if (value.plannedFrom === null) ctx.addIssue({ code: "custom", message: "a range needs its first day", path: ["plannedFrom"] });
    else if (value.plannedTo < value.plannedFrom) ctx.addIssue({ code: "custom", message: "must not be before plannedFrom", path: ["plannedTo"] });
  });
export type SetStepPlanInput = z.infer<typeof SetStepPlanSchema>;

export const councilDecisionKinds = ["approved", "approved-with-remarks", "not-approved"] as const;
export const CouncilDecisionKindSchema = z.enum(councilDecisionKinds, { error: "must be approved, approved-with-remarks or not-approved" });
export type CouncilDecisionKind = z.infer<typeof CouncilDecisionKindSchema>;

export const CouncilDecisionInputSchema = z.strictObject({
  /** a municipality's 3-digit code, or the region's code for the regional council */
  council: z.string().trim().min(1, "must be a municipality or region code").max(10),
  decision: CouncilDecisionKindSchema,
  /** the council meeting's date */
  date: DateSchema,
  note: z.string().trim().max(2000, "must be at most 2,000 characters").optional(),
});
export type CouncilDecisionInput = z.infer<typeof CouncilDecisionInputSchema>;

export const CouncilSchema = z.object({
  /** a municipality's code, or the region's code */
  code: z.string(),
  kind: z.enum(["municipality", "region"]),
  /** "Albertslund Kommune", "Regionsrådet i Region Hovedstaden" */
  name: z.string(),
  decision: CouncilDecisionKindSchema.nullable(),
  date: z.string().nullable(),
  note: z.string().nullable(),
});
export type Council = z.infer<typeof CouncilSchema>;

export const CouncilsSchema = z.object({
  /** the councils' step's position */
  step: z.number().int(),
  /** whether the steps before it have decided, so councils' decisions may be recorded */
  started: z.boolean(),
  /** every municipality of the campaign's region, then the regional council */
  councils: z.array(CouncilSchema),
  /** how many have not decided; the step can decide when none is missing */
  missing: z.number().int(),
});
export type Councils = z.infer<typeof CouncilsSchema>;

/** draft: no decision yet, or the last one rejected the report; in-approval: on its way; complete: the last step decided. */
export const ApprovalStateSchema = z.enum(["draft", "in-approval", "complete"]);

export const ApprovalSchema = z.object({
  steps: z.array(ApprovalStepSchema),
  /** false while the campaign follows its region's default path */
  customSteps: z.boolean(),
  decisions: z.array(ApprovalDecisionSchema),
  state: ApprovalStateSchema,
  /** the step that decides next; null when the path is complete */
  nextStep: z.object({ position: z.number().int(), name: z.string() }).nullable(),
  /** the steps a decision may be recorded for now (after a rejection: any step up to the rejecting one) */
  allowedSteps: z.array(z.number().int()),
  /** whether the live report or summaries differ from the latest decision's snapshot (false before the first) */
  reportChangedSinceLastSnapshot: z.boolean(),
  /** the councils' step and each council's decision; null when the path has no such step */
  councils: CouncilsSchema.nullable(),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const RecordedDecisionSchema = z.object({
  decision: ApprovalDecisionSchema,
  snapshot: ReportSnapshotSchema,
  /** the campaign's status after the decision: `reported` once the report is sent (from a closed campaign) */
  campaignStatus: CampaignStatusSchema,
});
export type RecordedDecision = z.infer<typeof RecordedDecisionSchema>;

const { campaignNotFound: notFound, readOnly } = responses;

export const approvalApi = {
  get: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/approval",
    summary: "The approval path: steps (the region's default until changed), decisions in order, and whether the report changed since the last snapshot",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The path", schema: ApprovalSchema }, 404: notFound },
  }),
  setSteps: defineRoute({
    method: "put",
    path: "/api/campaigns/:id/approval/steps",
    summary: "Replace the approval path's steps; steps that already decided keep their place and name",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: SetStepsSchema,
    responses: {
      200: { description: "The path", schema: ApprovalSchema },
      400: { description: "No steps, an empty, too long or repeated step; `field` names it (steps.2)" },
      403: readOnly,
      404: notFound,
      409: { description: "A decided step would move or change, or the path is complete" },
    },
  }),
  recordDecision: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/approval/decisions",
    summary: "Record a step's decision; the report as it stands is frozen in a snapshot",
    description:
      "`step` is the step's position or name. Decisions go in order; after `rejected` the report is a draft again " +
      "and may resume from any step up to the rejecting one. `sent` is the last step's decision and moves a closed " +
      "campaign to reported.",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: ApprovalDecisionInputSchema,
    responses: {
      201: { description: "Recorded, with the frozen snapshot", schema: RecordedDecisionSchema },
      400: {
        description: "Unknown step, bad date or decision (`sent` on any step but the last), a date before the previous decision's; `field` names it",
      },
      403: readOnly,
      404: notFound,
      409: { description: "Out of order (an earlier step has not decided), councils still missing on the councils' step, or the path is complete" },
    },
  }),
  setStepPlan: defineRoute({
    method: "put",
    path: "/api/campaigns/:id/approval/plans",
    summary: "Set or remove a step's planned date or date range (e.g. KKR in June)",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: SetStepPlanSchema,
    responses: {
      200: { description: "The path", schema: ApprovalSchema },
      400: { description: "Unknown step, a date that is not a date, a range ending before it starts; `field` names it" },
      403: readOnly,
      404: notFound,
    },
  }),
  recordCouncilDecision: defineRoute({
    method: "put",
    path: "/api/campaigns/:id/approval/councils",
    summary: "Record (or correct) one council's decision on the councils' step",
    description: "`council` is a municipality of the campaign's region or the region itself (the regional council).",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: CouncilDecisionInputSchema,
    responses: {
      200: { description: "The path", schema: ApprovalSchema },
      400: { description: "A council not of the region, a date that is not a date, an unknown decision; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The path has no councils' step, the steps before it have not decided, or the path is complete" },
    },
  }),
};
