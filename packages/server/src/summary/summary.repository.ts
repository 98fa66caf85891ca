import type { Insertable, Kysely } from "kysely";
import type { Database, ReportSummariesTable, ReportSummaryRow } from "../db/tables.js";

// The only place that queries report_summaries. Append-only: there is no update or delete.

export interface SummaryVersionRow extends ReportSummaryRow {
  author_name: string | null;
}

function withAuthor(db: Kysely<Database>) {
  return db
    .selectFrom("report_summaries")
    .leftJoin("users", "users.id", "report_summaries.author")
    .selectAll("report_summaries")
    .select("users.name as author_name");
}

/** Appends a version. Throws a unique violation (isUniqueViolation) when another save took the number first. */
export async function insertSummaryVersion(db: Kysely<Database>, row: Insertable<ReportSummariesTable>): Promise<void> {
  await db.insertInto("report_summaries").values(row).execute();
}

/** The current (highest) version of every section of a campaign that has one. */
export async function currentSummaryRows(db: Kysely<Database>, campaignId: string): Promise<SummaryVersionRow[]> {
  return withAuthor(db)
    .where("report_summaries.campaign_id", "=", campaignId)
    .where((eb) =>
      eb(
        "report_summaries.version",
        "=",
        eb
          .selectFrom("report_summaries as later")
          .select((inner) => inner.fn.max("later.version").as("version"))
          .whereRef("later.campaign_id", "=", "report_summaries.campaign_id")
          .whereRef("later.section_id", "=", "report_summaries.section_id"),
      ),
    )
    .orderBy("report_summaries.section_id")
    .execute();
}

export async function currentSummaryRow(db: Kysely<Database>, campaignId: string, sectionId: string): Promise<SummaryVersionRow | undefined> {
  return withAuthor(db)
    .where("report_summaries.campaign_id", "=", campaignId)
    .where("report_summaries.section_id", "=", sectionId)
    .orderBy("report_summaries.version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Every version of one section, newest first. */
export async function summaryVersionRows(db: Kysely<Database>, campaignId: string, sectionId: string): Promise<SummaryVersionRow[]> {
  return withAuthor(db)
    .where("report_summaries.campaign_id", "=", campaignId)
    .where("report_summaries.section_id", "=", sectionId)
    .orderBy("report_summaries.version", "desc")
    .execute();
}
