import type { Attachment } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { listAttachmentsOfResponse, type AttachmentMeta } from "./attachment.repository.js";

// A response's files as the API lists them (never their content), for the response's own pages and saves. Kept
// apart from attachment.service.ts, which builds on the response service and so cannot be imported by it.

export function toAttachmentView(row: AttachmentMeta): Attachment {
  return { id: row.id, name: row.file_name, size: row.size, contentType: row.content_type, sha256: row.sha256, question: row.question_name };
}

/** The files of a response, oldest first. Takes a Kysely handle, so it runs alike inside and outside a transaction. */
export async function attachmentsOfResponse(db: Kysely<Database>, responseId: string): Promise<Attachment[]> {
  return (await listAttachmentsOfResponse(db, responseId)).map(toAttachmentView);
}
