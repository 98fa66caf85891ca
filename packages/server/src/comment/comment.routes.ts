import { commentApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { createComment, listComments, resolveComment } from "./comment.service.js";

/** The reference group's and the secretariat's comments on responses and report sections. */
export function commentRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = commentApi;

  mountRoute(router, api.list, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { comments: unwrap(await listComments(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.create, requireUser(), async ({ params, body }, _req, res) => {
    const { comment, warnings } = unwrap(await createComment(deps.db, currentUser(res), params.id, body, deps.now()));
    return { status: 201, body: { ...comment, warnings } };
  });

  mountRoute(router, api.resolve, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await resolveComment(deps.db, currentUser(res), params.id, params.cid, deps.now())),
  }));

  return router;
}
