import { respondApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { autosaveByToken } from "./autosave.service.js";
import { respondentContext } from "./respondent-context.js";
import { openRespondentPage, saveAnswers } from "./response.service.js";
import { receiptWithAnswers, submitResponse } from "./submission.service.js";

/**
 * The respondent API, authorised by the capability token in the path. Each route parses its token and body once
 * (mountRoute) and then looks the link up. An ordinary PUT answers never gets here: the autosave's lane in front of
 * the app saves it (autosave-lane.ts); what it passes on (a body of the wrong shape, a link that is not working)
 * is answered here, as it always was.
 */
export function respondRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = respondApi;

  mountRoute(router, api.open, async ({ params }, req, res) => {
    const ctx = await respondentContext(deps, params.token, req, res);
    return { status: 200, body: await openRespondentPage(deps.db, ctx, deps.now()) };
  });

  mountRoute(router, api.saveAnswers, async ({ params, body }, req, res) => {
    const saved = await autosaveByToken(deps.db, params.token, body, deps.now());
    if (saved !== undefined) return { status: 200, body: unwrap(saved) };
    // not a working link: resolving it the general way gives the reason (and counts it against the rate limit)
    const ctx = await respondentContext(deps, params.token, req, res);
    return { status: 200, body: unwrap(await saveAnswers(deps.db, ctx, body, deps.now())) };
  });

  mountRoute(router, api.submit, async ({ params, body }, req, res) => {
    const ctx = await respondentContext(deps, params.token, req, res);
    return { status: 200, body: unwrap(await submitResponse(deps.db, ctx, body, deps.now())) };
  });

  mountRoute(router, api.receipt, async ({ params }, req, res) => {
    const ctx = await respondentContext(deps, params.token, req, res);
    return { status: 200, body: unwrap(await receiptWithAnswers(deps.db, ctx)) };
  });

  return router;
}
