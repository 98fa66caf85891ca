import { ScreeningThresholdsSchema } from "@afrapport/schema";
import { exportApi, reportApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { sendCsv } from "../http/csv.js";
import { parseInput } from "../http/parse.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { campaignCsv, campaignReport } from "./report.service.js";

/** The joint report and the CSV export: reads, for the secretariat, the campaign's reviewers and the national board. */
export function reportRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  mountRoute(router, reportApi.get, requireUser(), async ({ params, query }, _req, res) => {
    // The screening model's own rules for thresholds, so the report never throws on what the query let through.
    const thresholds = parseInput(
      ScreeningThresholdsSchema.partial(),
      Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)),
      "query",
    );
    return { status: 200, body: unwrap(await campaignReport(deps.db, currentUser(res), params.id, thresholds, deps.now())) };
  });

  mountRoute(router, exportApi.answersCsv, requireUser(), async ({ params, query }, _req, res) => {
    const exported = unwrap(await campaignCsv(deps.db, currentUser(res), params.id, { audience: query.audience, locale: query.locale, separator: query.separator }));
    sendCsv(res, exported.fileName, exported.csv);
  });

  return router;
}
