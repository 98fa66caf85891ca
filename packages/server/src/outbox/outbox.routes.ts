import { outboxApi } from "@afrapport/schema/api";
import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { parseInput } from "../http/parse.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { listOutbox, markSent } from "./outbox.service.js";

/** The campaign's outbox: the invitations and reminders, sent or waiting. */
export function outboxRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = outboxApi;

  mountRoute(router, api.list, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { messages: unwrap(await listOutbox(deps.db, currentUser(res), params.id, deps.config)) },
  }));

  mountRoute(router, api.markSent, requireUser(), async ({ params }, req, res) => {
    // It takes no body; one sent anyway (say, a sentAt) is refused rather than silently ignored. Checked here, not
    // in the contract, whose body would be a required one.
    if (req.body !== undefined) parseInput(z.strictObject({}), req.body);
    return { status: 200, body: unwrap(await markSent(deps.db, currentUser(res), params.id, params.mid, deps.config, deps.now())) };
  });

  return router;
}
