import { z } from "zod";
import { QuestionnaireDraftSchema } from "../questionnaire-draft.js";
import { AudienceSchema, QuestionnaireVersionSchema, SemverSchema } from "../questionnaire.js";
import { bumps } from "../semver.js";
import { SlugSchema } from "../slug.js";
import { DraftSummarySchema, QuestionnaireVersionParamsSchema } from "./announcement.api.js";
import { defineRoute } from "./define-route.js";
import { IdSchema, PersonRefSchema, responses } from "./common.js";

// Questionnaires as data: published versions (immutable), and drafts a secretariat edits – with append-only
// revisions, a merge when two people save from the same revision, a history to browse and restore, findings from
// validateQuestionnaire on every save, and publishing with the version bump the diff requires.

/** One finding of validateQuestionnaire (or a note of the import), with the path of the element it concerns. */
export const FindingSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type Finding = z.infer<typeof FindingSchema>;

export const QuestionnaireVersionBodySchema = z.object({
  id: z.string(),
  questionnaire: QuestionnaireVersionSchema,
  sha256: z.string(),
  publishedAt: z.string(),
  publishedBy: PersonRefSchema.nullable(),
  builtIn: z.boolean(),
});
export type QuestionnaireVersionBody = z.infer<typeof QuestionnaireVersionBodySchema>;

export const draftRevisionKinds = ["create", "import", "save", "merge", "restore", "live"] as const;

export const DraftViewSchema = z.object({
  id: z.string(),
  announcementId: z.string(),
  key: z.string(),
  revision: z.number().int(),
  content: QuestionnaireDraftSchema,
  /** validateQuestionnaire on the content; empty when it can be published */
  findings: z.array(FindingSchema),
  basedOn: z.string().nullable(),
  regionCode: z.string().nullable(),
  sharedWith: z.array(z.string()),
  createdAt: z.string(),
  createdBy: PersonRefSchema.nullable(),
  updatedAt: z.string(),
  updatedBy: PersonRefSchema.nullable(),
  /** edit: may change it; comment: a reviewer of its region, who reads it live and comments; read: closed (published or discarded) */
  access: z.enum(["edit", "comment", "read"]),
  /** true when the draft is edited together live (ws …/drafts/:draftId/live, @afrapport/schema/coauthor) */
  live: z.boolean().optional(),
});
export type DraftView = z.infer<typeof DraftViewSchema>;
const DraftBody = z.object({ draft: DraftViewSchema });

export const DraftRevisionSchema = z.object({
  revision: z.number().int(),
  baseRevision: z.number().int().nullable(),
  kind: z.enum(draftRevisionKinds),
  /** for a restore: the revision whose content it brought back */
  restoredFrom: z.number().int().nullable(),
  author: PersonRefSchema.nullable(),
  createdAt: z.string(),
  sha256: z.string(),
  findings: z.number().int(),
});
export type DraftRevision = z.infer<typeof DraftRevisionSchema>;

/** `keep`: the questions keep Afrapport's own properties, for a tool that registers them (registerSurveyProperties). */
export const ExportSurveyJsQuerySchema = z.strictObject({ afrapport: z.enum(["keep", "strip"]).default("strip") });

export const DraftParamsSchema = z.strictObject({ draftId: IdSchema });
export const DraftRevisionParamsSchema = z.strictObject({ draftId: IdSchema, revision: z.coerce.number().int().min(1) });

export const ListDraftsQuerySchema = z.strictObject({ announcementId: SlugSchema.max(80).optional() });

/** A new draft: empty, or a new version of a published questionnaire (its latest by default). */
export const CreateDraftSchema = z.strictObject({
  announcementId: SlugSchema.max(80),
  key: SlugSchema.max(80),
  /** required for a new questionnaire; taken from the version for a new version */
  audience: AudienceSchema.optional(),
  title: z.object({ da: z.string().max(300).optional(), en: z.string().max(300).optional() }).optional(),
  from: z.strictObject({ version: SemverSchema.optional() }).optional(),
});
export type CreateDraftInput = z.infer<typeof CreateDraftSchema>;

/** SurveyJS JSON made elsewhere, as a new draft. */
export const ImportDraftSchema = z.strictObject({
  announcementId: SlugSchema.max(80),
  key: SlugSchema.max(80),
  audience: AudienceSchema,
  /** the language plain texts are in */
  language: z.enum(["da", "en"]),
  /** the SurveyJS JSON (an object, or the file's text) */
  survey: z.union([z.record(z.string(), z.unknown()), z.string().max(2_000_000)]),
});
export type ImportDraftInput = z.infer<typeof ImportDraftSchema>;

