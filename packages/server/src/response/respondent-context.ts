import type { Request, Response } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { z } from "zod";
import { TokenParamsSchema } from "./response-input.js";
import { contextForToken, type RespondentContext } from "./response.service.js";

const TokenOnlySchema = z.object({ token: TokenParamsSchema.shape.token });

/**
 * The respondent behind the invite token in the URL, for every /api/respond/:token route. Sets Retry-After when
 * the client has made too many failed look-ups.
 */
export async function respondentContext(deps: ResolvedAppDeps, req: Request, res: Response): Promise<RespondentContext> {
  const { token } = parseInput(TokenOnlySchema, req.params, "params");
  const result = await contextForToken(deps.db, token, req.ip ?? req.socket.remoteAddress ?? "unknown", deps.now());
  if (!result.ok && result.error.code === "rate_limited") {
    res.setHeader("Retry-After", String(result.error.extra?.retryAfterSeconds ?? 60));
  }
  return unwrap(result);
}
