import { z } from "zod";
import { CompetenceSchema } from "../announcement.js";
import { LocalizedTextSchema } from "../localized-text.js";
import { AudienceSchema, SemverSchema } from "../questionnaire.js";
import { ScreeningThresholdsSchema } from "../screening.js";
import { IsoDateSchema, SlugSchema } from "../slug.js";
import { defineRoute } from "./define-route.js";
import { LocalizedSchema, PersonRefSchema, responses } from "./common.js";

// Announcements (central udmeldinger) as data: the catalogue every campaign picks from. Built-in ones ship with
// Afrapport and are frozen; secretariats create more, edit them, archive them and copy one as the template for
// the next target group.

/** One published, immutable version of a questionnaire, as the catalogue lists it. */
export const PublishedVersionSchema = z.object({
  /** "announcement/key@version" */
  id: z.string(),
  version: z.string(),
  title: LocalizedSchema,
  sha256: z.string(),
  publishedAt: z.string(),
  /** null: shipped with Afrapport */
  publishedBy: PersonRefSchema.nullable(),
});
export type PublishedVersion = z.infer<typeof PublishedVersionSchema>;

/** A questionnaire of an announcement: its key, audience and every published version, newest first. */
export const CatalogueQuestionnaireSchema = z.object({
  key: z.string(),
  audience: AudienceSchema,
  versions: z.array(PublishedVersionSchema),
});
export type CatalogueQuestionnaire = z.infer<typeof CatalogueQuestionnaireSchema>;

