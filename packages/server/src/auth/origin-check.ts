import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import type { Config } from "../config.js";
import { HttpError } from "../http/http-error.js";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Sec-Fetch-Site values of a request a page of this site made, or the person made by hand (the address bar). */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * Refuses a state-changing request that a browser made for a page of another site (403 `foreign_origin`), before
 * anything else reads it: every POST, PUT, PATCH and DELETE under /api – sign-in and sign-out, the secretariat's
 * routes and the respondent's token-link routes alike. Browsers name the page's origin in `Origin` on every such
 * request; it must be PUBLIC_URL's origin, or name the host the request was sent to (so http://127.0.0.1:3000 works
 * as well as http://localhost:3000 on a developer's machine, and a proxy that keeps Host works without PUBLIC_URL).
 * Without Origin, `Sec-Fetch-Site` must say same-origin. A request with neither came from no browser page (curl, a
 * script): it has no victim's cookies to ride on, and passes to the CSRF token check and the routes.
 * This is the second lock beside the CSRF token: that token alone let a foreign page write once it had one.
 */
export function originCheck(config: Pick<Config, "publicUrl">): RequestHandler {
  const ownOrigin = new URL(config.publicUrl).origin;
  return (req, _res, next) => next(foreignOriginError(ownOrigin, req));
}

/** Why a request is refused as coming from another site's page (originCheck), or undefined when it is not. */
export function foreignOriginError(ownOrigin: string, req: Pick<IncomingMessage, "method" | "headers">): HttpError | undefined {
  if (!UNSAFE_METHODS.has(req.method ?? "")) return undefined;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (origin === ownOrigin || sameHost(origin, req.headers.host)) return undefined;
    return new HttpError("foreign_origin", `The request came from another site (Origin: ${origin.slice(0, 200)}); only pages of ${ownOrigin} may change anything here.`);
  }
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string" && !OWN_FETCH_SITES.has(site.toLowerCase())) {
    return new HttpError("foreign_origin", `The request came from another site (Sec-Fetch-Site: ${site.slice(0, 50)}); only pages of ${ownOrigin} may change anything here.`);
  }
  return undefined;
}

/** Whether an Origin names exactly the host (and port) the request was sent to, over http or https. */
export function sameHost(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === origin.toLowerCase() && url.host === host.toLowerCase();
  } catch {
    return false; // "null" (sandboxed pages, file://) or garbage
  }
}
