import { locales, ScreeningThresholdsSchema } from "@afrapport/schema";
import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { sendCsv } from "../http/csv.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { campaignCsv, campaignReport } from "./report.service.js";

const threshold = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "must be a number of 0 or more")
  .transform(Number)
  .optional();

/** The secretariat's screening thresholds as query parameters; the defaults of the screening model fill the rest. */
export const ReportQuerySchema = z.strictObject({
  minCitizensPerYear: threshold,
  minStaff: threshold,
  minExperienceYears: threshold,
});

export const ExportQuerySchema = z.strictObject({
  audience: z.enum(["municipality", "offer"]).default("municipality"),
  separator: z.enum([";", ","]).optional(),
  /** the language of the column titles, choice texts and states */
  locale: z.enum(locales, { error: "must be da or en" }).default("da"),
});

/** The joint report and the CSV export: reads, for the secretariat, the campaign's reviewers and the national board. */
export function reportRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/report",
    summary: "The joint report over the submitted responses, with the offers screened",
    tags: ["reports"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, query: ReportQuerySchema },
    responses: {
      200: { description: "{ campaign, generatedAt, municipality: JointReport, offer: JointReport | null }", schema: z.record(z.string(), z.unknown()) },
      400: { description: "A bad threshold; `field` names it" },
      404: { description: "No such campaign, or not one of yours" },
    },
  });
  router.get("/campaigns/:id/report", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const query = parseInput(ReportQuerySchema, req.query, "query");
    // The screening model's own rules for thresholds, so the report never throws on what the query let through.
    const thresholds = parseInput(
      ScreeningThresholdsSchema.partial(),
      Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)),
      "query",
    );
    res.json(unwrap(await campaignReport(deps.db, currentUser(res), id, thresholds, deps.now())));
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/export.csv",
    summary: "CSV: one row per respondent with its current answers, one column per question (titles in Danish, or English with locale=en)",
    tags: ["reports"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, query: ExportQuerySchema },
    responses: {
      200: { description: "UTF-8 with BOM, ';'-separated by default", contentType: "text/csv" },
      400: { description: "A bad query parameter (audience, separator, locale, or an unknown one; `field` names it), or audience=offer without an offer questionnaire" },
      404: { description: "No such campaign, or not one of yours" },
    },
  });
  router.get("/campaigns/:id/export.csv", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const query = parseInput(ExportQuerySchema, req.query, "query");
    const exported = unwrap(await campaignCsv(deps.db, currentUser(res), id, { audience: query.audience, locale: query.locale, separator: query.separator }));
    sendCsv(res, exported.fileName, exported.csv);
  });

  return router;
}
