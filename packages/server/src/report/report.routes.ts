import { ScreeningThresholdsSchema } from "@afrapport/schema";
import { reportApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { parseInput } from "../http/parse.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { campaignFigureSources, campaignReport } from "./report.service.js";

/**
 * The joint report and the sources of its figures: reads, for the secretariat, the campaign's reviewers and the
 * national board. (The CSV export of the answers is with the other downloads, in export-routes.)
 */
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

  mountRoute(router, reportApi.sources, requireUser(), async ({ params, query }, _req, res) => {
    const { figure, version, ...given } = query;
    const thresholds = parseInput(
      ScreeningThresholdsSchema.partial(),
      Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
      "query",
    );
    return { status: 200, body: unwrap(await campaignFigureSources(deps.db, currentUser(res), params.id, { figure, version, thresholds })) };
  });

  return router;
}
