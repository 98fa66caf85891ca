import { nationalApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { nationalOverview } from "./national.service.js";

/** The national board's view: the five regional reports of one announcement side by side. */
export function nationalRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  mountRoute(router, nationalApi.overview, requireUser("national"), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await nationalOverview(deps.db, currentUser(res), params.announcementId, deps.now())),
  }));

  return router;
}
