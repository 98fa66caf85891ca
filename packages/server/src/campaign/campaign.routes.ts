import { campaignApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import {
  addReviewer,
  changeCampaignStatus,
  createCampaign,
  deadlineHistory,
  extendDeadline,
  getCampaign,
  listCampaigns,
  listReviewers,
  removeReviewer,
  updateCampaignTitle,
} from "./campaign.service.js";

/** Campaigns: create, list, read, rename, move through their statuses, extend deadlines, manage reviewers. */
export function campaignRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = campaignApi;

  mountRoute(router, api.list, requireUser(), async (_input, _req, res) => ({
    status: 200,
    body: { campaigns: await listCampaigns(deps.db, currentUser(res)) },
  }));

  mountRoute(router, api.create, requireUser("secretariat"), async ({ body }, _req, res) => ({
    status: 201,
    body: { campaign: unwrap(await createCampaign(deps.db, currentUser(res), body, deps.now())) },
  }));

  mountRoute(router, api.get, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { campaign: unwrap(await getCampaign(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.rename, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { campaign: unwrap(await updateCampaignTitle(deps.db, currentUser(res), params.id, body.title, deps.now())) },
  }));

  mountRoute(router, api.changeStatus, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { campaign: unwrap(await changeCampaignStatus(deps.db, currentUser(res), params.id, body.status, deps.now())) },
  }));

  mountRoute(router, api.deadlineHistory, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { extensions: unwrap(await deadlineHistory(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.extendDeadline, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: { extension: unwrap(await extendDeadline(deps.db, currentUser(res), params.id, body, deps.now())) },
  }));

  mountRoute(router, api.listReviewers, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { reviewers: unwrap(await listReviewers(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.addReviewer, requireUser(), async ({ params, body }, _req, res) => {
    const { reviewer, created } = unwrap(await addReviewer(deps.db, currentUser(res), params.id, body, deps.now()));
    return created ? { status: 201, body: { reviewer } } : { status: 200, body: { reviewer } };
  });

  mountRoute(router, api.removeReviewer, requireUser(), async ({ params }, _req, res) => {
    unwrap(await removeReviewer(deps.db, currentUser(res), params.id, params.userId, deps.now()));
    return { status: 204 };
  });

  return router;
}
