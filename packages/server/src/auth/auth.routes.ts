import { authApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { AppDeps } from "../app-deps.js";
import { HttpError } from "../http/http-error.js";
import { mountRoute } from "../http/route.js";
import { login, logout } from "./auth.service.js";
import { currentUser, requireUser } from "./current-user.js";
import { clearSessionCookie, endSession, setSessionCookie } from "./session.js";

/** Signing in and out with email and password; the session cookie and its CSRF token. */
export function authRoutes(deps: AppDeps & { now: () => Date }): Router {
  const router = Router();
  const api = authApi;

  mountRoute(router, api.login, async ({ body }, req, res) => {
    const result = await login(deps, { ...body, ip: req.ip ?? "unknown" }, deps.now());
    if (!result.ok && result.reason === "rate_limited") {
      res.setHeader("Retry-After", String(result.retryAfterSeconds));
      throw new HttpError("rate_limited", `Too many failed sign-ins; try again in ${waitText(result.retryAfterSeconds)}.`, undefined, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
    if (!result.ok) throw new HttpError("unauthenticated", "The email or password is wrong.");
    // A new session on every sign-in (against session fixation); any earlier one of this browser ends.
    const previous = res.locals.session;
    if (previous !== undefined) await endSession(deps.db, previous);
    setSessionCookie(req, res, deps.config, result.session.value);
    return { status: 200, body: { user: result.user, csrfToken: result.session.csrfToken } };
  });

  mountRoute(router, api.logout, async (_input, req, res) => {
    const session = res.locals.session;
    if (session !== undefined) await logout(deps.db, session, deps.now());
    clearSessionCookie(req, res, deps.config);
    return { status: 204 };
  });

  mountRoute(router, api.me, requireUser(), (_input, _req, res) => ({
    status: 200,
    body: { user: currentUser(res), csrfToken: res.locals.session!.csrfToken },
  }));

  return router;
}

/** "30 seconds", "1 minute", "15 minutes": how long to wait, in whole minutes once it is a minute or more. */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
