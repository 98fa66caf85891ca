import { z } from "zod";
import { QuestionnaireVersionSchema } from "../questionnaire.js";
import { defineRoute } from "./define-route.js";
import { CampaignStatusSchema, LocalizedSchema, RespondentKindSchema } from "./common.js";
import { AttachmentSchema, InviteTokenSchema } from "./attachment.api.js";
import { PrefillNoticeSchema } from "./prefill.api.js";

// The respondent's API, authorised by the invite link's capability token in the path (no cookies): open the
// link, save answers as a draft, submit, read the receipt. The files attached to answers are in attachment.api.ts.

export const RespondTokenParamsSchema = z.strictObject({ token: InviteTokenSchema });

/** A set of answers: SurveyJS data keyed by question name, free-form JSON. */
export const AnswersSchema = z.record(z.string(), z.unknown(), { error: "must be an object of answers keyed by question name" });

export const SaveAnswersSchema = z.strictObject({
  /** the revision the answers were based on (0 before the first save) */
  baseRevision: z.number().int().nonnegative(),
  /** the full state of the answers as the person has it */
  answers: AnswersSchema,
});
export type SaveAnswersInput = z.infer<typeof SaveAnswersSchema>;

export const SubmitSchema = z.strictObject({
  baseRevision: z.number().int().nonnegative(),
  /** answers to save first; without them, the saved state at baseRevision is submitted */
  answers: AnswersSchema.optional(),
});
export type SubmitInput = z.infer<typeof SubmitSchema>;

export const responseStatuses = ["draft", "submitted", "reopened"] as const;
export const ResponseStatusSchema = z.enum(responseStatuses);
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

export const RespondCampaignSchema = z.object({
  id: z.string(),
  title: z.string(),
  announcementTitle: LocalizedSchema,
  /** the deadline that holds for this respondent (its own extension, else the campaign's) */
  deadline: z.string(),
  status: CampaignStatusSchema,
});
export type RespondCampaign = z.infer<typeof RespondCampaignSchema>;

export const RespondRespondentSchema = z.object({ id: z.string(), name: z.string(), kind: RespondentKindSchema });
export type RespondRespondent = z.infer<typeof RespondRespondentSchema>;

