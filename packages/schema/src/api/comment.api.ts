import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema, PersonRefSchema, responses, UserRoleSchema } from "./common.js";
import { TextWarningSchema } from "./summary.api.js";

// The reference group's and the secretariat's comments on responses and report sections.

export const maxCommentLength = 5_000;

/** What a new comment is about: one respondent's response, or a report section. */
export const CommentTargetSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("response"), respondentId: IdSchema }),
  z.strictObject({ type: z.literal("section"), sectionId: IdSchema }),
]);
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

export const CreateCommentSchema = z.strictObject({
  target: CommentTargetSchema,
  text: z.string().trim().min(1, "must not be empty").max(maxCommentLength, `must be at most ${maxCommentLength} characters`),
});
export type CreateCommentInput = z.infer<typeof CreateCommentSchema>;

export const CommentParamsSchema = z.strictObject({ id: IdSchema, cid: IdSchema });

/** A comment's target as the API shows it: a response's target names its respondent (null when it is gone). */
export const ReviewCommentTargetSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("response"), respondentId: z.string(), respondentName: z.string().nullable() }),
  z.object({ type: z.literal("section"), sectionId: z.string() }),
]);
export type ReviewCommentTarget = z.infer<typeof ReviewCommentTargetSchema>;

export const ReviewCommentSchema = z.object({
  id: z.string(),
  target: ReviewCommentTargetSchema,
  text: z.string(),
  /** role null: the author's account is gone; organisation: the one the author works for, when known */
  author: PersonRefSchema.extend({ role: UserRoleSchema.nullable(), organisation: z.string().nullable() }),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: PersonRefSchema.nullable(),
});
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

export const CreatedCommentSchema = ReviewCommentSchema.extend({ warnings: z.array(TextWarningSchema) });
export type CreatedComment = z.infer<typeof CreatedCommentSchema>;

const notFound = responses.campaignNotFound;

export const commentApi = {
  list: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/comments",
    summary: "Every comment on the campaign's responses and report sections, oldest first",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The comments", schema: z.object({ comments: z.array(ReviewCommentSchema) }) }, 404: notFound },
  }),
  create: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/comments",
    summary: "Comment on a response or a report section (the campaign's reviewers and its secretariat)",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: CreateCommentSchema,
    responses: {
      201: { description: "The comment, with warnings for CPR-like text", schema: CreatedCommentSchema },
      400: { description: "Empty or too long text, a respondent or section the campaign does not have; `field` names it" },
      403: { description: "The national board reads but does not comment" },
      404: notFound,
    },
  }),
  resolve: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/comments/:cid/resolve",
    summary: "Mark a comment resolved (the secretariat); resolving it again changes nothing",
    tags: ["report workflow"],
    auth: "session",
    params: CommentParamsSchema,
    responses: {
      200: { description: "The comment", schema: ReviewCommentSchema },
      403: { description: "Only allowed to read this campaign" },
      404: { description: "No such campaign or comment, or not one of yours" },
    },
  }),
};
