import { z } from "zod";
import { reportNoteKinds, type JointReport } from "../joint-report.js";
import type { QuestionnaireVersionChange } from "../version-change.js";
import { AudienceSchema } from "../questionnaire.js";
import { criterionStatuses, screeningCriteria, ScreeningThresholdsSchema, screeningVerdicts } from "../screening.js";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, CampaignStatusSchema, LocalizedSchema, responses } from "./common.js";

// The joint report over a campaign's submitted responses, with the offers screened.

// ---------------------------------------------------------------- the joint report (aggregateReport's output)

/** A number with the ids of the responses it came from; `small` marks counts from 1 to 4. */
export const FigureSchema = z.object({ value: z.number(), sources: z.array(z.string()), small: z.boolean() });

export const ReportResponseRefSchema = z.object({
  responseId: z.string(),
  respondentId: z.string(),
  respondentName: z.string(),
  kommuneCode: z.string().optional(),
});

const IncludedResponseSchema = ReportResponseRefSchema.extend({
  answeredVersion: z.string(),
  migrated: z.boolean(),
  submittedAt: z.string().optional(),
});

const SkippedResponseSchema = ReportResponseRefSchema.extend({ questionnaireVersion: z.string(), reason: LocalizedSchema });

const ReportNoteSchema = z.object({
  kind: z.enum(reportNoteKinds),
  message: LocalizedSchema,
  responseId: z.string().optional(),
  question: z.string().optional(),
  /** the answer concerned, as the respondent gave it: any JSON */
  value: z.unknown().optional(),
});

const itemBase = {
  question: z.string(),
  type: z.string(),
  title: LocalizedSchema,
  answered: FigureSchema,
  unanswered: FigureSchema,
  invalid: FigureSchema,
};

const SumItemSchema = z.object({
  ...itemBase,
  kind: z.literal("sum"),
  total: FigureSchema,
  rows: z.array(z.object({ respondent: ReportResponseRefSchema, value: FigureSchema.nullable() })),
});

const SumPerYearItemSchema = z.object({
  ...itemBase,
  kind: z.literal("sumPerYear"),
  years: z.array(z.string()),
  rows: z.array(z.object({ respondent: ReportResponseRefSchema, cells: z.array(FigureSchema.nullable()), total: FigureSchema.nullable() })),
  yearTotals: z.array(FigureSchema),
  total: FigureSchema,
});

/** A value of an offer list's column (any JSON answer), with the responses that gave it. */
const OfferColumnValueSchema = z.object({ value: z.unknown(), text: LocalizedSchema.optional(), sources: z.array(z.string()) });

const ReportOfferSchema = z.object({
  key: z.string(),
  name: z.string(),
  otherSpellings: z.array(z.string()),
  operator: z.string(),
  operatorText: LocalizedSchema.optional(),
  namedBy: z.array(ReportResponseRefSchema),
  namedByCount: FigureSchema,
  details: z.array(z.object({ column: z.string(), values: z.array(OfferColumnValueSchema) })),
});

const OfferListItemSchema = z.object({
  ...itemBase,
  kind: z.literal("offerList"),
  columns: z.array(z.object({ name: z.string(), title: LocalizedSchema })),
  offers: z.array(ReportOfferSchema),
  offerCount: FigureSchema,
});

/** How many responses chose a choice; its value is whatever the question's choice holds (string, number, boolean). */
const ChoiceCountSchema = z.object({ value: z.unknown(), text: LocalizedSchema, count: FigureSchema, listed: z.boolean() });

const ChoiceCountsItemSchema = z.object({
  ...itemBase,
  kind: z.literal("choiceCounts"),
  layout: z.literal("choices"),
  multiple: z.boolean(),
  choices: z.array(ChoiceCountSchema),
  otherTexts: z.array(z.object({ respondent: ReportResponseRefSchema, text: z.string() })),
});

const MatrixCountsItemSchema = z.object({
  ...itemBase,
  kind: z.literal("choiceCounts"),
  layout: z.literal("matrix"),
  columns: z.array(z.object({ value: z.unknown(), text: LocalizedSchema })),
  rows: z.array(z.object({ value: z.unknown(), text: LocalizedSchema, listed: z.boolean(), answered: FigureSchema, choices: z.array(ChoiceCountSchema) })),
});

const TextsItemSchema = z.object({
  ...itemBase,
  kind: z.literal("texts"),
  texts: z.array(z.object({ respondent: ReportResponseRefSchema, text: z.string() })),
});

