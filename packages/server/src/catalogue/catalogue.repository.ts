import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import { jsonMember } from "../db/json-member.js";
import type { AnnouncementsTable, Database, QuestionnaireVersionsTable } from "../db/tables.js";

// The only place that queries announcements and published questionnaire versions.
// Every function takes a Kysely handle, so it runs alike inside and outside a transaction.

export type AnnouncementRow = Selectable<AnnouncementsTable>;
export type QuestionnaireVersionRow = Selectable<QuestionnaireVersionsTable>;
/** A version without its JSON: what listings need. */
export type VersionHeadRow = Omit<QuestionnaireVersionRow, "json">;

export async function insertAnnouncement(db: Kysely<Database>, row: Insertable<AnnouncementsTable>): Promise<void> {
  await db.insertInto("announcements").values(row).execute();
}

export async function findAnnouncementRow(db: Kysely<Database>, id: string): Promise<AnnouncementRow | undefined> {
  return db.selectFrom("announcements").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listAnnouncementRows(db: Kysely<Database>, archived: "include" | "only" | "exclude"): Promise<AnnouncementRow[]> {
  let query = db.selectFrom("announcements").selectAll();
  if (archived === "exclude") query = query.where("archived_at", "is", null);
  if (archived === "only") query = query.where("archived_at", "is not", null);
  return query.orderBy("issued", "desc").orderBy("id").execute();
}

/** Updates an announcement only while it still has `expectedRevision`; returns whether it did. */
export async function updateAnnouncementRow(
  db: Kysely<Database>,
  id: string,
  patch: Updateable<AnnouncementsTable>,
  expectedRevision: number,
): Promise<boolean> {
  const result = await db.updateTable("announcements").set(patch).where("id", "=", id).where("revision", "=", expectedRevision).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertQuestionnaireVersion(db: Kysely<Database>, row: Insertable<QuestionnaireVersionsTable>): Promise<void> {
  await db.insertInto("questionnaire_versions").values(row).execute();
}

export async function findQuestionnaireVersionRow(db: Kysely<Database>, id: string): Promise<QuestionnaireVersionRow | undefined> {
  return db.selectFrom("questionnaire_versions").selectAll().where("id", "=", id).executeTakeFirst();
}

const headColumns = ["id", "announcement_id", "key", "version", "audience", "sha256", "built_in", "published_by", "published_at", "draft_id"] as const;

/** The versions of some announcements (all when `announcementIds` is undefined), without their JSON. */
export async function listVersionHeads(db: Kysely<Database>, announcementIds?: readonly string[]): Promise<VersionHeadRow[]> {
  if (announcementIds !== undefined && announcementIds.length === 0) return [];
  let query = db.selectFrom("questionnaire_versions").select(headColumns);
  if (announcementIds !== undefined) query = query.where("announcement_id", "in", announcementIds);
  return query.orderBy("announcement_id").orderBy("key").orderBy("published_at").execute();
}

/** Every version of one announcement with its JSON. */
export async function listQuestionnaireVersionRows(db: Kysely<Database>, announcementId: string): Promise<QuestionnaireVersionRow[]> {
  return db.selectFrom("questionnaire_versions").selectAll().where("announcement_id", "=", announcementId).orderBy("key").orderBy("published_at").execute();
}

/** A version as the catalogue lists it: its head, its title (JSON text) and the name of who published it. */
export type VersionListingRow = VersionHeadRow & { title_json: string | null; published_by_name: string | null };

/** The versions of some announcements for a listing, oldest first within each questionnaire. */
export async function listVersionListings(db: Kysely<Database>, announcementIds: readonly string[]): Promise<VersionListingRow[]> {
  if (announcementIds.length === 0) return [];
  return db
    .selectFrom("questionnaire_versions as v")
    .leftJoin("users", "users.id", "v.published_by")
    .select(headColumns.map((column) => `v.${column}` as const))
    .select([jsonMember(db, "v.json", "title").as("title_json"), "users.name as published_by_name"])
    .where("v.announcement_id", "in", announcementIds)
    .orderBy("v.announcement_id")
    .orderBy("v.key")
    .orderBy("v.published_at")
    .execute();
}

