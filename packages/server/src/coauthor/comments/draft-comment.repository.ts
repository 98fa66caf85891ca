import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, DraftCommentsTable, DraftCommentThreadsTable } from "../../db/tables.js";

// The only place that queries the comment threads of questionnaire drafts.

export type ThreadRow = Selectable<DraftCommentThreadsTable>;
export type CommentRow = Selectable<DraftCommentsTable>;

export async function insertThread(db: Kysely<Database>, row: Insertable<DraftCommentThreadsTable>): Promise<void> {
  await db.insertInto("draft_comment_threads").values(row).execute();
}

export async function insertComment(db: Kysely<Database>, row: Insertable<DraftCommentsTable>): Promise<void> {
  await db.insertInto("draft_comments").values(row).execute();
}

export async function findThread(db: Kysely<Database>, draftId: string, threadId: string): Promise<ThreadRow | undefined> {
  return db.selectFrom("draft_comment_threads").selectAll().where("id", "=", threadId).where("draft_id", "=", draftId).executeTakeFirst();
}

export async function setResolution(db: Kysely<Database>, threadId: string, resolved: { by: string; at: string } | null): Promise<void> {
  await db
    .updateTable("draft_comment_threads")
    .set({ resolved_by: resolved?.by ?? null, resolved_at: resolved?.at ?? null })
    .where("id", "=", threadId)
    .execute();
}

/** The draft's threads (or one), oldest first, with their comments oldest first. */
export async function listThreads(db: Kysely<Database>, draftId: string, threadId?: string): Promise<{ threads: ThreadRow[]; comments: CommentRow[] }> {
  let threadQuery = db.selectFrom("draft_comment_threads").selectAll().where("draft_id", "=", draftId);
  if (threadId !== undefined) threadQuery = threadQuery.where("id", "=", threadId);
  const threads = await threadQuery.orderBy("created_at").orderBy("id").execute();
  if (threads.length === 0) return { threads, comments: [] };
  const comments = await db
    .selectFrom("draft_comments")
    .selectAll()
    .where(
      "thread_id",
      "in",
      threads.map((thread) => thread.id),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return { threads, comments };
}

/** Users who take part in a draft: the secretariats and reviewers of its regions, and the people who wrote it. */
export async function participantRows(
  db: Kysely<Database>,
  regions: readonly string[],
  authors: readonly string[],
): Promise<{ id: string; name: string; organisation: string | null; role: string; region_code: string | null }[]> {
  return db
    .selectFrom("users")
    .select(["id", "name", "organisation", "role", "region_code"])
    .where("disabled_at", "is", null)
    .where((eb) =>
      eb.or([
        ...(regions.length > 0 ? [eb.and([eb("role", "in", ["secretariat", "reviewer"]), eb("region_code", "in", [...regions])])] : []),
        ...(authors.length > 0 ? [eb("id", "in", [...authors])] : []),
        eb.lit(false),
      ]),
    )
    .orderBy("name")
    .orderBy("id")
    .execute();
}

/** Everyone who wrote a revision of the draft, or started it. */
export async function draftAuthors(db: Kysely<Database>, draftId: string): Promise<string[]> {
  const rows = await db.selectFrom("questionnaire_draft_revisions").select("author").distinct().where("draft_id", "=", draftId).execute();
  return rows.map((row) => row.author).filter((author): author is string => author !== null);
}