export const SaveDraftSchema = z.strictObject({
  /** the revision the edit started from; an older one is merged per element, or refused with 409 */
  baseRevision: z.number().int().min(1),
  content: QuestionnaireDraftSchema,
});
export type SaveDraftInput = z.infer<typeof SaveDraftSchema>;

export const DraftConflictSchema = z.object({ path: z.string(), element: z.string().optional(), message: z.string() });

export const SavedDraftSchema = z.object({
  draft: DraftViewSchema,
  /** the save was made on an older revision and merged with what was saved meanwhile */
  merged: z.boolean(),
  /** the parts of the result that came from the other save */
  fromTheirs: z.array(z.string()),
});
export type SavedDraft = z.infer<typeof SavedDraftSchema>;

export const RestoreDraftSchema = z.strictObject({ revision: z.number().int().min(1), baseRevision: z.number().int().min(1) });

export const ShareDraftSchema = z.strictObject({ regions: z.array(z.string().regex(/^108[1-5]$/, "must be a region code from 1081 to 1085")).max(5) });

export const QuestionnaireChangeSchema = z.object({ kind: z.string(), breaking: z.boolean(), bump: z.enum(["patch", "minor", "major"]), detail: z.string() });

export const PublishPreviewSchema = z.object({
  /** the version it would follow (null: the first) */
  previous: z.string().nullable(),
  requiredBump: z.enum(bumps),
  /** the version the bump gives */
  proposedVersion: z.string(),
  diff: z
    .object({
      added: z.array(z.object({ name: z.string(), type: z.string() })),
      removed: z.array(z.object({ name: z.string(), type: z.string() })),
      renamed: z.array(z.object({ from: z.string(), to: z.string() })),
      changed: z.array(z.object({ name: z.string(), changes: z.array(QuestionnaireChangeSchema) })),
      questionnaire: z.array(QuestionnaireChangeSchema),
      breaking: z.boolean(),
    })
    .nullable(),
  /** nothing changed since the previous version: publishing is refused */
  unchanged: z.boolean(),
  findings: z.array(FindingSchema),
});
export type PublishPreview = z.infer<typeof PublishPreviewSchema>;

export const PublishDraftSchema = z.strictObject({
  version: SemverSchema,
  /** the revision the person reviewed; publishing a newer one than they saw is refused */
  baseRevision: z.number().int().min(1),
});
export type PublishDraftInput = z.infer<typeof PublishDraftSchema>;

const draftNotFound = { description: "No such draft, or not one the user may open" };
const readOnly = { description: "Signed in, but not allowed to edit this draft" };
const notStarter = { description: "Neither a secretariat nor an admin, or an announcement of another region" };
const archived = { description: "The announcement is archived" };
const { invalid } = responses;

