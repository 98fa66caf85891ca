import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignStatusSchema, IdSchema, LocalizedSchema } from "./common.js";
import { JointReportRefsSchema } from "./report.api.js";

// The national board's view: the five regional reports of one announcement side by side.

const NationalAnnouncementParamsSchema = z.strictObject({ announcementId: IdSchema });

export const NationalRegionSchema = z.object({
  regionCode: z.string(),
  regionName: LocalizedSchema,
  /** drafts are never shown */
  campaign: z
    .object({ id: z.string(), title: z.string(), status: CampaignStatusSchema.exclude(["draft"]), deadline: z.string() })
    .nullable(),
  report: JointReportRefsSchema.nullable().describe("JointReport of the municipalities' submitted answers, as GET /api/campaigns/:id/report computes it"),
  offerReport: JointReportRefsSchema.nullable().describe(
    "JointReport of the offers, screened with the default thresholds; null without an offer questionnaire",
  ),
  /** the reports' sourcesVersion, for asking for a figure's sources (reportApi.sources); null without a campaign */
  sourcesVersion: z.string().nullable(),
  respondents: z.number().int(),
  submitted: z.number().int(),
});
export type NationalRegion = z.infer<typeof NationalRegionSchema>;

export const NationalOverviewSchema = z.object({
  announcement: z.object({ id: z.string(), title: LocalizedSchema }),
  regions: z.array(NationalRegionSchema),
});
export type NationalOverview = z.infer<typeof NationalOverviewSchema>;

export const nationalApi = {
  overview: defineRoute({
    method: "get",
    path: "/api/national/announcements/:announcementId",
    summary: "The five regions' campaigns and joint reports for one announcement (national board, admin)",
    description: "Per region the campaign shown is the newest reported one, else the newest closed, else the newest open; drafts are not shown.",
    tags: ["national"],
    auth: "session",
    params: NationalAnnouncementParamsSchema,
    responses: {
      200: { description: "All five regions in region-code order", schema: NationalOverviewSchema },
      403: { description: "Only the national board and admins" },
      404: { description: "No such announcement" },
    },
  }),
};
