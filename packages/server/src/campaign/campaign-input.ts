import { RegionCodeSchema } from "@afrapport/schema";
import { z } from "zod";
import { campaignStatuses } from "./campaign-status.js";

// The request bodies of the campaign routes: each zod schema beside its inferred type.

const IsoDateTimeSchema = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date and time, e.g. 2026-12-01T12:00:00Z" });

export const QuestionnaireRefSchema = z.strictObject({
  key: z.string().trim().min(1).max(100),
  version: z.string().trim().min(1).max(40),
});

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

export const ChangeStatusSchema = z.strictObject({ status: z.enum(campaignStatuses) });
export type ChangeStatusInput = z.infer<typeof ChangeStatusSchema>;

export const ExtendDeadlineSchema = z.strictObject({
  deadline: IsoDateTimeSchema,
  reason: z.string().trim().min(1, "a reason is required").max(2000),
  /** extend for one respondent only; without it the whole campaign */
  respondentId: z.string().min(1).max(100).optional(),
});
export type ExtendDeadlineInput = z.infer<typeof ExtendDeadlineSchema>;

/** A reviewer by user id or by email (exactly one). */
export const AddReviewerSchema = z
  .strictObject({
    userId: z.string().min(1).max(100).optional(),
    email: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" })).optional(),
  })
  .refine((value) => (value.userId === undefined) !== (value.email === undefined), {
    message: "give either userId or email",
    path: ["userId"],
  });
export type AddReviewerInput = z.infer<typeof AddReviewerSchema>;

export const CampaignIdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
export const ReviewerParamsSchema = z.strictObject({ id: z.string().min(1).max(100), userId: z.string().min(1).max(100) });
