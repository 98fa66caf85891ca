import { contactApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { readContactSheet } from "./contact-sheet.js";
import { rememberedContacts, saveContacts } from "./contact.service.js";
import { invitationPreview, sendInvitations } from "./invitation.service.js";

/** Contact persons in bulk, remembered per region, and the invitations shown before they are queued. */
export function contactRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = contactApi;

  mountRoute(router, api.readSheet, requireUser("secretariat", "admin"), async ({ body }) => ({
    status: 200,
    body: unwrap(await readContactSheet(Buffer.from(body.contentBase64, "base64"))),
  }));

  mountRoute(router, api.save, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await saveContacts(deps.db, currentUser(res), params.id, body, deps.now())),
  }));

  mountRoute(router, api.remembered, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { contacts: unwrap(await rememberedContacts(deps.db, currentUser(res), params.id)) },
  }));

  mountRoute(router, api.invitationPreview, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await invitationPreview(deps.db, currentUser(res), params.id)),
  }));

  mountRoute(router, api.sendInvitations, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: unwrap(await sendInvitations(deps.db, currentUser(res), params.id, body, deps.config, deps.now())),
  }));

  return router;
}
