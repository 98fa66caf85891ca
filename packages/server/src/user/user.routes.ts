import { userApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { AppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { HttpError } from "../http/http-error.js";
import { mountRoute } from "../http/route.js";
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

  mountRoute(router, api.list, requireUser("admin"), async () => ({ status: 200, body: { users: await listUsers(deps.db) } }));

  mountRoute(router, api.create, requireUser("admin"), async ({ body }, _req, res) => ({
    status: 201,
    body: { user: userOrThrow(await createUser(deps.db, body, currentUser(res).id, deps.now())) },
  }));

  mountRoute(router, api.change, requireUser("admin"), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { user: userOrThrow(await changeUser(deps.db, params.id, body, currentUser(res).id, deps.now())) },
  }));

  return router;
}
