import { reviewerApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { sendInvitationMailNow } from "../user/user-invitation-mail.js";
import { inviteReviewer, reviewerCandidates } from "./reviewer.service.js";

/** The reference group of a campaign, from the secretariat's side: whom it may add, and new reviewers by e-mail. */
export function reviewerRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = reviewerApi;

  mountRoute(router, api.candidates, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { candidates: unwrap(await reviewerCandidates(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.invite, requireUser(), async ({ params, body }, _req, res) => {
    const result = unwrap(await inviteReviewer(deps.db, deps.config, currentUser(res), params.id, body, deps.now()));
    if (result.invitation !== null) void sendInvitationMailNow({ db: deps.db, links: deps.config, now: deps.now });
    return result.invitation === null
      ? { status: 200, body: { reviewer: result.reviewer, invitation: null } }
      : { status: 201, body: { reviewer: result.reviewer, invitation: result.invitation } };
  });

  return router;
}
