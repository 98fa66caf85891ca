import { snapshotApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { getSnapshot } from "./snapshot.service.js";

/** The frozen report of one approval decision. */
export function snapshotRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  mountRoute(router, snapshotApi.get, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await getSnapshot(deps.db, currentUser(res), params.id, params.sid)),
  }));

  return router;
}
