import { PostgresAdapter, type Kysely } from "kysely";
import type { AttachmentRow, Database } from "../db/tables.js";

// The only place that queries attachments. Listings never read the file content.

export type AttachmentMeta = Omit<AttachmentRow, "content">;

const metaColumns = ["id", "response_id", "question_name", "file_name", "content_type", "size", "sha256", "created_at"] as const;

export async function insertAttachment(db: Kysely<Database>, row: AttachmentRow): Promise<void> {
  await db.insertInto("attachments").values(row).execute();
}

export async function listAttachmentsOfResponse(db: Kysely<Database>, responseId: string): Promise<AttachmentMeta[]> {
  return db.selectFrom("attachments").select(metaColumns).where("response_id", "=", responseId).orderBy("created_at").orderBy("id").execute();
}

export async function countAttachmentsOfResponse(db: Kysely<Database>, responseId: string): Promise<number> {
  const row = await db
    .selectFrom("attachments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("response_id", "=", responseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One attachment with its content, only if it belongs to this response. */
export async function findAttachmentOfResponse(db: Kysely<Database>, responseId: string, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom("attachments").selectAll().where("id", "=", id).where("response_id", "=", responseId).executeTakeFirst();
}

/** One attachment with its content, only if it belongs to a response of this campaign. */
export async function findAttachmentInCampaign(db: Kysely<Database>, campaignId: string, id: string): Promise<AttachmentRow | undefined> {
  return db
    .selectFrom("attachments")
    .innerJoin("responses", "responses.id", "attachments.response_id")
    .selectAll("attachments")
    .where("attachments.id", "=", id)
    .where("responses.campaign_id", "=", campaignId)
    .executeTakeFirst();
}

export async function deleteAttachment(db: Kysely<Database>, responseId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom("attachments").where("id", "=", id).where("response_id", "=", responseId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The bytes a response's files take up. */
export async function responseAttachmentBytes(db: Kysely<Database>, responseId: string): Promise<number> {
  const row = await db
    .selectFrom("attachments")
    .select((eb) => eb.fn.sum<number | string | null>("size").as("bytes"))
    .where("response_id", "=", responseId)
    .executeTakeFirstOrThrow();
  return Number(row.bytes ?? 0);
}

/** The bytes the files of all a campaign's responses take up. */
export async function campaignAttachmentBytes(db: Kysely<Database>, campaignId: string): Promise<number> {
  const row = await db
    .selectFrom("attachments")
    .innerJoin("responses", "responses.id", "attachments.response_id")
    .select((eb) => eb.fn.sum<number | string | null>("attachments.size").as("bytes"))
    .where("responses.campaign_id", "=", campaignId)
    .executeTakeFirstOrThrow();
  return Number(row.bytes ?? 0);
}

/**
 * Makes concurrent uploads to one campaign wait for each other until the transaction ends, so two of them cannot
 * both fit in the same room. SQLite runs one write transaction at a time anyway; PostgreSQL locks the campaign row.
 */
export async function lockCampaignForUpload(db: Kysely<Database>, campaignId: string): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.selectFrom("campaigns").select("id").where("id", "=", campaignId).forUpdate().execute();
}
