import { webhookApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import {
  changeWebhook,
  createWebhook,
  deliveryLog,
  getWebhook,
  listRegionWebhooks,
  redeliver,
  removeWebhook,
  rotateWebhookSecret,
  sendTestEvent,
} from "./webhook.service.js";

/** A region's webhooks (secretariat of the region, or an admin): register, change, delete, test, the delivery log. */
export function webhookRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = webhookApi;
  const managers = requireUser("secretariat", "admin");

  mountRoute(router, api.list, managers, async ({ query }, _req, res) => ({
    status: 200,
    body: { webhooks: unwrap(await listRegionWebhooks(deps.db, currentUser(res), query)) },
  }));

  mountRoute(router, api.create, managers, async ({ body }, _req, res) => ({
    status: 201,
    body: unwrap(await createWebhook(deps.db, currentUser(res), body, deps.config, deps.now())),
  }));

  mountRoute(router, api.get, managers, async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await getWebhook(deps.db, currentUser(res), params.wid)),
  }));

  mountRoute(router, api.update, managers, async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await changeWebhook(deps.db, currentUser(res), params.wid, body, deps.config, deps.now())),
  }));

  mountRoute(router, api.remove, managers, async ({ params }, _req, res) => {
    unwrap(await removeWebhook(deps.db, currentUser(res), params.wid, deps.now()));
    return { status: 204 };
  });

  mountRoute(router, api.rotateSecret, managers, async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await rotateWebhookSecret(deps.db, currentUser(res), params.wid, deps.now())),
  }));

  mountRoute(router, api.sendTest, managers, async ({ params }, _req, res) => ({
    status: 202,
    body: unwrap(await sendTestEvent(deps.db, currentUser(res), params.wid, deps.config, deps.now())),
  }));

  mountRoute(router, api.deliveries, managers, async ({ params }, _req, res) => ({
    status: 200,
    body: { deliveries: unwrap(await deliveryLog(deps.db, currentUser(res), params.wid)) },
  }));

  mountRoute(router, api.redeliver, managers, async ({ params }, _req, res) => ({
    status: 202,
    body: unwrap(await redeliver(deps.db, currentUser(res), params.wid, params.did, deps.now())),
  }));

  return router;
}
