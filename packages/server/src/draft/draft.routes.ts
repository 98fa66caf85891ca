import { announcementApi, questionnaireApi } from "@afrapport/schema/api";
import { Router } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { contentDisposition } from "../http/csv.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { copyAnnouncement } from "./announcement-copy.js";
import {
  createDraft,
  discardDraft,
  draftRevision,
  draftRevisions,
  getDraft,
  importDraft,
  listDrafts,
  restoreDraft,
  saveDraft,
  shareDraft,
} from "./draft.service.js";
import { publishDraft, publishPreview } from "./publish.service.js";
import { exportPublishedVersion, readPublishedVersion } from "./published-version.js";

/**
 * Questionnaire versions and drafts: read and export published versions (anyone signed in); create, import, save
 * with merge, history, restore, share, discard and publish drafts (secretariats and admins, as draft-access.ts
 * says); and copy an announcement as the template of a new one.
 */
export function draftRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = questionnaireApi;
  const { db } = deps;

  mountRoute(router, api.version, requireUser(), async ({ params }) => ({
    status: 200,
    body: { version: unwrap(await readPublishedVersion(db, params.announcementId, params.key, params.version)) },
  }));

  mountRoute(router, api.exportSurveyJs, requireUser(), async ({ params, query }, _req, res) => {
    const { json, fileName } = unwrap(await exportPublishedVersion(db, params.announcementId, params.key, params.version, query.afrapport === "keep"));
    res.setHeader("Content-Disposition", contentDisposition(fileName));
    res.status(200).json(json);
  });

  mountRoute(router, api.listDrafts, requireUser(), async ({ query }, _req, res) => ({
    status: 200,
    body: { drafts: await listDrafts(db, currentUser(res), query.announcementId) },
  }));

  mountRoute(router, api.createDraft, requireUser("secretariat"), async ({ body }, _req, res) => ({
    status: 201,
    body: { draft: unwrap(await createDraft(db, currentUser(res), body, deps.now())) },
  }));

  mountRoute(router, api.importDraft, requireUser("secretariat"), async ({ body }, _req, res) => ({
    status: 201,
    body: unwrap(await importDraft(db, currentUser(res), body, deps.now())),
  }));

  mountRoute(router, api.getDraft, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { draft: unwrap(await getDraft(db, currentUser(res), params.draftId)) },
  }));

  mountRoute(router, api.saveDraft, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: unwrap(await saveDraft(db, currentUser(res), params.draftId, body, deps.now())),
  }));

  mountRoute(router, api.discardDraft, requireUser(), async ({ params }, _req, res) => {
    unwrap(await discardDraft(db, currentUser(res), params.draftId, deps.now()));
    return { status: 204 };
  });

  mountRoute(router, api.revisions, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: { revisions: unwrap(await draftRevisions(db, currentUser(res), params.draftId)) },
  }));

  mountRoute(router, api.revision, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await draftRevision(db, currentUser(res), params.draftId, params.revision)),
  }));

  mountRoute(router, api.restore, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { draft: unwrap(await restoreDraft(db, currentUser(res), params.draftId, body, deps.now())) },
  }));

  mountRoute(router, api.share, requireUser(), async ({ params, body }, _req, res) => ({
    status: 200,
    body: { draft: unwrap(await shareDraft(db, currentUser(res), params.draftId, body.regions, deps.now())) },
  }));

  mountRoute(router, api.publishPreview, requireUser(), async ({ params }, _req, res) => ({
    status: 200,
    body: unwrap(await publishPreview(db, currentUser(res), params.draftId)),
  }));

  mountRoute(router, api.publish, requireUser(), async ({ params, body }, _req, res) => ({
    status: 201,
    body: { version: unwrap(await publishDraft(db, currentUser(res), params.draftId, body, deps.now())) },
  }));

  mountRoute(router, announcementApi.copy, requireUser("secretariat"), async ({ params, body }, _req, res) => ({
    status: 201,
    body: unwrap(await copyAnnouncement(db, currentUser(res), params.announcementId, body, deps.now())),
  }));

  return router;
}
