import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, CampaignStatusSchema, IdSchema, LocalizedSchema, responses } from "./common.js";

// Pre-filling a campaign's responses from the same respondents' answers in an earlier campaign of the region,
// moved to the new questionnaire version by migrateAnswers: what came over and what could not.

/**
 * Why an answer (or part of it) was not carried: migrateAnswers' reasons, plus `attachment` – a file answer points
 * at files of the earlier response, which stay there.
 */
export const prefillDropReasons = ["removed", "type-changed", "choice-removed", "column-removed", "attachment"] as const;
export const PrefillDropReasonSchema = z.enum(prefillDropReasons);
export type PrefillDropReason = z.infer<typeof PrefillDropReasonSchema>;

export const PrefillDroppedSchema = z.object({
  /** the answer's key in the earlier response */
  question: z.string(),
  /** the question's title in the earlier questionnaire (the new one may not have it any more) */
  title: LocalizedSchema,
  reason: PrefillDropReasonSchema,
});
export type PrefillDropped = z.infer<typeof PrefillDroppedSchema>;

/** What the respondent is told about answers carried into its response (RespondState.prefill). */
export const PrefillNoticeSchema = z.object({
  fromCampaignTitle: z.string(),
  /** the questions (of the current questionnaire) that got an answer */
  carried: z.array(z.string()),
  dropped: z.array(PrefillDroppedSchema),
});
export type PrefillNotice = z.infer<typeof PrefillNoticeSchema>;

const QuestionnaireRefViewSchema = z.object({ key: z.string(), version: z.string() });

/** An earlier campaign of the same region that answers can be taken from. */
export const PrefillSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  announcementId: z.string(),
  status: CampaignStatusSchema,
  deadline: z.string(),
  createdAt: z.string(),
  municipalityQuestionnaire: QuestionnaireRefViewSchema,
  offerQuestionnaire: QuestionnaireRefViewSchema.nullable(),
  /** respondents whose answers could be taken (they saved or submitted something) */
  answered: z.number().int(),
});
export type PrefillSource = z.infer<typeof PrefillSourceSchema>;

export const PrefillCampaignSchema = z.strictObject({
  /** the earlier campaign of the same region to take the answers from */
  fromCampaignId: IdSchema,
  /** only these respondents of this campaign; without it, every respondent that has not started */
  respondentIds: z.array(IdSchema).min(1, "give at least one respondent, or leave respondentIds out").max(1000).optional(),
});
export type PrefillCampaignInput = z.infer<typeof PrefillCampaignSchema>;

export const PrefilledRespondentSchema = z.object({
  respondentId: z.string(),
  name: z.string(),
  carried: z.array(z.string()),
  dropped: z.array(PrefillDroppedSchema),
});
export type PrefilledRespondent = z.infer<typeof PrefilledRespondentSchema>;

/**
 * - `has-answers`: the response already holds answers (typed, or pre-filled before): never overwritten
 * - `no-earlier-response`: the respondent is not in the earlier campaign, or saved nothing there
 * - `nothing-to-carry`: none of its earlier answers fits the new questionnaire
 */
export const PrefillSkipReasonSchema = z.enum(["has-answers", "no-earlier-response", "nothing-to-carry"]);
export type PrefillSkipReason = z.infer<typeof PrefillSkipReasonSchema>;

export const PrefillSkippedSchema = z.object({ respondentId: z.string(), name: z.string(), reason: PrefillSkipReasonSchema });
export type PrefillSkipped = z.infer<typeof PrefillSkippedSchema>;

export const PrefillResultSchema = z.object({
  fromCampaign: z.object({ id: z.string(), title: z.string() }),
  prefilled: z.array(PrefilledRespondentSchema),
  skipped: z.array(PrefillSkippedSchema),
});
export type PrefillResult = z.infer<typeof PrefillResultSchema>;

const { campaignNotFound, readOnly } = responses;

export const prefillApi = {
  sources: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/prefill/sources",
    summary: "The earlier campaigns of the same region whose answers can pre-fill this campaign's responses",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: {
      200: { description: "Newest first", schema: z.object({ sources: z.array(PrefillSourceSchema) }) },
      403: readOnly,
      404: campaignNotFound,
    },
  }),
  prefill: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/prefill",
    summary: "Pre-fill the responses nobody has started from the same respondents' answers in an earlier campaign",
    description:
      "Each respondent's latest submitted answers in the earlier campaign (else its latest saved draft) are moved to this campaign's " +
      "questionnaire version by migrateAnswers and saved as a revision of kind prefill. A response that holds anything is never touched, " +
      "so a second call skips those already pre-filled.",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: PrefillCampaignSchema,
    responses: {
      200: { description: "What was pre-filled and what was skipped, and why", schema: PrefillResultSchema },
      400: { description: "Invalid input; `field` names it (e.g. fromCampaignId: not an earlier campaign of the region)" },
      403: readOnly,
      404: campaignNotFound,
      409: { description: "The campaign is closed or reported: its responses can no longer change" },
    },
  }),
};
