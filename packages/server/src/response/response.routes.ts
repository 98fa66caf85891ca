import { responseApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { reopenResponse, responseDetail } from "./response.service.js";

/** The secretariat's (and reviewers') reads of one response, and reopening a submitted one. */
export function responseRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = responseApi;

  mountRoute(router, api.detail, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await responseDetail(deps.db, currentUser(res), params.id, params.rid)),
  }));

  mountRoute(router, api.reopen, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await reopenResponse(deps.db, currentUser(res), params.id, params.rid, body.reason, deps.now())),
  }));

  return router;
}
