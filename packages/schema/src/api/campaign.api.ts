import { z } from "zod";
import { RegionCodeSchema } from "../region.js";
import { defineRoute } from "./define-route.js";
import { UserStatusSchema } from "./user.api.js";
import {
  CampaignIdParamsSchema,
  CampaignStatusSchema,
  IdSchema,
  IsoDateTimeSchema,
  LocalizedSchema,
  PersonRefSchema,
  responses,
} from "./common.js";

// Campaigns: create, list, read, rename, move through their statuses, extend deadlines, manage reviewers.

export const QuestionnaireRefSchema = z.strictObject({
  key: z.string().trim().min(1).max(100),
  version: z.string().trim().min(1).max(40),
});
export type QuestionnaireRef = z.infer<typeof QuestionnaireRefSchema>;

export const CampaignSchema = z.object({
  id: z.string(),
  announcementId: z.string(),
  announcementTitle: LocalizedSchema.nullable(),
  regionCode: z.string(),
  regionName: LocalizedSchema.nullable(),
  title: z.string(),
  status: CampaignStatusSchema,
  deadline: z.string(),
  municipalityQuestionnaire: z.object({ key: z.string(), version: z.string() }),
  offerQuestionnaire: z.object({ key: z.string(), version: z.string() }).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** manage: the secretariat (or admin); read: a reviewer or the national board */
  access: z.enum(["manage", "read"]),
  /** the statuses the campaign can move to next */
  nextStatuses: z.array(CampaignStatusSchema),
  /** respondents by state, and their total */
  respondents: z.object({
    "not-opened": z.number().int(),
    "in-progress": z.number().int(),
    submitted: z.number().int(),
    reopened: z.number().int(),
    total: z.number().int(),
  }),
});
export type Campaign = z.infer<typeof CampaignSchema>;
const CampaignBody = z.object({ campaign: CampaignSchema });

export const CreateCampaignSchema = z.strictObject({
  announcementId: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1, "must not be empty").max(300),
  /** a secretariat's own region when left out; an admin must give it */
  regionCode: RegionCodeSchema.optional(),
  deadline: IsoDateTimeSchema,
  municipalityQuestionnaire: QuestionnaireRefSchema,
  offerQuestionnaire: QuestionnaireRefSchema.optional(),
});
export type CreateCampaignInput = z.infer<typeof CreateCampaignSchema>;

export const UpdateCampaignSchema = z.strictObject({
  title: z.string().trim().min(1, "must not be empty").max(300),
});
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignSchema>;

export const ChangeStatusSchema = z.strictObject({ status: CampaignStatusSchema });
export type ChangeStatusInput = z.infer<typeof ChangeStatusSchema>;

export const ExtendDeadlineSchema = z.strictObject({
  deadline: IsoDateTimeSchema,
  reason: z.string().trim().min(1, "a reason is required").max(2000),
  /** extend for one respondent only; without it the whole campaign */
  respondentId: IdSchema.optional(),
});
export type ExtendDeadlineInput = z.infer<typeof ExtendDeadlineSchema>;

export const DeadlineExtensionSchema = z.object({
  id: z.string(),
  /** null: the whole campaign */
  respondent: PersonRefSchema.nullable(),
  previousDeadline: z.string().nullable(),
  newDeadline: z.string(),
  reason: z.string(),
  extendedBy: PersonRefSchema,
  extendedAt: z.string(),
});
export type DeadlineExtension = z.infer<typeof DeadlineExtensionSchema>;

/** A reviewer by user id or by email (exactly one). */
export const AddReviewerSchema = z
  .strictObject({
    userId: IdSchema.optional(),
    email: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" })).optional(),
  })
  .refine((value) => (value.userId === undefined) !== (value.email === undefined), {
    message: "give either userId or email",
    path: ["userId"],
  });
export type AddReviewerInput = z.infer<typeof AddReviewerSchema>;

