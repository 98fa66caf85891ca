import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, responses } from "./common.js";
import { ReviewerSchema } from "./campaign.api.js";
import { IssuedInvitationSchema, OrganisationSchema, UserStatusSchema } from "./user.api.js";

// The reference group of a campaign, set up by its secretariat: reviewers it may add, and new ones invited by e-mail.

/** A reviewer the secretariat may add: one of the campaign's region, or one no region is set for. */
export const ReviewerCandidateSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  regionCode: z.string().nullable(),
  status: UserStatusSchema,
});
export type ReviewerCandidate = z.infer<typeof ReviewerCandidateSchema>;

/** A new reviewer for the campaign, invited by e-mail; the campaign's region becomes theirs. */
export const InviteReviewerSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(320)),
  name: z.string().trim().min(1, "must not be empty").max(200),
  organisation: OrganisationSchema.optional(),
});
export type InviteReviewerInput = z.infer<typeof InviteReviewerSchema>;

const { invalid, campaignNotFound: notFound, readOnly } = responses;

export const reviewerApi = {
  candidates: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/reviewer-candidates",
    summary: "Reviewers the campaign's secretariat may add (its region's, and those without a region), not yet on it",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The candidates, by name", schema: z.object({ candidates: z.array(ReviewerCandidateSchema) }) }, 403: readOnly, 404: notFound },
  }),
  invite: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/reviewers/invitations",
    summary: "Invite a new reviewer by e-mail and add them to the campaign (an existing reviewer with that e-mail is just added)",
    tags: ["campaigns"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: InviteReviewerSchema,
    responses: {
      200: { description: "A reviewer with this e-mail existed and is now on the campaign; no invitation", schema: z.object({ reviewer: ReviewerSchema, invitation: z.null() }) },
      201: { description: "Invited and added; the link is in the response this once", schema: z.object({ reviewer: ReviewerSchema, invitation: IssuedInvitationSchema }) },
      400: invalid,
      403: readOnly,
      404: notFound,
      409: { description: "The e-mail belongs to a user who is not a reviewer, or is disabled" },
    },
  }),
};
