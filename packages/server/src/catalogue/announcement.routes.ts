import { announcementApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { createAnnouncement, getAnnouncement, listAnnouncements, updateAnnouncement } from "./announcement.service.js";

/** Announcements: the catalogue's list, create, read, edit and archive. Everyone signed in reads; secretariats and admins write. */
export function announcementRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = announcementApi;

  mountRoute(router, api.list, requireUser(), async ({ query }, _req, res) => ({
    status: 200,
    body: { announcements: await listAnnouncements(deps.db, currentUser(res), query.archived) },
  }));

  mountRoute(router, api.create, requireUser("secretariat"), async ({ body }, _req, res) => ({
    status: 201,
    body: { announcement: unwrap(await createAnnouncement(deps.db, currentUser(res), body, deps.now())) },
  }));

  mountRoute(router, api.get, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { announcement: unwrap(await getAnnouncement(deps.db, currentUser(res), params.announcementId)) },
  }));

  mountRoute(router, api.update, requireUser("secretariat"), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { announcement: unwrap(await updateAnnouncement(deps.db, currentUser(res), params.announcementId, body, deps.now())) },
  }));

  return router;
}
