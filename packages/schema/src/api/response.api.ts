import { z } from "zod";
import { AttachmentSchema } from "./attachment.api.js";
import { defineRoute } from "./define-route.js";
import { ResponseStatusSchema } from "./respond.api.js";
import { RespondentParamsSchema, RespondentSchema } from "./respondent.api.js";

// The secretariat's (and reviewers') reads of one response, and reopening a submitted one.

/** One entry of a response's history: every save, merge, submission and reopening appends one, and so does a pre-fill from an earlier campaign. */
export const ResponseRevisionSchema = z.object({
  revision: z.number().int(),
  /** the revision the author started from */
  baseRevision: z.number().int().nullable(),
  kind: z.enum(["save", "merge", "submit", "reopen", "prefill"]),
  author: z.union([z.object({ kind: z.literal("respondent") }), z.object({ kind: z.literal("user"), id: z.string(), name: z.string().nullable() })]),
  createdAt: z.string(),
  answersSha256: z.string(),
});
export type ResponseRevision = z.infer<typeof ResponseRevisionSchema>;

export const ResponseDetailSchema = z.object({
  respondent: RespondentSchema,
  response: z.object({
    id: z.string(),
    status: ResponseStatusSchema,
    revision: z.number().int(),
    /** SurveyJS data keyed by question name: free-form JSON */
    answers: z.record(z.string(), z.unknown()),
    questionnaire: z.object({ key: z.string(), version: z.string() }),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
    /** the deadline that holds for this respondent */
    deadline: z.string(),
  }),
  /** oldest first */
  revisions: z.array(ResponseRevisionSchema),
  attachments: z.array(AttachmentSchema),
});
export type ResponseDetail = z.infer<typeof ResponseDetailSchema>;

export const ReopenSchema = z.strictObject({ reason: z.string().trim().min(1, "a reason is required").max(2000) });
export type ReopenInput = z.infer<typeof ReopenSchema>;

export const ReopenedSchema = z.object({ status: z.literal("reopened"), revision: z.number().int() });
export type Reopened = z.infer<typeof ReopenedSchema>;

const notFound = { description: "No such campaign or respondent, or not one of yours" };

export const responseApi = {
  detail: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/responses/:rid",
    summary: "One respondent's current answers and the revision history (revision, kind, author, time)",
    tags: ["responses"],
    auth: "session",
    params: RespondentParamsSchema,
    responses: { 200: { description: "The response", schema: ResponseDetailSchema }, 404: notFound },
  }),
  reopen: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/respondents/:rid/reopen",
    summary: "Reopen a submitted response so the respondent can change it (a revision of kind reopen)",
    tags: ["responses"],
    auth: "session",
    params: RespondentParamsSchema,
    body: ReopenSchema,
    responses: {
      200: { description: "Reopened", schema: ReopenedSchema },
      400: { description: "The reason is missing; `field` names it" },
      403: { description: "Only allowed to read this campaign" },
      404: notFound,
      409: { description: "The response is not submitted" },
    },
  }),
};