/** A draft in a listing: enough to find and open it. */
export const DraftSummarySchema = z.object({
  id: z.string(),
  announcementId: z.string(),
  key: z.string(),
  audience: AudienceSchema,
  title: z.object({ da: z.string().optional(), en: z.string().optional() }),
  revision: z.number().int(),
  /** the published version it started from, if any */
  basedOn: z.string().nullable(),
  regionCode: z.string().nullable(),
  sharedWith: z.array(z.string()),
  updatedAt: z.string(),
  updatedBy: PersonRefSchema.nullable(),
  /** what validateQuestionnaire found at the last save (0: ready to publish) */
  findings: z.number().int(),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export const AnnouncementViewSchema = z.object({
  id: z.string(),
  title: LocalizedSchema,
  issued: z.string(),
  targetGroup: LocalizedSchema,
  competences: z.array(z.object({ id: z.string(), title: LocalizedSchema })),
  /** the screening model's thresholds the joint report starts from */
  thresholds: ScreeningThresholdsSchema,
  builtIn: z.boolean(),
  archived: z.boolean(),
  /** the announcement it was copied from */
  templateOf: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  questionnaires: z.array(CatalogueQuestionnaireSchema),
  /** the drafts the signed-in user may open */
  drafts: z.array(DraftSummarySchema),
  /** what the user may do: edit the announcement and its drafts, or read it */
  access: z.enum(["edit", "read"]),
});
export type AnnouncementView = z.infer<typeof AnnouncementViewSchema>;
const AnnouncementBody = z.object({ announcement: AnnouncementViewSchema });

/**
 * Thresholds an announcement may set: the screening model's, bounded so that a typo (300 years of experience)
 * is refused where it is made rather than noticed in a joint report where no offer qualifies.
 */
export const AnnouncementThresholdsSchema = z.strictObject({
  minCitizensPerYear: z.number().nonnegative().max(10_000, "must be at most 10000"),
  minStaff: z.number().nonnegative().max(1_000, "must be at most 1000"),
  minExperienceYears: z.number().nonnegative().max(60, "must be at most 60"),
});

const AnnouncementFields = {
  title: LocalizedTextSchema,
  issued: IsoDateSchema,
  targetGroup: LocalizedTextSchema,
  competences: z
    .array(CompetenceSchema)
    .min(1, "name at least one competence")
    .max(40)
    .superRefine((competences, ctx) => {
      const seen = new Set<string>();
      for (const [i, competence] of competences.entries()) {
        if (seen.has(competence.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `the competence id "${competence.id}" is used twice` });
        seen.add(competence.id);
      }
    }),
  /** missing ones: the screening model's defaults (on create) or the announcement's current ones (on update) */
  thresholds: AnnouncementThresholdsSchema.partial().optional(),
};

export const CreateAnnouncementSchema = z.strictObject({ id: SlugSchema.max(80), ...AnnouncementFields });
export type CreateAnnouncementInput = z.infer<typeof CreateAnnouncementSchema>;

export const UpdateAnnouncementSchema = z.strictObject({
  /** the revision the edit was made on; a stale one gets 409 */
  baseRevision: z.number().int().min(0),
  title: AnnouncementFields.title.optional(),
  issued: AnnouncementFields.issued.optional(),
  targetGroup: AnnouncementFields.targetGroup.optional(),
  competences: AnnouncementFields.competences.optional(),
  thresholds: AnnouncementFields.thresholds,
  archived: z.boolean().optional(),
});
export type UpdateAnnouncementInput = z.infer<typeof UpdateAnnouncementSchema>;

/** A new announcement from an existing one: its fields, and its questionnaires copied as drafts. */
export const CopyAnnouncementSchema = z.strictObject({
  id: SlugSchema.max(80),
  title: LocalizedTextSchema,
  issued: IsoDateSchema,
  targetGroup: LocalizedTextSchema,
  /** default: the template's competences */
  competences: AnnouncementFields.competences.optional(),
  thresholds: AnnouncementFields.thresholds,
  /** which questionnaire keys to copy; default all */
  questionnaires: z.array(SlugSchema).optional(),
});
export type CopyAnnouncementInput = z.infer<typeof CopyAnnouncementSchema>;

/** A note about a copied questionnaire, e.g. a competence its screening matrix names that the new target group lacks. */
export const CopyNoteSchema = z.object({ draftId: z.string(), key: z.string(), path: z.string(), code: z.string(), message: z.string() });
export type CopyNote = z.infer<typeof CopyNoteSchema>;

export const AnnouncementParamsSchema = z.strictObject({ announcementId: SlugSchema.max(80) });
export const QuestionnaireVersionParamsSchema = z.strictObject({
  announcementId: SlugSchema.max(80),
  key: SlugSchema.max(80),
  version: SemverSchema,
});

export const ListAnnouncementsQuerySchema = z.strictObject({
  archived: z.enum(["include", "only", "exclude"]).default("exclude"),
});

const notFound = { description: "No such announcement" };
const { invalid } = responses;

export const announcementApi = {
  list: defineRoute({
    method: "get",
    path: "/api/announcements",
    summary: "The catalogue: every announcement with its questionnaires' published versions and the drafts the user may open",
    tags: ["announcements"],
    auth: "session",
    query: ListAnnouncementsQuerySchema,
    responses: { 200: { description: "Newest issued first", schema: z.object({ announcements: z.array(AnnouncementViewSchema) }) }, 400: invalid },
  }),
  create: defineRoute({
    method: "post",
    path: "/api/announcements",
    summary: "Create an announcement (secretariat or admin); its questionnaires are drafted next",
    tags: ["announcements"],
    auth: "session",
    body: CreateAnnouncementSchema,
    responses: {
      201: { description: "Created", schema: AnnouncementBody },
      400: invalid,
      409: { description: "An announcement with this id exists" },
    },
  }),
  get: defineRoute({
    method: "get",
    path: "/api/announcements/:announcementId",
    summary: "One announcement with its questionnaires and drafts",
    tags: ["announcements"],
    auth: "session",
    params: AnnouncementParamsSchema,
    responses: { 200: { description: "The announcement", schema: AnnouncementBody }, 404: notFound },
  }),
  update: defineRoute({
    method: "patch",
    path: "/api/announcements/:announcementId",
    summary: "Edit an announcement's title, issued date, target group, competences or default thresholds; archive or unarchive it",
    tags: ["announcements"],
    auth: "session",
    params: AnnouncementParamsSchema,
    body: UpdateAnnouncementSchema,
    responses: {
      200: { description: "Changed", schema: AnnouncementBody },
      400: invalid,
      404: notFound,
      409: { description: "Edited meanwhile (baseRevision is stale; the body carries the current announcement), or built in and so frozen", schema: z.object({ current: AnnouncementViewSchema.optional() }) },
    },
  }),
  copy: defineRoute({
    method: "post",
    path: "/api/announcements/:announcementId/copy",
    summary: "A new announcement from this one as template: its questionnaires become drafts, checked against the new competences",
    tags: ["announcements"],
    auth: "session",
    params: AnnouncementParamsSchema,
    body: CopyAnnouncementSchema,
    responses: {
      201: { description: "Created, with a draft per copied questionnaire and notes on what to check", schema: z.object({ announcement: AnnouncementViewSchema, notes: z.array(CopyNoteSchema) }) },
      400: invalid,
      404: notFound,
      409: { description: "An announcement with the new id exists" },
    },
  }),
};
