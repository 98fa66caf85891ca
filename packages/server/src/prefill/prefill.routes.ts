import { prefillApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { prefillCampaign, prefillSources } from "./prefill.service.js";

/** Pre-filling a campaign's responses from an earlier campaign of the region: the possible sources, and the pre-fill. */
export function prefillRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = prefillApi;

  // Only the region's secretariat (or an admin) changes responses; reviewers and the national board are refused outright.
  mountRoute(router, api.sources, requireUser("secretariat"), async ({ params }, _req, res) => ({
    status: 200,
    body: { sources: unwrap(await prefillSources(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.prefill, requireUser("secretariat"), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await prefillCampaign(deps.db, currentUser(res), params.id, body, deps.now())),
  }));

  return router;
}
