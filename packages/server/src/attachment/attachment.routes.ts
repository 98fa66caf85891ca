import { attachmentApi, AttachmentUploadFieldsSchema } from "@afrapport/schema/api";
import { Router, type Response } from "express";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { contentDisposition } from "../http/csv.js";
import { HttpError } from "../http/http-error.js";
import { parseInput } from "../http/parse.js";
import { mountRoute } from "../http/route.js";
import { unwrap } from "../http/unwrap.js";
import { respondentContext } from "../response/respondent-context.js";
import type { RespondentContext } from "../response/response.service.js";
import { quotaExceeded } from "./attachment-quota.js";
import { campaignAttachment, deleteOwnAttachment, ownAttachment, uploadAttachment, uploadRoom, type AttachmentFile } from "./attachment.service.js";
import { FileTooLargeError, receiveFile } from "./multipart-file.js";

/**
 * Sends a stored file so that no browser ever renders it in the site's origin: attachment disposition (with an
 * RFC 5987 name for æøå), the type we detected at upload, nosniff and a sandboxing CSP.
 */
function sendAttachment(res: Response, file: AttachmentFile): void {
  res.setHeader("Content-Type", file.contentType);
  res.setHeader("Content-Disposition", contentDisposition(file.name));
  res.setHeader("Content-Length", String(file.content.byteLength));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Content-Security-Policy", "sandbox");
  res.setHeader("Cache-Control", "private, no-store");
  res.setHeader("Digest", `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`);
  res.status(200).end(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
}

/** Files attached to answers: the respondent's upload, download and delete; the secretariat's download. */
export function attachmentRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const api = attachmentApi;
  const { attachmentQuota, maxUploadBytes } = deps.config;

  mountRoute(
    router,
    api.upload,
    async (req, res, next) => {
      // The link first: an invalid link gets its answer before a large upload is read.
      const { token } = parseInput(api.upload.params, req.params, "params");
      res.locals.respondent = await respondentContext(deps, token, req, res);
      next();
    },
    async (_input, req, res) => {
      const ctx = res.locals.respondent as RespondentContext;
      // No more is read than the file may be: the upload limit, or the room the quotas have left.
      const room = await uploadRoom(deps.db, ctx, attachmentQuota, maxUploadBytes);
      try {
        await receiveFile(req, res, room.maxFileBytes);
      } catch (error) {
        if (!(error instanceof FileTooLargeError)) throw error;
        if (room.limitedBy === "upload") throw new HttpError("payload_too_large", `file: the file is larger than ${maxUploadBytes} bytes.`, "file");
        unwrap(quotaExceeded({ ...room, limitedBy: room.limitedBy }));
      }
      // A multipart body: mountRoute leaves it to this route, and the fields are parsed here, beside the file.
      const fields = parseInput(AttachmentUploadFieldsSchema, { ...(req.body as Record<string, unknown>) });
      if (req.file === undefined) throw new HttpError("validation_failed", "file: attach a file in the field `file`.", "file");
      const stored = unwrap(
        await uploadAttachment(
          deps.db,
          ctx,
          { question: fields.question, fileName: req.file.originalname, bytes: req.file.buffer },
          deps.now(),
          attachmentQuota,
        ),
      );
      return { status: 201, body: stored };
    },
  );

  mountRoute(router, api.downloadOwn, async ({ params }, req, res) => {
    const ctx = await respondentContext(deps, params.token, req, res);
    sendAttachment(res, unwrap(await ownAttachment(deps.db, ctx, params.id)));
  });

  mountRoute(router, api.deleteOwn, async ({ params }, req, res) => {
    const ctx = await respondentContext(deps, params.token, req, res);
    unwrap(await deleteOwnAttachment(deps.db, ctx, params.id, deps.now()));
    return { status: 204 };
  });

  mountRoute(router, api.downloadInCampaign, requireUser(), async ({ params }, _req, res) => {
    sendAttachment(res, unwrap(await campaignAttachment(deps.db, currentUser(res), params.id, params.aid)));
  });

  return router;
}
