import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignStatusSchema, IdSchema, LocalizedSchema, PersonRefSchema } from "./common.js";
import { JointReportSchema } from "./report.api.js";

// The report as it stood when an approval decision was recorded. A recorded decision's shape lives here too: every
// snapshot names the decision that froze it, and approval.api.ts builds on snapshots (so it cannot be the other way).

export const approvalDecisionKinds = ["approved", "approved-with-changes", "rejected", "noted", "sent"] as const;
export const ApprovalDecisionKindSchema = z.enum(approvalDecisionKinds);
export type ApprovalDecisionKind = z.infer<typeof ApprovalDecisionKindSchema>;

/** One recorded decision of the approval path. */
export const ApprovalDecisionSchema = z.object({
  id: z.string(),
  step: z.number().int().describe("the step's position (1-based)"),
  /** the step's name when it decided */
  stepName: z.string(),
  /** the meeting's date, YYYY-MM-DD */
  date: z.string(),
  decision: ApprovalDecisionKindSchema,
  note: z.string().nullable(),
  decidedBy: PersonRefSchema,
  decidedAt: z.string(),
  /** the report as it stood when the decision was recorded */
  snapshotId: z.string(),
});
export type ApprovalDecision = z.infer<typeof ApprovalDecisionSchema>;

/** One step of the approval path as a snapshot records it: the decisions up to and including its own. */
export const SnapshotApprovalStepSchema = z.object({
  position: z.number().int(),
  step: z.string(),
  date: z.string(),
  decision: ApprovalDecisionKindSchema,
  note: z.string().nullable(),
});
export type SnapshotApprovalStep = z.infer<typeof SnapshotApprovalStepSchema>;

const QuestionnaireKeySchema = z.object({ key: z.string(), version: z.string() });

/** The campaign's facts when the snapshot was taken. */
export const SnapshotCampaignFactsSchema = z.object({
  id: z.string(),
  title: z.string(),
  announcementId: z.string(),
  announcementTitle: LocalizedSchema.nullable(),
  regionCode: z.string(),
  regionName: LocalizedSchema.nullable(),
  status: CampaignStatusSchema,
  deadline: z.string(),
  municipalityQuestionnaire: QuestionnaireKeySchema,
  offerQuestionnaire: QuestionnaireKeySchema.nullable(),
  respondents: z.object({ total: z.number().int(), submitted: z.number().int() }),
  approval: z.array(SnapshotApprovalStepSchema),
});
export type SnapshotCampaignFacts = z.infer<typeof SnapshotCampaignFactsSchema>;

/** A frozen copy of the report taken when a decision was recorded. */
export const ReportSnapshotSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  createdAt: z.string(),
  createdBy: PersonRefSchema,
  /** sha256 of the canonical JSON of { report, summaries } */
  sha256: z.string(),
  decision: ApprovalDecisionSchema.nullable().describe("the decision that froze the report"),
  campaign: SnapshotCampaignFactsSchema.describe("the campaign's facts then, with the approval path up to this decision"),
  report: z.object({ municipality: JointReportSchema, offer: JointReportSchema.nullable() }),
  /** the secretariat's text by section id; sections without text are left out */
  summaries: z.record(z.string(), z.string()),
});
export type ReportSnapshot = z.infer<typeof ReportSnapshotSchema>;

export const SnapshotParamsSchema = z.strictObject({ id: IdSchema, sid: IdSchema });

export const snapshotApi = {
  get: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/snapshots/:sid",
    summary: "The report as it stood when an approval decision was recorded (joint reports, summaries, campaign facts)",
    tags: ["report workflow"],
    auth: "session",
    params: SnapshotParamsSchema,
    responses: { 200: { description: "The frozen snapshot", schema: ReportSnapshotSchema }, 404: { description: "No such campaign or snapshot, or not one of yours" } },
  }),
};
