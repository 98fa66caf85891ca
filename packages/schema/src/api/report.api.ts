import { z } from "zod";
import { reportNoteKinds, type FigureRef, type JointReport } from "../joint-report.js";
import { parseFigureAddress } from "../report-figure.js";
import type { QuestionnaireVersionChange } from "../version-change.js";
import { AudienceSchema } from "../questionnaire.js";
import { criterionStatuses, screeningCriteria, ScreeningThresholdsSchema, screeningVerdicts } from "../screening.js";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, CampaignStatusSchema, LocalizedSchema, responses } from "./common.js";

// The joint report over a campaign's submitted responses, with the offers screened.

// ---------------------------------------------------------------- the joint report (aggregateReport's output)

/** A number with the ids of the responses it came from; `small` marks counts from 1 to 4. */
export const FigureSchema = z.object({ value: z.number(), sources: z.array(z.string()), small: z.boolean() });

/** A number with how many responses it came from and its address, to ask for them (reportApi.sources). */
export const FigureRefSchema = z.object({ value: z.number(), small: z.boolean(), sourceCount: z.number().int().nonnegative(), ref: z.string() });

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

/**
 * The schema of a joint report whose figures are `figure` (figure: sources inline; FigureRefSchema: by
 * reference) and whose offer column values carry `columnSources` (their sources inline, or nothing).
 */
function jointReportSchema<F extends z.ZodType, C extends z.ZodRawShape>(figure: F, columnSources: C) {
  const itemBase = {
    question: z.string(),
    type: z.string(),
    title: LocalizedSchema,
    answered: figure,
    unanswered: figure,
    invalid: figure,
  };

  const SumItemSchema = z.object({
    ...itemBase,
    kind: z.literal("sum"),
    total: figure,
    rows: z.array(z.object({ respondent: ReportResponseRefSchema, value: figure.nullable() })),
  });

  const SumPerYearItemSchema = z.object({
    ...itemBase,
    kind: z.literal("sumPerYear"),
    years: z.array(z.string()),
    rows: z.array(z.object({ respondent: ReportResponseRefSchema, cells: z.array(figure.nullable()), total: figure.nullable() })),
    yearTotals: z.array(figure),
    total: figure,
  });

  /** A value of an offer list's column (any JSON answer), with the responses that gave it. */
  const OfferColumnValueSchema = z.object({ value: z.unknown(), text: LocalizedSchema.optional(), ...columnSources });

  const ReportOfferSchema = z.object({
    key: z.string(),
    name: z.string(),
    otherSpellings: z.array(z.string()),
    operator: z.string(),
    operatorText: LocalizedSchema.optional(),
    namedBy: z.array(ReportResponseRefSchema),
    namedByCount: figure,
    details: z.array(z.object({ column: z.string(), values: z.array(OfferColumnValueSchema) })),
  });

  const OfferListItemSchema = z.object({
    ...itemBase,
    kind: z.literal("offerList"),
    columns: z.array(z.object({ name: z.string(), title: LocalizedSchema })),
    offers: z.array(ReportOfferSchema),
    offerCount: figure,
  });

  /** How many responses chose a choice; its value is whatever the question's choice holds (string, number, boolean). */
  const ChoiceCountSchema = z.object({ value: z.unknown(), text: LocalizedSchema, count: figure, listed: z.boolean() });

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
    rows: z.array(z.object({ value: z.unknown(), text: LocalizedSchema, listed: z.boolean(), answered: figure, choices: z.array(ChoiceCountSchema) })),
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
    count: figure,
  });

  const ReportItemSchema = z.union([SumItemSchema, SumPerYearItemSchema, OfferListItemSchema, ChoiceCountsItemSchema, MatrixCountsItemSchema, TextsItemSchema, FilesItemSchema]);

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
    verdicts: z.record(z.enum(screeningVerdicts), figure),
  });

  return z.object({
    questionnaire: z.object({ announcement: z.string(), key: z.string(), audience: AudienceSchema, version: z.string(), title: LocalizedSchema }),
    respondentCount: figure,
    responses: z.array(IncludedResponseSchema),
    skipped: z.array(SkippedResponseSchema),
    sections: z.array(z.object({ id: z.string(), title: LocalizedSchema, items: z.array(ReportItemSchema) })),
    screening: ReportScreeningSchema.optional(),
    notes: z.array(ReportNoteSchema),
  });
}

/** The joint report of one questionnaire's submitted responses, as `aggregateReport` computes it, sources inline. */
export const JointReportSchema = jointReportSchema(FigureSchema, { sources: z.array(z.string()) });

/** The joint report with its figures' sources by reference (`aggregateReport(…, { sources: "refs" })`). */
export const JointReportRefsSchema = jointReportSchema(FigureRefSchema, {});

// JointReport is the domain's TypeScript type (joint-report.ts); this keeps the schema exactly that shape.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies SameShape<z.infer<typeof JointReportSchema>, JointReport>;
true satisfies SameShape<z.infer<typeof JointReportRefsSchema>, JointReport<FigureRef>>;

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
  /**
   * which submitted answers the report was made from: asking for a figure's sources (reportApi.sources) names it,
   * so sources are never those of a figure the report has since become
   */
  sourcesVersion: z.string(),
  /** the joint report of the municipalities' submitted answers, each figure's sources by reference */
  municipality: JointReportRefsSchema,
  /** the offers' submitted answers, screened by the announcement's model; null without an offer questionnaire */
  offer: JointReportRefsSchema.nullable(),
  /** per questionnaire, what changed since its previous published version (null: the first version, or no questionnaire) */
  versionChanges: z.object({ municipality: VersionChangeSchema.nullable(), offer: VersionChangeSchema.nullable() }),
});
export type CampaignReport = z.infer<typeof CampaignReportSchema>;

/** Which figure's sources: its `ref`, the report's `sourcesVersion`, and the thresholds the report was made with. */
export const FigureSourcesQuerySchema = ScreeningThresholdsQuerySchema.extend({
  figure: z.string().refine((text) => parseFigureAddress(text) !== undefined, "must be the ref of one of the report's figures, e.g. m3.12"),
  version: z.string().min(1, "must be the report's sourcesVersion").max(200),
});
export type FigureSourcesQuery = z.infer<typeof FigureSourcesQuerySchema>;

export const FigureSourcesSchema = z.object({
  /** ids of the responses the figure came from, de-duplicated, in response order (the report's `responses` name them) */
  sources: z.array(z.string()),
});
export type FigureSources = z.infer<typeof FigureSourcesSchema>;

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
  sources: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/report/sources",
    summary: "The responses one figure of the joint report came from",
    description:
      "The joint report gives each figure's sources by reference (`ref`, and `sourceCount`); this gives them. Ask with the report's `sourcesVersion` and the thresholds it was made with: when the submitted answers have changed since, the answer is a 409 and the report must be fetched again.",
    tags: ["reports"],
    auth: "session",
    params: CampaignIdParamsSchema,
    query: FigureSourcesQuerySchema,
    responses: {
      200: { description: "{ sources: response ids }", schema: FigureSourcesSchema },
      400: { description: "A malformed figure ref, version or threshold; `field` names it" },
      404: { description: "No such campaign (or not one you may read), or no figure with this ref in its report (`field`: figure)" },
      409: { description: "The submitted answers changed since the report was made (`field`: version): fetch the report again" },
    },
  }),
};