/** A member of the campaign's reference group; `status` is their account's (active, invited – not signed in yet, disabled). */
export const ReviewerSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  status: UserStatusSchema,
  addedAt: z.string(),
});
export type Reviewer = z.infer<typeof ReviewerSchema>;

export const ReviewerParamsSchema = z.strictObject({ id: IdSchema, userId: IdSchema });

const { invalid, campaignNotFound: notFound, readOnly } = responses;

export const campaignApi = {
  list: defineRoute({
    method: "get",
    path: "/api/campaigns",
    summary: "The campaigns the user may see, with respondents counted by state",
    description: "Secretariat: its region's; admin and national board: all; reviewer: the ones it reviews.",
    tags: ["campaigns"],
    auth: "session",
    responses: { 200: { description: "Newest first", schema: z.object({ campaigns: z.array(CampaignSchema) }) } },
  }),
  create: defineRoute({
    method: "post",
    path: "/api/campaigns",
    summary: "Create a campaign (status draft) for an announcement and its questionnaires",
    tags: ["campaigns"],
    auth: "session",
    body: CreateCampaignSchema,
    responses: {
      201: { description: "Created", schema: CampaignBody },
      400: invalid,
      403: { description: "Not a secretariat or admin, or another region than the secretariat's own" },
    },
  }),
  get: defineRoute({
    method: "get",
    path: "/api/campaigns/:id",
    summary: "One campaign",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The campaign", schema: CampaignBody }, 404: notFound },
  }),
  rename: defineRoute({
    method: "patch",
    path: "/api/campaigns/:id",
    summary: "Rename a campaign",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: UpdateCampaignSchema,
    responses: { 200: { description: "Renamed", schema: CampaignBody }, 400: invalid, 403: readOnly, 404: notFound },
  }),
  changeStatus: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/status",
    summary: "Move a campaign: draft → open → closed → reported, or closed → open to reopen the round",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: ChangeStatusSchema,
    responses: {
      200: { description: "Moved", schema: CampaignBody },
      400: invalid,
      403: readOnly,
      404: notFound,
      409: { description: "Not a transition from the current status" },
    },
  }),
  deadlineHistory: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/deadline-extensions",
    summary: "The deadline's history: who extended it, when, why, for the campaign or one respondent",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "Oldest first", schema: z.object({ extensions: z.array(DeadlineExtensionSchema) }) }, 404: notFound },
  }),
  extendDeadline: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/deadline-extensions",
    summary: "Extend the deadline of the campaign, or of one respondent, with a reason",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: ExtendDeadlineSchema,
    responses: {
      201: { description: "Extended", schema: z.object({ extension: DeadlineExtensionSchema }) },
      400: { description: "Invalid input, e.g. a deadline not later than the current one; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is reported, or the deadline changed meanwhile" },
    },
  }),
  listReviewers: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/reviewers",
    summary: "The campaign's reviewers (reference group)",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The reviewers", schema: z.object({ reviewers: z.array(ReviewerSchema) }) }, 403: readOnly, 404: notFound },
  }),
  addReviewer: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/reviewers",
    summary: "Add a reviewer user (by userId or email) to the campaign",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: AddReviewerSchema,
    responses: {
      200: { description: "Already a reviewer; nothing changed", schema: z.object({ reviewer: ReviewerSchema }) },
      201: { description: "Added", schema: z.object({ reviewer: ReviewerSchema }) },
      400: { description: "No such active user, or the user is not a reviewer; `field` names it" },
      403: readOnly,
      404: notFound,
    },
  }),
  removeReviewer: defineRoute({
    method: "delete",
    path: "/api/campaigns/:id/reviewers/:userId",
    summary: "Remove a reviewer from the campaign",
    tags: ["campaigns"],
    auth: "session",
    params: ReviewerParamsSchema,
    responses: { 204: { description: "Removed" }, 403: readOnly, 404: { description: "No such campaign, or the user is not its reviewer" } },
  }),
};
