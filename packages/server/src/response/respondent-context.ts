import type { Request, Response } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { unwrap } from "../http/unwrap.js";
import { contextForToken, type RespondentContext } from "./response.service.js";

/**
 * The respondent behind an invite token, for every /api/respond/:token route; the route has parsed the token with
 * its params. Sets Retry-After when the client has made too many failed look-ups.
 */
export async function respondentContext(deps: ResolvedAppDeps, token: string, req: Request, res: Response): Promise<RespondentContext> {
  const result = await contextForToken(deps.db, token, req.ip ?? req.socket.remoteAddress ?? "unknown", deps.now());
  if (!result.ok && result.error.code === "rate_limited") {
    res.setHeader("Retry-After", String(result.error.extra?.retryAfterSeconds ?? 60));
  }
  return unwrap(result);
}
