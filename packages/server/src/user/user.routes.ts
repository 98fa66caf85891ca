import { userApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { AppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { HttpError } from "../http/http-error.js";
import { mountRoute } from "../http/route.js";
import { sendInvitationMailNow } from "./user-invitation-mail.js";
import { inviteUser, resendInvitation } from "./user-invitation.service.js";
import { changeUser, createUser, listUsers, type UserError, type UserResult } from "./user.service.js";

function toHttpError(error: UserError): HttpError {
  switch (error.code) {
    case "email_taken":
      return new HttpError("already_exists", "A user with this email already exists.", error.field);
    case "not_found":
      return new HttpError("not_found", "There is no such user.");
    case "region_required":
      return new HttpError("validation_failed", "regionCode: a secretariat user needs a region code (1081–1085).", error.field);
    case "self_lockout":
      return new HttpError("conflict", "You cannot disable your own account or remove your own admin role.", error.field);
  }
}

function userOrThrow(result: UserResult) {
  if (!result.ok) throw toHttpError(result.error);
  return result.user;
}

/** Admin-only user management. Responses never include password hashes. */
export function userRoutes(deps: AppDeps & { now: () => Date }): Router {
  const router = Router();
  const api = userApi;

  mountRoute(router, api.list, requireUser("admin"), async () => ({ status: 200, body: { users: await listUsers(deps.db, deps.now()) } }));

  mountRoute(router, api.create, requireUser("admin"), async ({ body }, _req, res) => ({
    status: 201,
    body: { user: userOrThrow(await createUser(deps.db, body, currentUser(res).id, deps.now())) },
  }));

  mountRoute(router, api.change, requireUser("admin"), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { user: userOrThrow(await changeUser(deps.db, params.id, body, currentUser(res).id, deps.now())) },
  }));

  mountRoute(router, api.invite, requireUser("admin"), async ({ body }, _req, res) => {
    const result = await inviteUser(deps.db, deps.config, body, currentUser(res), deps.now());
    if (!result.ok) throw toHttpError({ code: "email_taken", field: "email" });
    void sendInvitationMailNow({ db: deps.db, links: deps.config, now: deps.now });
    return { status: 201, body: { user: result.user, invitation: result.invitation } };
  });

  mountRoute(router, api.resendInvitation, requireUser("admin"), async ({ params }, _req, res) => {
    const result = await resendInvitation(deps.db, deps.config, params.id, currentUser(res), deps.now());
    if (!result.ok) {
      if (result.error === "not_found") throw toHttpError({ code: "not_found" });
      throw new HttpError(
        "conflict",
        result.error === "disabled" ? "The user is disabled; enable them first." : "The user already has a password; there is nothing to invite them to.",
      );
    }
    void sendInvitationMailNow({ db: deps.db, links: deps.config, now: deps.now });
    return { status: 201, body: { user: result.user, invitation: result.invitation } };
  });

  return router;
}
