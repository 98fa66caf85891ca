import { userInvitationApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { endSession, setSessionCookie } from "../auth/session.js";
import { HttpError } from "../http/http-error.js";
import { mountRoute } from "../http/route.js";
import { acceptInvitation, showInvitation, type InvitationLookup } from "./user-invitation.service.js";

function refusal(result: Exclude<InvitationLookup, { ok: true }>): HttpError {
  if (result.error === "unknown") return new HttpError("link_invalid", "There is no invitation with this link.");
  return new HttpError("link_revoked", `The invitation can no longer be used (${result.reason}).`, undefined, { reason: result.reason });
}

/** The set-password page's two requests; no session needed – the token in the address is the authorisation. */
export function userInvitationRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = userInvitationApi;

  mountRoute(router, api.show, async ({ params }) => {
    const result = await showInvitation(deps.db, params.token, deps.now());
    if (!result.ok) throw refusal(result);
    return { status: 200, body: { invitation: result.invitation } };
  });

  mountRoute(router, api.accept, async ({ params, body }, req, res) => {
    const result = await acceptInvitation(deps.db, deps.config, params.token, body.password, deps.now());
    if (!result.ok) throw refusal(result);
    // The browser may hold someone else's session; the new person's replaces it, as at sign-in.
    const previous = res.locals.session;
    if (previous !== undefined) await endSession(deps.db, previous);
    setSessionCookie(req, res, deps.config, result.session.value);
    return { status: 200, body: { user: result.user, csrfToken: result.session.csrfToken } };
  });

  return router;
}
