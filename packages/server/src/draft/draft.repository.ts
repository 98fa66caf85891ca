import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import { jsonMember } from "../db/json-member.js";
import type { Database, QuestionnaireDraftRevisionsTable, QuestionnaireDraftsTable } from "../db/tables.js";

// The only place that queries questionnaire drafts and their revisions. Revisions are only ever appended; the
// primary key (draft_id, revision) decides which of two concurrent saves gets a revision number.

export type DraftRow = Selectable<QuestionnaireDraftsTable>;
export type DraftRevisionRow = Selectable<QuestionnaireDraftRevisionsTable>;
/** A revision without its content: what the history lists. */
export type DraftRevisionHeadRow = Omit<DraftRevisionRow, "content_json"> & { author_name: string | null };

export async function insertDraft(db: Kysely<Database>, row: Insertable<QuestionnaireDraftsTable>): Promise<void> {
  await db.insertInto("questionnaire_drafts").values(row).execute();
}

export async function findDraftRow(db: Kysely<Database>, id: string): Promise<DraftRow | undefined> {
  return db.selectFrom("questionnaire_drafts").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Changes an open draft only while its current revision is still `expectedRevision`; returns whether it did. A
 * false means another request moved the draft on (or closed it) first.
 */
export async function updateOpenDraft(
  db: Kysely<Database>,
  id: string,
  expectedRevision: number,
  patch: Updateable<QuestionnaireDraftsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("questionnaire_drafts")
    .set(patch)
    .where("id", "=", id)
    .where("current_revision", "=", expectedRevision)
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Changes a draft only while it is open (neither published nor discarded); returns whether it did. */
export async function updateDraftIfOpen(db: Kysely<Database>, id: string, patch: Updateable<QuestionnaireDraftsTable>): Promise<boolean> {
  const result = await db.updateTable("questionnaire_drafts").set(patch).where("id", "=", id).where("closed_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Appends a revision. Throws a unique violation (isUniqueViolation) when another save took the number first. */
export async function insertDraftRevision(db: Kysely<Database>, row: Insertable<QuestionnaireDraftRevisionsTable>): Promise<void> {
  await db.insertInto("questionnaire_draft_revisions").values(row).execute();
}

export async function findDraftRevision(db: Kysely<Database>, draftId: string, revision: number): Promise<DraftRevisionRow | undefined> {
  return db.selectFrom("questionnaire_draft_revisions").selectAll().where("draft_id", "=", draftId).where("revision", "=", revision).executeTakeFirst();
}

/** The history of a draft, newest first, without the contents. */
export async function listDraftRevisionHeads(db: Kysely<Database>, draftId: string): Promise<DraftRevisionHeadRow[]> {
  return db
    .selectFrom("questionnaire_draft_revisions as r")
    .leftJoin("users", "users.id", "r.author")
    .select([
      "r.draft_id",
      "r.revision",
      "r.base_revision",
      "r.kind",
      "r.restored_from",
      "r.content_sha256",
      "r.findings",
      "r.author",
      "r.created_at",
      "users.name as author_name",
    ])
    .where("r.draft_id", "=", draftId)
    .orderBy("r.revision", "desc")
    .execute();
}

/** The names of some users by id; a user who is gone is missing from the map. */
export async function userNames(db: Kysely<Database>, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "name"]).where("id", "in", wanted).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Which open drafts a listing shows: those of one announcement, of some regions (owned or shared), or all. */
export interface DraftListingFilter {
  /** only drafts of these announcements; undefined: of every announcement */
  announcementIds?: readonly string[] | undefined;
  /** only drafts this region owns or that are shared with it; undefined: every draft (admin) */
  regionCode?: string | undefined;
}

export interface OpenDraftListingRow {
  id: string;
  announcement_id: string;
  key: string;
  audience: "municipality" | "offer";
  region_code: string | null;
  shared_json: string;
  based_on: string | null;
  current_revision: number;
  updated_at: string;
  findings: number | null;
  author: string | null;
  author_name: string | null;
  title_json: string | null;
}

/** Open drafts (neither published nor discarded), newest change first, with their current title and findings. */
export async function listOpenDrafts(db: Kysely<Database>, filter: DraftListingFilter): Promise<OpenDraftListingRow[]> {
  let query = db
    .selectFrom("questionnaire_drafts as d")
    .leftJoin("questionnaire_draft_revisions as r", (join) => join.onRef("r.draft_id", "=", "d.id").onRef("r.revision", "=", "d.current_revision"))
    .leftJoin("users", "users.id", "r.author")
    .select([
      "d.id",
      "d.announcement_id",
      "d.key",
      "d.audience",
      "d.region_code",
      "d.shared_json",
      "d.based_on",
      "d.current_revision",
      "d.updated_at",
      "r.findings",
      "r.author",
      "users.name as author_name",
      jsonMember(db, "r.content_json", "title").as("title_json"),
    ])
    .where("d.closed_at", "is", null);
  if (filter.announcementIds !== undefined) {
    if (filter.announcementIds.length === 0) return [];
    query = query.where("d.announcement_id", "in", filter.announcementIds);
  }
  if (filter.regionCode !== undefined) {
    // shared_json is a JSON array of region codes, each a quoted four-digit string: a text match is exact.
    const region = filter.regionCode;
    query = query.where((eb) => eb.or([eb("d.region_code", "=", region), eb("d.shared_json", "like", `%"${region}"%`)]));
  }
  return query.orderBy("d.updated_at", "desc").orderBy("d.id").execute();
}

