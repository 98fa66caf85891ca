import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { IdSchema } from "./common.js";

// Files attached to answers: the respondent's upload, download and delete (through the invite link), and the
// secretariat's download. The answer refers to a file as { name, type, content: "attachment:<id>" }; the file itself
// lives outside the answers' JSON.

/** The capability token of an invite link, the `:token` of every /api/respond/:token route. */
export const InviteTokenSchema = z.string().min(1).max(200);

/** A stored file as the API describes it (never its content). */
export const AttachmentSchema = z.object({
  id: z.string(),
  /** the file name, cleaned at upload */
  name: z.string(),
  /** bytes */
  size: z.number().int(),
  /** the type detected from the content at upload, not the one the browser claimed */
  contentType: z.string(),
  sha256: z.string(),
  /** the file question it belongs to */
  question: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** The multipart form fields beside the file, parsed by the upload route itself once the file is read. */
export const AttachmentUploadFieldsSchema = z.strictObject({ question: z.string().min(1, "name the file question").max(200) });

/** Beside the error of a 413 quota_exceeded: which quota the file did not fit in, its size and what is taken. */
export const AttachmentQuotaErrorSchema = z.looseObject({
  quota: z.object({ scope: z.enum(["response", "campaign"]), limitBytes: z.number().int(), usedBytes: z.number().int() }).optional(),
});

const UploadBodySchema = z.object({ question: z.string(), file: z.string().describe("the file (binary)") });

export const OwnAttachmentParamsSchema = z.strictObject({ token: InviteTokenSchema, id: IdSchema });
export const CampaignAttachmentParamsSchema = z.strictObject({ id: IdSchema, aid: IdSchema });

const download = {
  description: "The file, always as a download (Content-Disposition: attachment, nosniff, CSP sandbox)",
  contentType: "application/octet-stream",
} as const;

export const attachmentApi = {
  upload: defineRoute({
    method: "post",
    path: "/api/respond/:token/attachments",
    summary: "Attach a file to a file question (multipart: fields `question` and `file`)",
    // The server's list of file types (attachment/file-type.ts); a test there checks that this names each of them.
    description:
      "Allowed: .pdf, .docx, .doc, .odt, .xlsx, .png, .jpg/.jpeg, checked by extension and content. " +
      'Refer to it in the answer as { name, type, content: "attachment:<id>" }.',
    tags: ["respond"],
    auth: "token",
    params: z.strictObject({ token: InviteTokenSchema }),
    body: UploadBodySchema,
    bodyContentType: "multipart/form-data",
    responses: {
      201: { description: "Stored", schema: AttachmentSchema },
      400: { description: "No file, or `question` is not a file question; `field` names it" },
      404: { description: "link_invalid" },
      409: { description: "Not editable (submitted, closed, past the deadline)" },
      410: { description: "link_revoked" },
      413: {
        description:
          "payload_too_large: the file is larger than the limit on one file; quota_exceeded: it does not fit in what the response's or the campaign's files may take up in all, and `quota` says which",
        schema: AttachmentQuotaErrorSchema,
      },
      415: { description: "Not an allowed type, or the content does not match the extension" },
      429: { description: "rate_limited" },
    },
  }),
  downloadOwn: defineRoute({
    method: "get",
    path: "/api/respond/:token/attachments/:id",
    summary: "Download one of the respondent's own files",
    tags: ["respond"],
    auth: "token",
    params: OwnAttachmentParamsSchema,
    responses: { 200: download, 404: { description: "link_invalid, or not_found: no such file of this respondent" }, 410: { description: "link_revoked" } },
  }),
  deleteOwn: defineRoute({
    method: "delete",
    path: "/api/respond/:token/attachments/:id",
    summary: "Delete one of the respondent's own files",
    tags: ["respond"],
    auth: "token",
    params: OwnAttachmentParamsSchema,
    responses: {
      204: { description: "Deleted" },
      404: { description: "link_invalid, or not_found: no such file of this respondent" },
      409: { description: "Not editable (submitted, closed, past the deadline)" },
      410: { description: "link_revoked" },
    },
  }),
  downloadInCampaign: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/attachments/:aid",
    summary: "Download a file of any response of the campaign (secretariat, reviewers)",
    tags: ["responses"],
    auth: "session",
    params: CampaignAttachmentParamsSchema,
    responses: { 200: download, 404: { description: "No such campaign or file, or not one of yours" } },
  }),
};
