import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Co-authoring (issue 12): the shared document of a draft as appended Yjs updates compacted into a snapshot, and
// comment threads on a draft's questions.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("draft_live_updates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("draft_id", "text", (c) => c.notNull().references("questionnaire_drafts.id").onDelete("cascade"))
    // the order the writing process applied them in (Yjs merges updates in any order; this keeps the log readable)
    .addColumn("seq", "integer", (c) => c.notNull())
    // a Yjs update, base64
    .addColumn("update_b64", "text", (c) => c.notNull())
    // who made it; null for the server's own writes (the first document, a REST save is attributed by its revision)
    .addColumn("user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("draft_live_updates_draft_idx").on("draft_live_updates").columns(["draft_id", "seq"]).execute();

  await db.schema
    .createTable("draft_live_snapshots")
    .addColumn("draft_id", "text", (c) => c.primaryKey().references("questionnaire_drafts.id").onDelete("cascade"))
    // the whole document as one Yjs update, base64: every update compacted into it has been deleted
    .addColumn("state_b64", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("draft_comment_threads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("draft_id", "text", (c) => c.notNull().references("questionnaire_drafts.id").onDelete("cascade"))
    // the element's name when the thread was started; null: the draft as a whole
    .addColumn("element", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_by", "text")
    .addColumn("resolved_at", "text")
    .execute();
  await db.schema.createIndex("draft_comment_threads_draft_idx").on("draft_comment_threads").columns(["draft_id", "created_at"]).execute();

  await db.schema
    .createTable("draft_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("thread_id", "text", (c) => c.notNull().references("draft_comment_threads.id").onDelete("cascade"))
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    // user ids
    .addColumn("mentions_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("draft_comments_thread_idx").on("draft_comments").columns(["thread_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("draft_comments").execute();
  await db.schema.dropTable("draft_comment_threads").execute();
  await db.schema.dropTable("draft_live_snapshots").execute();
  await db.schema.dropTable("draft_live_updates").execute();
}
