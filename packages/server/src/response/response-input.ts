import { z } from "zod";

// The request bodies of the respondent API (/api/respond/:token/…).

export const TokenParamsSchema = z.strictObject({ token: z.string().min(1).max(200) });

/** A set of answers: SurveyJS data keyed by question name. */
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
