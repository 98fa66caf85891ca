import { Router, type Response } from "express";
import multer from "multer";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { unwrap } from "../http/unwrap.js";
import { contentDisposition } from "../http/csv.js";
import { HttpError } from "../http/http-error.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { respondentContext } from "../response/respondent-context.js";
import { AttachmentViewSchema } from "../response/respond.routes.js";
import { TokenParamsSchema } from "../response/response-input.js";
import { campaignAttachment, deleteOwnAttachment, ownAttachment, uploadAttachment, type AttachmentFile } from "./attachment.service.js";
import { allowedFileTypes } from "./file-type.js";

const UploadFieldsSchema = z.strictObject({ question: z.string().min(1, "name the file question").max(200) });
const UploadBodySchema = z.object({ question: z.string(), file: z.string().describe("the file (binary)") });
const OwnParamsSchema = z.strictObject({ token: TokenParamsSchema.shape.token, id: z.string().min(1).max(100) });
const CampaignParamsSchema = z.strictObject({ id: z.string().min(1).max(100), aid: z.string().min(1).max(100) });

const download = { description: "The file, always as a download (Content-Disposition: attachment, nosniff, CSP sandbox)", contentType: "application/octet-stream" };

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
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: deps.config.maxUploadBytes, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
    // Browsers send file names as UTF-8; busboy would read them as Latin-1 and garble æøå.
    defParamCharset: "utf8",
  });

  registerRoute({
    method: "post",
    path: "/api/respond/:token/attachments",
    summary: "Attach a file to a file question (multipart: fields `question` and `file`)",
    description: `Allowed: ${allowedFileTypes.map((t) => t.extensions.join("/")).join(", ")}, checked by extension and content. Refer to it in the answer as { name, type, content: "attachment:<id>" }.`,
    tags: ["respond"],
    auth: "token",
    request: { params: TokenParamsSchema, body: UploadBodySchema, bodyContentType: "multipart/form-data" },
    responses: {
      201: { description: "Stored", schema: AttachmentViewSchema },
      400: { description: "No file, or `question` is not a file question; `field` names it" },
      404: { description: "link_invalid" },
      409: { description: "Not editable (submitted, closed, past the deadline)" },
      410: { description: "link_revoked" },
      413: { description: "The file is larger than the limit" },
      415: { description: "Not an allowed type, or the content does not match the extension" },
      429: { description: "rate_limited" },
    },
  });
  router.post(
    "/respond/:token/attachments",
    async (req, res, next) => {
      // The link first: an invalid link gets its answer before a large upload is read.
      res.locals.respondent = await respondentContext(deps, req, res);
      next();
    },
    upload.single("file"),
    async (req, res) => {
      const fields = parseInput(UploadFieldsSchema, { ...(req.body as Record<string, unknown>) });
      if (req.file === undefined) throw new HttpError("validation_failed", "file: attach a file in the field `file`.", "file");
      const ctx = res.locals.respondent as Awaited<ReturnType<typeof respondentContext>>;
      const stored = unwrap(
        await uploadAttachment(deps.db, ctx, { question: fields.question, fileName: req.file.originalname, bytes: req.file.buffer }, deps.now()),
      );
      res.status(201).json(stored);
    },
  );

  registerRoute({
    method: "get",
    path: "/api/respond/:token/attachments/:id",
    summary: "Download one of the respondent's own files",
    tags: ["respond"],
    auth: "token",
    request: { params: OwnParamsSchema },
    responses: { 200: download, 404: { description: "link_invalid, or not_found: no such file of this respondent" }, 410: { description: "link_revoked" } },
  });
  router.get("/respond/:token/attachments/:id", async (req, res) => {
    const ctx = await respondentContext(deps, req, res);
    const { id } = parseInput(OwnParamsSchema, req.params, "params");
    sendAttachment(res, unwrap(await ownAttachment(deps.db, ctx, id)));
  });

  registerRoute({
    method: "delete",
    path: "/api/respond/:token/attachments/:id",
    summary: "Delete one of the respondent's own files",
    tags: ["respond"],
    auth: "token",
    request: { params: OwnParamsSchema },
    responses: {
      204: { description: "Deleted" },
      404: { description: "link_invalid, or not_found: no such file of this respondent" },
      409: { description: "Not editable (submitted, closed, past the deadline)" },
      410: { description: "link_revoked" },
    },
  });
  router.delete("/respond/:token/attachments/:id", async (req, res) => {
    const ctx = await respondentContext(deps, req, res);
    const { id } = parseInput(OwnParamsSchema, req.params, "params");
    unwrap(await deleteOwnAttachment(deps.db, ctx, id, deps.now()));
    res.status(204).end();
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/attachments/:aid",
    summary: "Download a file of any response of the campaign (secretariat, reviewers)",
    tags: ["responses"],
    auth: "session",
    request: { params: CampaignParamsSchema },
    responses: { 200: download, 404: { description: "No such campaign or file, or not one of yours" } },
  });
  router.get("/campaigns/:id/attachments/:aid", requireUser(), async (req, res) => {
    const { id, aid } = parseInput(CampaignParamsSchema, req.params, "params");
    sendAttachment(res, unwrap(await campaignAttachment(deps.db, currentUser(res), id, aid)));
  });

  return router;
}
