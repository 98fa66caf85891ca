import { Router } from "express";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { HttpError } from "../http/http-error.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { changeUser, createUser, listUsers, NewUserSchema, PublicUserSchema, UserChangeSchema, type UserError } from "./user.service.js";

const UserIdParams = z.strictObject({ id: z.string().min(1).max(100) });

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

/** Admin-only user management. Responses never include password hashes. */
export function userRoutes(deps: AppDeps & { now: () => Date }): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/users",
    summary: "List users",
    tags: ["users"],
    auth: "session",
    responses: { 200: { description: "Every user, by email", schema: z.object({ users: z.array(PublicUserSchema) }) }, 403: { description: "Not an admin" } },
  });
  router.get("/users", requireUser("admin"), async (_req, res) => {
    res.json({ users: await listUsers(deps.db) });
  });

  registerRoute({
    method: "post",
    path: "/api/users",
    summary: "Create a user",
    tags: ["users"],
    auth: "session",
    request: { body: NewUserSchema },
    responses: {
      201: { description: "Created", schema: z.object({ user: PublicUserSchema }) },
      400: { description: "Invalid input; `field` names it" },
      409: { description: "The email is taken" },
    },
  });
  router.post("/users", requireUser("admin"), async (req, res) => {
    const input = parseInput(NewUserSchema, req.body);
    const result = await createUser(deps.db, input, currentUser(res).id, deps.now());
    if (!result.ok) throw toHttpError(result.error);
    res.status(201).json({ user: result.user });
  });

  registerRoute({
    method: "patch",
    path: "/api/users/:id",
    summary: "Change a user's name, role or region, or disable/enable the account",
    tags: ["users"],
    auth: "session",
    request: { params: UserIdParams, body: UserChangeSchema },
    responses: {
      200: { description: "Changed", schema: z.object({ user: PublicUserSchema }) },
      400: { description: "Invalid input; `field` names it" },
      404: { description: "No such user" },
      409: { description: "An admin cannot disable or demote themselves" },
    },
  });
  router.patch("/users/:id", requireUser("admin"), async (req, res) => {
    const { id } = parseInput(UserIdParams, req.params, "params");
    const input = parseInput(UserChangeSchema, req.body);
    const result = await changeUser(deps.db, id, input, currentUser(res).id, deps.now());
    if (!result.ok) throw toHttpError(result.error);
    res.json({ user: result.user });
  });

  return router;
}
