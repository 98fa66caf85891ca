import type { Insertable, Kysely } from "kysely";
import type { Database, ReportCommentRow, ReportCommentsTable, UserRole } from "../db/tables.js";

// The only place that queries report_comments. Comments are never deleted, and only their resolution changes.

export interface CommentRow extends ReportCommentRow {
  author_name: string | null;
  author_role: UserRole | null;
  author_organisation: string | null;
  resolved_by_name: string | null;
}

function withUsers(db: Kysely<Database>) {
  return db
    .selectFrom("report_comments")
    .leftJoin("users as author", "author.id", "report_comments.author_id")
    .leftJoin("users as resolver", "resolver.id", "report_comments.resolved_by")
    .selectAll("report_comments")
    .select(["author.name as author_name", "author.role as author_role", "author.organisation as author_organisation", "resolver.name as resolved_by_name"]);
}

export async function insertComment(db: Kysely<Database>, row: Insertable<ReportCommentsTable>): Promise<void> {
  await db.insertInto("report_comments").values(row).execute();
}

/** A campaign's comments, oldest first. */
export async function listCommentRows(db: Kysely<Database>, campaignId: string): Promise<CommentRow[]> {
  return withUsers(db).where("report_comments.campaign_id", "=", campaignId).orderBy("report_comments.created_at").orderBy("report_comments.id").execute();
}

export async function findCommentRow(db: Kysely<Database>, campaignId: string, commentId: string): Promise<CommentRow | undefined> {
  return withUsers(db).where("report_comments.campaign_id", "=", campaignId).where("report_comments.id", "=", commentId).executeTakeFirst();
}

/** Marks a comment resolved unless it already is; false when someone else got there first. */
export async function resolveCommentRow(db: Kysely<Database>, commentId: string, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("report_comments")
    .set({ resolved_at: at, resolved_by: by })
    .where("id", "=", commentId)
    .where("resolved_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
