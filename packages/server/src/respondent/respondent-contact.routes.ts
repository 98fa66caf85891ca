import { respondentApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { updateContact } from "./respondent-contact.js";

/** A respondent's contact person, whom its mail goes to. */
export function respondentContactRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  mountRoute(router, respondentApi.updateContact, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await updateContact(deps.db, currentUser(res), params.id, params.rid, body, deps.config, deps.now())),
  }));

  return router;
}