export const RespondResponseSchema = z.object({
  id: z.string(),
  status: ResponseStatusSchema,
  revision: z.number().int(),
  answers: AnswersSchema,
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type RespondResponse = z.infer<typeof RespondResponseSchema>;

/** What an invite link opens: the campaign, the questionnaire, the saved answers and files. */
export const RespondStateSchema = z.object({
  campaign: RespondCampaignSchema,
  respondent: RespondRespondentSchema,
  questionnaire: QuestionnaireVersionSchema.describe("the questionnaire version (SurveyJS survey inside)"),
  response: RespondResponseSchema,
  attachments: z.array(AttachmentSchema),
  editable: z.boolean(),
  /** why the answers cannot be changed, when they cannot */
  notEditableReason: z.string().optional(),
  /** answers carried over from the respondent's response in an earlier campaign (kept once pre-filled: it is history) */
  prefill: PrefillNoticeSchema.nullable(),
});
export type RespondState = z.infer<typeof RespondStateSchema>;

/** A message the server attaches to one question: a CPR warning on save, a validation error on submit. */
export const QuestionMessageSchema = z.object({
  /** the top-level question (or unknown key) it belongs to */
  question: z.string(),
  /** where in the answers, e.g. `offersUsed[0].name` */
  path: z.string(),
  code: z.string(),
  message: LocalizedSchema,
});
export type QuestionMessage = z.infer<typeof QuestionMessageSchema>;

export const SaveResultSchema = z.object({
  revision: z.number().int(),
  answers: AnswersSchema.describe("the full saved state"),
  fromTheirs: z.array(z.string()).describe("questions whose value came from a colleague's save, merged in"),
  warnings: z.array(QuestionMessageSchema).describe("e.g. what looks like a CPR number in free text"),
  errors: z.array(QuestionMessageSchema).describe("draft-mode validation: informational, the answers were saved"),
});
export type SaveResult = z.infer<typeof SaveResultSchema>;

/** The short receipt number, read out on the phone: two groups of four in Crockford's base 32 ("7K2M-QX4D"). */
export const ReceiptNumberSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

export const ReceiptSchema = z.object({
  responseId: z.string(),
  /** the revision that submitted; for the record, not for people (it counts autosaves too) */
  revision: z.number().int(),
  receiptNumber: ReceiptNumberSchema,
  submittedAt: z.string(),
  /** sha256 of the submitted answers' canonical JSON, hex: for checking the answers, not for reading out */
  answersSha256: z.string(),
  respondentName: z.string(),
  campaignTitle: z.string(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const ReceiptWithAnswersSchema = z.object({ receipt: ReceiptSchema, answers: AnswersSchema });
export type ReceiptWithAnswers = z.infer<typeof ReceiptWithAnswersSchema>;

/** A question both sides changed to different values; an unanswered side is absent (undefined), not null. */
const AnswerConflictSchema = z.object({ question: z.string(), base: z.unknown(), mine: z.unknown(), theirs: z.unknown() });

/** Beside a 409 stale_revision: what a colleague saved since my base revision (nothing was saved). */
export const StaleRevisionSchema = z.object({
  conflicts: z.array(AnswerConflictSchema),
  current: z.object({ revision: z.number().int(), answers: AnswersSchema }),
});
export type StaleRevisionBody = z.infer<typeof StaleRevisionSchema>;

export const NotEditableReasonSchema = z.enum(["submitted", "campaign-not-open", "deadline-passed"]);
export type NotEditableReason = z.infer<typeof NotEditableReasonSchema>;

/** Beside a 409: stale_revision's conflicts, or why the answers cannot be changed (code conflict). */
const ConflictSchema = z.union([StaleRevisionSchema, z.object({ reason: NotEditableReasonSchema })]);

/** Beside a 422 on submit: what to fix; the given answers were saved as a draft at `revision`. */
const NotSubmittableSchema = z.object({
  errors: z.array(QuestionMessageSchema),
  warnings: z.array(QuestionMessageSchema),
  revision: z.number().int(),
});

const linkErrors = {
  404: { description: "link_invalid: no such link" },
  410: { description: "link_revoked: the link was replaced or withdrawn" },
  429: { description: "rate_limited: too many invalid links from this address (Retry-After)" },
} as const;

export const respondApi = {
  open: defineRoute({
    method: "get",
    path: "/api/respond/:token",
    summary: "Open an invite link: the campaign, the questionnaire, the saved answers and files",
    tags: ["respond"],
    auth: "token",
    params: RespondTokenParamsSchema,
    responses: { 200: { description: "The respondent's page", schema: RespondStateSchema }, ...linkErrors },
  }),
  saveAnswers: defineRoute({
    method: "put",
    path: "/api/respond/:token/answers",
    summary: "Save the answers as a draft (appends a revision; merges per question with colleagues' saves)",
    tags: ["respond"],
    auth: "token",
    params: RespondTokenParamsSchema,
    body: SaveAnswersSchema,
    responses: {
      200: { description: "Saved (or unchanged)", schema: SaveResultSchema },
      400: { description: "Not an object, an unknown question, a forbidden key, a foreign file reference; nothing saved" },
      ...linkErrors,
      409: {
        description: "stale_revision (both changed a question: `conflicts`, `current`; nothing saved) or conflict (not editable: submitted, closed, past the deadline)",
        schema: ConflictSchema,
      },
      413: { description: "The body is too large" },
    },
  }),
  submit: defineRoute({
    method: "post",
    path: "/api/respond/:token/submit",
    summary: "Submit the answers (saving given answers as a draft first); the same submission again returns the same receipt",
    tags: ["respond"],
    auth: "token",
    params: RespondTokenParamsSchema,
    body: SubmitSchema,
    responses: {
      200: { description: "Submitted", schema: z.object({ receipt: ReceiptSchema }) },
      400: { description: "Invalid input; nothing saved" },
      ...linkErrors,
      409: { description: "stale_revision, or conflict (already submitted with other answers, closed, past the deadline)", schema: ConflictSchema },
      422: { description: "unprocessable: `errors` lists what to fix; given answers were saved as a draft (`revision`)", schema: NotSubmittableSchema },
    },
  }),
  receipt: defineRoute({
    method: "get",
    path: "/api/respond/:token/receipt",
    summary: "The receipt of the latest submission, with the answers submitted",
    tags: ["respond"],
    auth: "token",
    params: RespondTokenParamsSchema,
    responses: {
      200: { description: "The receipt", schema: ReceiptWithAnswersSchema },
      ...linkErrors,
      404: { description: "link_invalid, or not_found: not submitted yet" },
    },
  }),
};
