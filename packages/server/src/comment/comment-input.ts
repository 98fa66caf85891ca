import { z } from "zod";

// The request shapes of the comment routes: each zod schema beside its inferred type.

export const maxCommentLength = 5_000;

export const CommentTargetSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("response"), respondentId: z.string().min(1).max(100) }),
  z.strictObject({ type: z.literal("section"), sectionId: z.string().min(1).max(100) }),
]);
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

export const CreateCommentSchema = z.strictObject({
  target: CommentTargetSchema,
  text: z.string().trim().min(1, "must not be empty").max(maxCommentLength, `must be at most ${maxCommentLength} characters`),
});
export type CreateCommentInput = z.infer<typeof CreateCommentSchema>;

export const CommentParamsSchema = z.strictObject({ id: z.string().min(1).max(100), cid: z.string().min(1).max(100) });
