import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { Config } from "../config.js";
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
 * session yet). Login instead refuses a request whose Origin header names another site (login CSRF): the Origin
 * must be PUBLIC_URL's origin or name the host the request was sent to (so http://127.0.0.1:3000 works as well as
 * http://localhost:3000 on a developer's machine).
 * Mount under /api, after the session middleware.
 */
export function csrfMiddleware(config: Config): RequestHandler {
  const ownOrigin = new URL(config.publicUrl).origin;
  return (req, res, next) => {
    if (!UNSAFE_METHODS.has(req.method)) return next();
    // Express matches routes case-insensitively and ignores a trailing slash; so must the exemptions.
    const path = req.path.toLowerCase().replace(/\/+$/, "");
    if (path.startsWith("/respond/")) return next();
    if (path === "/auth/login") {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== ownOrigin && !sameHost(origin, req.headers.host)) {
        return next(new HttpError("csrf_failed", "The request came from another site."));
      }
      return next();
    }
    const session = res.locals.session;
    if (session === undefined) return next(); // nothing for a forged request to ride on; routes answer 401
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== "string" || !safeEqual(sent, session.csrfToken)) {
      return next(new HttpError("csrf_failed", "The X-CSRF-Token header is missing or wrong. Reload the page and try again."));
    }
    next();
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed pages, file://) or garbage
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // timingSafeEqual needs equal lengths; the length of a fixed-size token is no secret.
  return left.length === right.length && timingSafeEqual(left, right);
}