const FilesItemSchema = z.object({
  ...itemBase,
  kind: z.literal("files"),
  files: z.array(z.object({ respondent: ReportResponseRefSchema, name: z.string(), type: z.string(), content: z.string() })),
  count: FigureSchema,
});

export const ReportItemSchema = z.union([SumItemSchema, SumPerYearItemSchema, OfferListItemSchema, ChoiceCountsItemSchema, MatrixCountsItemSchema, TextsItemSchema, FilesItemSchema]);

const CriterionResultSchema = z.object({
  criterion: z.enum(screeningCriteria),
  status: z.enum(criterionStatuses),
  reason: LocalizedSchema,
  /** the answer judged: flow `{ year: citizens }`, staff and experience a number, competences `{ id: presence }` */
  value: z.unknown().optional(),
  question: z.string().optional(),
});

const ReportScreeningSchema = z.object({
  thresholds: ScreeningThresholdsSchema,
  offers: z.array(
    z.object({
      respondent: ReportResponseRefSchema,
      result: z.object({ verdict: z.enum(screeningVerdicts), criteria: z.array(CriterionResultSchema), summary: LocalizedSchema, thresholds: ScreeningThresholdsSchema }),
    }),
  ),
  verdicts: z.record(z.enum(screeningVerdicts), FigureSchema),
});

/** The joint report of one questionnaire's submitted responses, as `aggregateReport` computes it. */
export const JointReportSchema = z.object({
  questionnaire: z.object({ announcement: z.string(), key: z.string(), audience: AudienceSchema, version: z.string(), title: LocalizedSchema }),
  respondentCount: FigureSchema,
  responses: z.array(IncludedResponseSchema),
  skipped: z.array(SkippedResponseSchema),
  sections: z.array(z.object({ id: z.string(), title: LocalizedSchema, items: z.array(ReportItemSchema) })),
  screening: ReportScreeningSchema.optional(),
  notes: z.array(ReportNoteSchema),
});

// JointReport is the domain's TypeScript type (joint-report.ts); this keeps the schema exactly that shape.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies SameShape<z.infer<typeof JointReportSchema>, JointReport>;

// ---------------------------------------------------------------- the route

const threshold = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "must be a number of 0 or more")
  .transform(Number)
  .optional();

/** The secretariat's screening thresholds as query parameters; the defaults of the screening model fill the rest. */
export const ScreeningThresholdsQuerySchema = z.strictObject({
  minCitizensPerYear: threshold,
  minStaff: threshold,
  minExperienceYears: threshold,
});
export type ScreeningThresholdsQuery = z.infer<typeof ScreeningThresholdsQuerySchema>;

/** What changed in a questionnaire since the version before it (versionChange's output). */
export const VersionChangeSchema = z.object({
  version: z.string(),
  previous: z.string(),
  added: z.array(z.object({ name: z.string(), title: LocalizedSchema })),
  removed: z.array(z.object({ name: z.string(), title: LocalizedSchema })),
  renamed: z.array(z.object({ from: z.string(), to: z.string(), title: LocalizedSchema })),
  changed: z.array(z.object({ name: z.string(), title: LocalizedSchema, breaking: z.boolean() })),
});
true satisfies SameShape<z.infer<typeof VersionChangeSchema>, QuestionnaireVersionChange>;

export const CampaignReportSchema = z.object({
  campaign: z.object({ id: z.string(), title: z.string(), regionCode: z.string(), status: CampaignStatusSchema, deadline: z.string() }),
  generatedAt: z.string(),
  /** the joint report of the municipalities' submitted answers */
  municipality: JointReportSchema,
  /** the offers' submitted answers, screened by the announcement's model; null without an offer questionnaire */
  offer: JointReportSchema.nullable(),
  /** per questionnaire, what changed since its previous published version (null: the first version, or no questionnaire) */
  versionChanges: z.object({ municipality: VersionChangeSchema.nullable(), offer: VersionChangeSchema.nullable() }),
});
export type CampaignReport = z.infer<typeof CampaignReportSchema>;

export const reportApi = {
  get: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/report",
    summary: "The joint report over the submitted responses, with the offers screened",
    tags: ["reports"],
    auth: "session",
    params: CampaignIdParamsSchema,
    query: ScreeningThresholdsQuerySchema,
    responses: {
      200: { description: "{ campaign, generatedAt, municipality: JointReport, offer: JointReport | null }", schema: CampaignReportSchema },
      400: { description: "A bad threshold; `field` names it" },
      404: responses.campaignNotFound,
    },
  }),
};
