import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { IdSchema, responses } from "./common.js";

// Comments on a questionnaire draft while it is written together: threads on one question (or the draft as a whole),
// answered, resolved, and mentioning the people who take part in the draft.

export const maxDraftCommentLength = 4_000;
export const maxDraftCommentMentions = 20;

export const DraftCommentParamsSchema = z.strictObject({ draftId: IdSchema });
export const DraftCommentThreadParamsSchema = z.strictObject({ draftId: IdSchema, threadId: IdSchema });

const CommentBodySchema = z.string().trim().min(1, "must not be empty").max(maxDraftCommentLength, `must be at most ${maxDraftCommentLength} characters`);
/** User ids of participants (GET …/participants); each is notified by e-mail. */
const MentionsSchema = z.array(IdSchema).max(maxDraftCommentMentions, `at most ${maxDraftCommentMentions} people`).default([]);

/** A new thread on a question (its element name) or, with `element: null`, on the draft as a whole. */
export const CreateDraftThreadSchema = z.strictObject({
  element: z.string().min(1).max(200).nullable(),
  body: CommentBodySchema,
  mentions: MentionsSchema,
});
export type CreateDraftThreadInput = z.input<typeof CreateDraftThreadSchema>;

export const ReplyDraftThreadSchema = z.strictObject({ body: CommentBodySchema, mentions: MentionsSchema });
export type ReplyDraftThreadInput = z.input<typeof ReplyDraftThreadSchema>;

export const ResolveDraftThreadSchema = z.strictObject({ resolved: z.boolean() });

const NamedPersonSchema = z.object({ id: z.string(), name: z.string() });

export const DraftCommentSchema = z.object({
  id: z.string(),
  author: NamedPersonSchema,
  body: z.string(),
  mentions: z.array(NamedPersonSchema),
  createdAt: z.string(),
});
export type DraftComment = z.infer<typeof DraftCommentSchema>;

export const DraftThreadSchema = z.object({
  id: z.string(),
  /** the element's name when the thread was started (it may since have been renamed or removed); null: the whole draft */
  element: z.string().nullable(),
  createdAt: z.string(),
  resolved: z.object({ by: NamedPersonSchema, at: z.string() }).nullable(),
  /** oldest first; the first is the one that started the thread */
  comments: z.array(DraftCommentSchema).min(1),
});
export type DraftThread = z.infer<typeof DraftThreadSchema>;

/** edit: may change the draft; comment: reads it live and comments (a reviewer of its region). */
export const DraftParticipantAccessSchema = z.enum(["edit", "comment"]);

export const DraftParticipantSchema = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string().nullable().optional(),
  access: DraftParticipantAccessSchema,
});
export type DraftParticipant = z.infer<typeof DraftParticipantSchema>;

const ThreadBody = z.object({ thread: DraftThreadSchema });
const draftNotFound = { description: "No such draft, or not one the user may open or comment on" };
const closed = { description: "draft_closed: the draft is published or discarded; its comments are read-only" };
const noThread = { description: "No such thread on this draft" };

export const draftCommentApi = {
  listThreads: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts/:draftId/comments",
    summary: "The draft's comment threads, oldest first",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftCommentParamsSchema,
    responses: { 200: { description: "The threads", schema: z.object({ threads: z.array(DraftThreadSchema) }) }, 404: draftNotFound },
  }),
  createThread: defineRoute({
    method: "post",
    path: "/api/questionnaires/drafts/:draftId/comments",
    summary: "Start a comment thread on a question or on the whole draft; mentioned participants get an e-mail",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftCommentParamsSchema,
    body: CreateDraftThreadSchema,
    responses: { 201: { description: "The new thread", schema: ThreadBody }, 400: responses.invalid, 404: draftNotFound, 409: closed },
  }),
  replyThread: defineRoute({
    method: "post",
    path: "/api/questionnaires/drafts/:draftId/comments/:threadId/replies",
    summary: "Answer a thread (a reply to a resolved thread opens it again)",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftCommentThreadParamsSchema,
    body: ReplyDraftThreadSchema,
    responses: { 201: { description: "The thread with the reply", schema: ThreadBody }, 400: responses.invalid, 404: noThread, 409: closed },
  }),
  resolveThread: defineRoute({
    method: "put",
    path: "/api/questionnaires/drafts/:draftId/comments/:threadId/resolution",
    summary: "Resolve a thread, or open it again",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftCommentThreadParamsSchema,
    body: ResolveDraftThreadSchema,
    responses: { 200: { description: "The thread", schema: ThreadBody }, 400: responses.invalid, 404: noThread, 409: closed },
  }),
  participants: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts/:draftId/participants",
    summary: "Who takes part in the draft and may be mentioned: its editors and its region's reviewers, by name",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftCommentParamsSchema,
    responses: { 200: { description: "The participants", schema: z.object({ users: z.array(DraftParticipantSchema) }) }, 404: draftNotFound },
  }),
};
