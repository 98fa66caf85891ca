import { z } from "zod";
import { AudienceSchema } from "../questionnaire.js";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema, LocalizedSchema, PersonRefSchema, responses } from "./common.js";

// The secretariat's own text per report section: read by everyone who may read the campaign, written by its secretariat.

export const maxSummaryLength = 20_000;

export const SummaryParamsSchema = z.strictObject({ id: IdSchema, sectionId: IdSchema });

export const SaveSummarySchema = z.strictObject({
  /** plain text, paragraphs separated by a blank line; "" clears the section's text (a new version too) */
  text: z.string().max(maxSummaryLength, `must be at most ${maxSummaryLength} characters`),
  /** the version the text was edited from: 0 when the section had no text yet */
  baseVersion: z.number().int().min(0),
});
export type SaveSummaryInput = z.infer<typeof SaveSummarySchema>;

/** A report section with the secretariat's current text. */
export const SectionSummarySchema = z.object({
  sectionId: z.string(),
  /** the section's title, and the questionnaire it belongs to */
  title: LocalizedSchema,
  audience: AudienceSchema,
  text: z.string(),
  version: z.number().int().describe("0: no text yet"),
  updatedBy: PersonRefSchema.nullable(),
  updatedAt: z.string().nullable(),
});
export type SectionSummary = z.infer<typeof SectionSummarySchema>;

/** Text that looks like personal data (a CPR number); the text is saved all the same and the writer warned. */
export const TextWarningSchema = z.object({
  field: z.string(),
  code: z.literal("cpr"),
  message: LocalizedSchema,
  /** where in the text (UTF-16 code units) */
  index: z.number().int(),
  length: z.number().int(),
});
export type TextWarning = z.infer<typeof TextWarningSchema>;

export const SavedSummarySchema = SectionSummarySchema.extend({ warnings: z.array(TextWarningSchema) });
export type SavedSummary = z.infer<typeof SavedSummarySchema>;

export const SummaryVersionSchema = z.object({ version: z.number().int(), text: z.string(), author: PersonRefSchema, createdAt: z.string() });
export type SummaryVersion = z.infer<typeof SummaryVersionSchema>;

const notFound = responses.campaignNotFound;

export const summaryApi = {
  list: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/summaries",
    summary: "The secretariat's current text of every report section (version 0 and empty text where none is written)",
    tags: ["report workflow"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "Sections in report order", schema: z.object({ summaries: z.array(SectionSummarySchema) }) }, 404: notFound },
  }),
  save: defineRoute({
    method: "put",
    path: "/api/campaigns/:id/summaries/:sectionId",
    summary: "Save a section's text as a new version, from the version it was edited on",
    description:
      "Append-only: every save is a new version. A stale baseVersion (a colleague saved in between) is refused " +
      "with 409 stale_revision and the current text in `current`. Text that looks like a CPR number is saved, " +
      "with `warnings`.",
    tags: ["report workflow"],
    auth: "session",
    params: SummaryParamsSchema,
    body: SaveSummarySchema,
    responses: {
      200: { description: "The section's current text", schema: SavedSummarySchema },
      400: { description: "Unknown sectionId, text over 20,000 characters, or a bad baseVersion; `field` names it" },
      403: { description: "Only allowed to read this campaign" },
      404: notFound,
      409: {
        description: "stale_revision: saved by a colleague since baseVersion (`current` holds it); conflict: the approval path is complete",
        schema: z.object({ current: SectionSummarySchema.optional() }),
      },
    },
  }),
  versions: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/summaries/:sectionId/versions",
    summary: "Every saved version of a section's text, newest first",
    tags: ["report workflow"],
    auth: "session",
    params: SummaryParamsSchema,
    responses: {
      200: { description: "The history", schema: z.object({ versions: z.array(SummaryVersionSchema) }) },
      400: { description: "Unknown sectionId" },
      404: notFound,
    },
  }),
};
