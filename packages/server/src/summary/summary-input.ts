import { z } from "zod";

// The request shapes of the summary routes: each zod schema beside its inferred type.

export const maxSummaryLength = 20_000;

export const SummaryParamsSchema = z.strictObject({
  id: z.string().min(1).max(100),
  sectionId: z.string().min(1).max(100),
});

export const SaveSummarySchema = z.strictObject({
  /** plain text, paragraphs separated by a blank line; "" clears the section's text (a new version too) */
  text: z.string().max(maxSummaryLength, `must be at most ${maxSummaryLength} characters`),
  /** the version the text was edited from: 0 when the section had no text yet */
  baseVersion: z.number().int().min(0),
});
export type SaveSummaryInput = z.infer<typeof SaveSummarySchema>;
