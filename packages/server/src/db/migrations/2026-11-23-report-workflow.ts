import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// The report workflow (issue 5): the secretariat's text per report section, the approval path with a frozen
// snapshot of the report at every decision, and comments from the reference group.

export async function up(db: Kysely<any>): Promise<void> {
  // Append-only: a save is a new version; the current text is the highest version.
  await db.schema
    .createTable("report_summaries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("section_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("report_summaries_campaign_section_version", ["campaign_id", "section_id", "version"])
    .execute();

  await db.schema
    .createTable("approval_steps")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("approval_steps_pk", ["campaign_id", "position"])
    .execute();

  await db.schema
    .createTable("report_snapshots")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("report_json", "text", (c) => c.notNull())
    .addColumn("summaries_json", "text", (c) => c.notNull())
    .addColumn("campaign_json", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("report_snapshots_campaign_id").on("report_snapshots").column("campaign_id").execute();

  // `sequence` numbers a campaign's decisions; unique, so two decisions taken at once cannot both be the next.
  await db.schema
    .createTable("approval_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("step_name", "text", (c) => c.notNull())
    .addColumn("decision_date", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addColumn("snapshot_id", "text", (c) => c.notNull().references("report_snapshots.id"))
    .addUniqueConstraint("approval_decisions_campaign_sequence", ["campaign_id", "sequence"])
    .execute();

  await db.schema
    .createTable("report_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("respondent_id", "text", (c) => c.references("respondents.id").onDelete("cascade"))
    .addColumn("section_id", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("resolved_by", "text")
    .execute();
  await db.schema.createIndex("report_comments_campaign_id").on("report_comments").column("campaign_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["report_comments", "approval_decisions", "report_snapshots", "approval_steps", "report_summaries"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
