import { namedOfferApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { dismissDuplicateGroup, listDuplicateGroups, mergeOfferGroup } from "./named-offer-duplicates.js";
import { inviteNamedOffers } from "./named-offer-invite.js";
import { listNamedOffers, mergeNamedOffers, unmergeNamedOffer } from "./named-offer.service.js";

/** The offers the municipalities name: listed, merged by the secretariat, invited as offer respondents. */
export function namedOfferRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = namedOfferApi;

  mountRoute(router, api.list, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { offers: unwrap(await listNamedOffers(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.merge, requireUser(), async ({ params, body }, _req, res) => {
    const { created, offers } = unwrap(await mergeNamedOffers(deps.db, currentUser(res), params.id, body, deps.now()));
    return created ? { status: 201, body: { offers } } : { status: 200, body: { offers } };
  });

  mountRoute(router, api.unmerge, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { offers: unwrap(await unmergeNamedOffer(deps.db, currentUser(res), params.id, params.from, deps.now())) },
  }));

  mountRoute(router, api.duplicates, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { groups: unwrap(await listDuplicateGroups(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.mergeGroup, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: { offers: unwrap(await mergeOfferGroup(deps.db, currentUser(res), params.id, body, deps.now())) },
  }));

  mountRoute(router, api.dismissDuplicates, requireUser(), async ({ params, body }, _req, res) => {
    const { created, groups } = unwrap(await dismissDuplicateGroup(deps.db, currentUser(res), params.id, body, deps.now()));
    return { status: created ? 201 : 200, body: { groups } };
  });

  mountRoute(router, api.invite, requireUser(), async ({ params, body }, _req, res) => {
    const result = unwrap(await inviteNamedOffers(deps.db, currentUser(res), params.id, body, deps.config, deps.now()));
    return result.invited.length > 0 ? { status: 201, body: result } : { status: 200, body: result };
  });

  return router;
}
