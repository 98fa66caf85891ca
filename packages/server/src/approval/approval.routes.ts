import { approvalApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { getApproval, recordCouncilDecision, recordDecision, setApprovalSteps, setStepPlan } from "./approval.service.js";

/** The joint report's approval path: its steps, the decisions in order, each with a frozen snapshot. */
export function approvalRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = approvalApi;

  mountRoute(router, api.get, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await getApproval(deps.db, currentUser(res), params.id, deps.now())),
  }));

  mountRoute(router, api.setSteps, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await setApprovalSteps(deps.db, currentUser(res), params.id, body, deps.now())),
  }));

  mountRoute(router, api.recordDecision, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: unwrap(await recordDecision(deps.db, currentUser(res), params.id, body, deps.now())),
  }));

  mountRoute(router, api.setStepPlan, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await setStepPlan(deps.db, currentUser(res), params.id, body, deps.now())),
  }));

  mountRoute(router, api.recordCouncilDecision, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await recordCouncilDecision(deps.db, currentUser(res), params.id, body, deps.now())),
  }));

  return router;
}
