import { respondentApi } from "@afrapport/schema/api";
import { Router, type Request } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { parseInput } from "../http/parse.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { inviteMunicipalities, inviteOffer, replaceLink, respondentBoard, revokeLink } from "./respondent.service.js";

/** These POSTs take no body; one sent anyway must be an empty object, as an unknown field is a 400 everywhere. */
function refuseBody(req: Request): void {
  if (req.body !== undefined) parseInput(z.strictObject({}), req.body);
}

/** Respondents of a campaign: invite municipalities and offers, replace or revoke links, the status board. */
export function respondentRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = respondentApi;

  mountRoute(router, api.board, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { respondents: unwrap(await respondentBoard(deps.db, currentUser(res), params.id, deps.now())) },
  }));

  mountRoute(router, api.inviteMunicipalities, requireUser(), async ({ params }, req, res) => {
    refuseBody(req);
    const result = unwrap(await inviteMunicipalities(deps.db, currentUser(res), params.id, deps.config.publicUrl, deps.now()));
    return result.invited.length > 0 ? { status: 201, body: result } : { status: 200, body: result };
  });

  mountRoute(router, api.inviteOffer, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: unwrap(await inviteOffer(deps.db, currentUser(res), params.id, body, deps.config.publicUrl, deps.now())),
  }));

  mountRoute(router, api.replaceLink, requireUser(), async ({ params }, req, res) => {
    refuseBody(req);
    return { status: 201, body: unwrap(await replaceLink(deps.db, currentUser(res), params.id, params.rid, deps.config.publicUrl, deps.now())) };
  });

  mountRoute(router, api.revokeLink, requireUser(), async ({ params }, _req, res) => {
    unwrap(await revokeLink(deps.db, currentUser(res), params.id, params.rid, deps.now()));
    return { status: 204 };
  });

  return router;
}
