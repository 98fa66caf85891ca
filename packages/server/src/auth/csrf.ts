import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { HttpError } from "../http/http-error.js";

export const CSRF_HEADER = "x-csrf-token";
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF protection for everything under /api that the session cookie authenticates (the synchronizer-token
 * pattern): a POST, PUT, PATCH or DELETE made with a valid session must send `X-CSRF-Token` equal to that
 * session's token, or it is refused with 403 `csrf_failed` before any route runs. The token is given out by
 * login and GET /api/auth/me; another site can neither read it nor set the header without a CORS preflight.
 *
 * Exempt: /api/respond/… (authorised by the capability token in the URL, no cookie involved) and login (no
 * session yet). Both, like every other write, must also pass the Origin check (origin-check.ts), which runs first.
 * Mount under /api, after the session middleware.
 */
export function csrfMiddleware(): RequestHandler {
  return (req, res, next) => {
    if (!UNSAFE_METHODS.has(req.method)) return next();
    // Express matches routes case-insensitively and ignores a trailing slash; so must the exemptions.
    const path = req.path.toLowerCase().replace(/\/+$/, "");
    if (path.startsWith("/respond/")) return next();
    if (path === "/auth/login") return next();
    const session = res.locals.session;
    if (session === undefined) return next(); // nothing for a forged request to ride on; routes answer 401
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== "string" || !safeEqual(sent, session.csrfToken)) {
      return next(new HttpError("csrf_failed", "The X-CSRF-Token header is missing or wrong. Reload the page and try again."));
    }
    next();
  };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // timingSafeEqual needs equal lengths; the length of a fixed-size token is no secret.
  return left.length === right.length && timingSafeEqual(left, right);
}