export const questionnaireApi = {
  version: defineRoute({
    method: "get",
    path: "/api/announcements/:announcementId/questionnaires/:key/versions/:version",
    summary: "One published questionnaire version (immutable)",
    tags: ["questionnaires"],
    auth: "session",
    params: QuestionnaireVersionParamsSchema,
    responses: { 200: { description: "The version", schema: z.object({ version: QuestionnaireVersionBodySchema }) }, 404: { description: "No such version" } },
  }),
  exportSurveyJs: defineRoute({
    method: "get",
    path: "/api/announcements/:announcementId/questionnaires/:key/versions/:version/surveyjs.json",
    summary: "A published version as plain SurveyJS JSON, for survey-core or SurveyJS Creator",
    tags: ["questionnaires"],
    auth: "session",
    params: QuestionnaireVersionParamsSchema,
    query: ExportSurveyJsQuerySchema,
    responses: {
      200: { description: "SurveyJS JSON (a download)", schema: z.record(z.string(), z.unknown()), contentType: "application/json" },
      404: { description: "No such version" },
    },
  }),
  listDrafts: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts",
    summary: "The drafts the user may open, newest change first",
    tags: ["questionnaires"],
    auth: "session",
    query: ListDraftsQuerySchema,
    responses: { 200: { description: "The drafts", schema: z.object({ drafts: z.array(DraftSummarySchema) }) }, 400: invalid },
  }),
  createDraft: defineRoute({
    method: "post",
    path: "/api/questionnaires/drafts",
    summary: "Start a draft: a new questionnaire, or a new version of a published one",
    tags: ["questionnaires"],
    auth: "session",
    body: CreateDraftSchema,
    responses: {
      201: { description: "Created", schema: DraftBody },
      400: invalid,
      403: notStarter,
      404: { description: "No such announcement or version" },
      409: archived,
    },
  }),
  importDraft: defineRoute({
    method: "post",
    path: "/api/questionnaires/drafts/import",
    summary: "Import SurveyJS JSON made elsewhere as a new draft, with notes on what was inferred or not carried over",
    tags: ["questionnaires"],
    auth: "session",
    body: ImportDraftSchema,
    responses: {
      201: { description: "Imported", schema: z.object({ draft: DraftViewSchema, notes: z.array(FindingSchema) }) },
      400: invalid,
      403: notStarter,
      404: { description: "No such announcement" },
      409: archived,
      422: { description: "survey-core cannot load the JSON; `errors` says why", schema: z.object({ errors: z.array(FindingSchema) }) },
    },
  }),
  getDraft: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts/:draftId",
    summary: "A draft's current content with validateQuestionnaire's findings",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    responses: { 200: { description: "The draft", schema: DraftBody }, 404: draftNotFound },
  }),
  saveDraft: defineRoute({
    method: "put",
    path: "/api/questionnaires/drafts/:draftId",
    summary: "Save a draft as a new revision; a save on an older revision is merged per element, or refused with the conflicts",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    body: SaveDraftSchema,
    responses: {
      200: { description: "Saved (possibly merged)", schema: SavedDraftSchema },
      400: invalid,
      403: readOnly,
      404: draftNotFound,
      409: {
        description: "stale_revision: saved meanwhile and the two edits conflict; the body carries the current draft and the conflicts",
        schema: z.object({ current: DraftViewSchema, conflicts: z.array(DraftConflictSchema) }),
      },
    },
  }),
  discardDraft: defineRoute({
    method: "delete",
    path: "/api/questionnaires/drafts/:draftId",
    summary: "Discard a draft (its history stays in the audit log)",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    responses: { 204: { description: "Discarded" }, 403: readOnly, 404: draftNotFound, 409: { description: "The draft is already published or discarded" } },
  }),
  revisions: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts/:draftId/revisions",
    summary: "The draft's history, newest first",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    responses: { 200: { description: "The revisions", schema: z.object({ revisions: z.array(DraftRevisionSchema) }) }, 404: draftNotFound },
  }),
  revision: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts/:draftId/revisions/:revision",
    summary: "One revision's content",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftRevisionParamsSchema,
    responses: {
      200: { description: "The revision", schema: z.object({ revision: DraftRevisionSchema, content: QuestionnaireDraftSchema }) },
      404: { description: "No such draft or revision" },
    },
  }),
  restore: defineRoute({
    method: "post",
    path: "/api/questionnaires/drafts/:draftId/restore",
    summary: "Bring an earlier revision's content back as a new revision",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    body: RestoreDraftSchema,
    responses: {
      200: { description: "Restored", schema: DraftBody },
      400: invalid,
      403: readOnly,
      404: { description: "No such draft or revision" },
      409: { description: "stale_revision: saved meanwhile; the body carries the current draft", schema: z.object({ current: DraftViewSchema }) },
    },
  }),
  share: defineRoute({
    method: "put",
    path: "/api/questionnaires/drafts/:draftId/sharing",
    summary: "The regions whose secretariats may edit the draft besides its own",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    body: ShareDraftSchema,
    responses: {
      200: { description: "Shared", schema: DraftBody },
      400: invalid,
      403: { description: "Only the draft's own region (or an admin) shares it" },
      404: draftNotFound,
      409: { description: "The draft is already published or discarded" },
    },
  }),
  publishPreview: defineRoute({
    method: "get",
    path: "/api/questionnaires/drafts/:draftId/publish",
    summary: "What publishing would do: the diff against the previous version, the bump it requires and the proposed version",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    responses: { 200: { description: "The preview", schema: PublishPreviewSchema }, 404: draftNotFound },
  }),
  publish: defineRoute({
    method: "post",
    path: "/api/questionnaires/drafts/:draftId/publish",
    summary: "Publish the draft as an immutable version (at least the bump the diff requires); the draft ends",
    tags: ["questionnaires"],
    auth: "session",
    params: DraftParamsSchema,
    body: PublishDraftSchema,
    responses: {
      201: { description: "Published", schema: z.object({ version: QuestionnaireVersionBodySchema }) },
      400: { description: "Invalid input; `field` names it (e.g. a version lower than the bump requires)" },
      403: readOnly,
      404: draftNotFound,
      409: { description: "The draft changed since baseRevision, the version exists, or nothing changed since the previous version" },
      422: { description: "validateQuestionnaire has findings; `findings` lists them", schema: z.object({ findings: z.array(FindingSchema) }) },
    },
  }),
};
