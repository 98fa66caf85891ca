import { draftCommentApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../../app-deps.js";
import { currentUser, requireUser } from "../../auth/current-user.js";
import { mountRoute } from "../../http/route.js";
import { unwrap } from "../../http/unwrap.js";
import { createDraftThread, listDraftParticipants, listDraftThreads, replyDraftThread, resolveDraftThread } from "./draft-comment.service.js";

/** Comment threads on a questionnaire draft, and who may be mentioned in them. */
export function draftCommentRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = draftCommentApi;
  const { db } = deps;

  mountRoute(router, api.listThreads, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { threads: unwrap(await listDraftThreads(db, currentUser(res), params.draftId)) },
  }));

  mountRoute(router, api.createThread, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: { thread: unwrap(await createDraftThread(db, currentUser(res), params.draftId, body, deps.now())) },
  }));

  mountRoute(router, api.replyThread, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: { thread: unwrap(await replyDraftThread(db, currentUser(res), params.draftId, params.threadId, body, deps.now())) },
  }));

  mountRoute(router, api.resolveThread, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { thread: unwrap(await resolveDraftThread(db, currentUser(res), params.draftId, params.threadId, body.resolved, deps.now())) },
  }));

  mountRoute(router, api.participants, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { users: unwrap(await listDraftParticipants(db, currentUser(res), params.draftId)) },
  }));

  return router;
}
