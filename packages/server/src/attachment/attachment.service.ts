import { createHash, randomUUID } from "node:crypto";
import type { Attachment } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { AttachmentRow, Database } from "../db/tables.js";
import { responseOfRespondent, type RespondentContext } from "../response/response.service.js";
import { valueQuestions } from "../response/value-questions.js";
import { editability } from "../rules/response-editable.js";
import { toAttachmentView } from "./attachment-list.js";
import type { AttachmentQuota } from "../config.js";
import {
  campaignAttachmentBytes,
  countAttachmentsOfResponse,
  deleteAttachment,
  findAttachmentInCampaign,
  findAttachmentOfResponse,
  insertAttachment,
  lockCampaignForUpload,
  responseAttachmentBytes,
} from "./attachment.repository.js";
import { quotaExceeded, roomForFile, type UploadRoom } from "./attachment-quota.js";
import { checkFileType, cleanFileName } from "./file-type.js";

/** At most this many files per response; more is almost certainly a mistake or abuse. */
export const maxAttachmentsPerResponse = 100;

export interface UploadInput {
  question: string;
  fileName: string;
  bytes: Uint8Array;
}

/** A file to send as a download. */
export interface AttachmentFile {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Uint8Array;
}

function toFile(row: AttachmentRow): AttachmentFile {
  return { name: row.file_name, contentType: row.content_type, size: row.size, sha256: row.sha256, content: row.content };
}

/** Whether the respondent may change anything now (files follow the same rule as answers). */
async function checkEditable(db: Kysely<Database>, ctx: RespondentContext, now: Date): Promise<Result<string>> {
  const response = await responseOfRespondent(db, ctx.respondent.id);
  if (response === undefined) return fail("link_invalid", "This link is not valid.");
  const edit = editability({ responseStatus: response.status, campaignStatus: ctx.campaign.status, deadline: ctx.deadline, now });
  return edit.editable ? ok(response.id) : fail("conflict", edit.message, undefined, { reason: edit.reason });
}

/** What the response's and the campaign's files take up now. */
async function attachmentUsage(db: Kysely<Database>, ctx: RespondentContext): Promise<{ response: number; campaign: number }> {
  return { response: await responseAttachmentBytes(db, ctx.response.id), campaign: await campaignAttachmentBytes(db, ctx.campaign.id) };
}

/**
 * How large the next file of this respondent may be: the upload limit, or less when the response's or the
 * campaign's quota has less room left. Asked before the upload is read, so no more than that is ever read.
 */
export async function uploadRoom(db: Kysely<Database>, ctx: RespondentContext, quota: AttachmentQuota, maxUploadBytes: number): Promise<UploadRoom> {
  return roomForFile(await attachmentUsage(db, ctx), quota, maxUploadBytes);
}

/**
 * Stores an uploaded file for a file question of the respondent's questionnaire. The answer itself refers to it as
 * `{ name, type, content: "attachment:<id>" }`; the file lives outside the answers' JSON. The quotas are checked
 * again inside the transaction that stores it, with the campaign locked, so concurrent uploads cannot overfill them.
 */
export async function uploadAttachment(
  db: Kysely<Database>,
  ctx: RespondentContext,
  input: UploadInput,
  now: Date,
  quota: AttachmentQuota,
): Promise<Result<Attachment>> {
  const question = valueQuestions(ctx.questionnaire).find((q) => q.key === input.question);
  if (question === undefined || question.type !== "file") {
    return fail("validation_failed", `question: "${input.question}" is not a file question of the questionnaire.`, "question");
  }
  const editable = await checkEditable(db, ctx, now);
  if (!editable.ok) return editable;
  const responseId = editable.value;
  const name = cleanFileName(input.fileName);
  if (name === "") return fail("validation_failed", "file: the file has no name.", "file");
  if (input.bytes.byteLength === 0) return fail("validation_failed", "file: the file is empty.", "file");
  const type = checkFileType(name, input.bytes);
  if (!type.ok) return fail("unsupported_media_type", type.message, "file");
  if ((await countAttachmentsOfResponse(db, responseId)) >= maxAttachmentsPerResponse) {
    return fail("conflict", `A response can have at most ${maxAttachmentsPerResponse} files; delete some first.`, "file");
  }
  const row: AttachmentRow = {
    id: randomUUID(),
    response_id: responseId,
    question_name: question.key,
    file_name: name,
    content_type: type.type.contentType,
    size: input.bytes.byteLength,
    sha256: createHash("sha256").update(input.bytes).digest("hex"),
    content: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
    created_at: now.toISOString(),
  };
  const stored = await db.transaction().execute(async (trx): Promise<Result<Attachment>> => {
    await lockCampaignForUpload(trx, ctx.campaign.id);
    const room = roomForFile(await attachmentUsage(trx, ctx), quota, Number.POSITIVE_INFINITY);
    if (room.limitedBy !== "upload" && room.maxFileBytes < row.size) return quotaExceeded({ ...room, limitedBy: room.limitedBy });
    await insertAttachment(trx, row);
    await recordAudit(
      trx,
      {
        actor: `respondent:${ctx.respondent.id}`,
        action: "attachment.uploaded",
        campaignId: ctx.campaign.id,
        subjectType: "attachment",
        subjectId: row.id,
        details: { question: row.question_name, name: row.file_name, size: row.size, sha256: row.sha256, contentType: row.content_type },
      },
      now,
    );
    return ok(toAttachmentView(row));
  });
  return stored;
}

const notFound = () => fail("not_found", "No such attachment.");

/** One of the respondent's own files; another respondent's file is simply not found. */
export async function ownAttachment(db: Kysely<Database>, ctx: RespondentContext, id: string): Promise<Result<AttachmentFile>> {
  const row = await findAttachmentOfResponse(db, ctx.response.id, id);
  return row === undefined ? notFound() : ok(toFile(row));
}

export async function deleteOwnAttachment(db: Kysely<Database>, ctx: RespondentContext, id: string, now: Date): Promise<Result<null>> {
  const row = await findAttachmentOfResponse(db, ctx.response.id, id);
  if (row === undefined) return notFound();
  const editable = await checkEditable(db, ctx, now);
  if (!editable.ok) return editable;
  const deleted = await db.transaction().execute(async (trx) => {
    if (!(await deleteAttachment(trx, ctx.response.id, id))) return false;
    await recordAudit(
      trx,
      {
        actor: `respondent:${ctx.respondent.id}`,
        action: "attachment.deleted",
        campaignId: ctx.campaign.id,
        subjectType: "attachment",
        subjectId: id,
        details: { question: row.question_name, name: row.file_name, sha256: row.sha256 },
      },
      now,
    );
    return true;
  });
  return deleted ? ok(null) : notFound();
}

/** A file of any response of the campaign, for its secretariat and reviewers. */
export async function campaignAttachment(db: Kysely<Database>, user: SessionUser, campaignId: string, id: string): Promise<Result<AttachmentFile>> {
  const loaded = await loadCampaign(db, user, campaignId, "read");
  if (!loaded.ok) return loaded;
  const row = await findAttachmentInCampaign(db, campaignId, id);
  return row === undefined ? notFound() : ok(toFile(row));
}
