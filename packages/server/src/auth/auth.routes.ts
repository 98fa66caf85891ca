import { Router } from "express";
import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { HttpError } from "../http/http-error.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { UserRoleSchema } from "../user/user.service.js";
import { login, logout } from "./auth.service.js";
import { currentUser, requireUser } from "./current-user.js";
import { clearSessionCookie, endSession, setSessionCookie } from "./session.js";

export const LoginSchema = z.strictObject({
  email: z.string().min(1, "must not be empty").max(320),
  password: z.string().min(1, "must not be empty").max(1024),
});

const SessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: UserRoleSchema,
  regionCode: z.string().nullable(),
});
const SignedInSchema = z.object({ user: SessionUserSchema, csrfToken: z.string() });

export function authRoutes(deps: AppDeps & { now: () => Date }): Router {
  const router = Router();

  registerRoute({
    method: "post",
    path: "/api/auth/login",
    summary: "Sign in with email and password; sets the session cookie",
    tags: ["auth"],
    auth: "none",
    request: { body: LoginSchema },
    responses: {
      200: { description: "Signed in", schema: SignedInSchema },
      400: { description: "The body is not {email, password}" },
      401: { description: "Wrong email or password (the same answer for both)" },
      403: { description: "The Origin header names another site" },
      429: { description: "Too many attempts from this address or for this email; see Retry-After" },
    },
  });
  router.post("/auth/login", async (req, res) => {
    const input = parseInput(LoginSchema, req.body);
    const now = deps.now();
    const result = await login(deps, { ...input, ip: req.ip ?? "unknown" }, now);
    if (!result.ok && result.reason === "rate_limited") {
      res.setHeader("Retry-After", String(result.retryAfterSeconds));
      throw new HttpError("rate_limited", "Too many sign-in attempts. Wait a while and try again.");
    }
    if (!result.ok) throw new HttpError("unauthenticated", "The email or password is wrong.");
    // A new session on every sign-in (against session fixation); any earlier one of this browser ends.
    const previous = res.locals.session;
    if (previous !== undefined) await endSession(deps.db, previous);
    setSessionCookie(req, res, deps.config, result.session.value);
    res.json({ user: result.user, csrfToken: result.session.csrfToken });
  });

  registerRoute({
    method: "post",
    path: "/api/auth/logout",
    summary: "Sign out: ends the session and clears the cookie",
    tags: ["auth"],
    auth: "session",
    responses: { 204: { description: "Signed out (also when no one was signed in)" } },
  });
  router.post("/auth/logout", async (req, res) => {
    const session = res.locals.session;
    if (session !== undefined) await logout(deps.db, session, deps.now());
    clearSessionCookie(req, res, deps.config);
    res.status(204).end();
  });

  registerRoute({
    method: "get",
    path: "/api/auth/me",
    summary: "The signed-in user and the session's CSRF token",
    tags: ["auth"],
    auth: "session",
    responses: { 200: { description: "Signed in", schema: SignedInSchema } },
  });
  router.get("/auth/me", requireUser(), (_req, res) => {
    res.json({ user: currentUser(res), csrfToken: res.locals.session!.csrfToken });
  });

  return router;
}
