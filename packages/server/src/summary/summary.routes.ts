import { summaryApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { listSummaries, listSummaryVersions, saveSummary } from "./summary.service.js";

/** The secretariat's own text per report section: read by everyone who may read the campaign, written by its secretariat. */
export function summaryRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = summaryApi;

  mountRoute(router, api.list, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { summaries: unwrap(await listSummaries(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.save, requireUser(), async ({ params, body }, _req, res) => {
    const { summary, warnings } = unwrap(await saveSummary(deps.db, currentUser(res), params.id, params.sectionId, body, deps.now()));
    return { status: 200, body: { ...summary, warnings } };
  });

  mountRoute(router, api.versions, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { versions: unwrap(await listSummaryVersions(deps.db, currentUser(res), params.id, params.sectionId)) },
  }));

  return router;
}
