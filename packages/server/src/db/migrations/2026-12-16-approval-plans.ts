import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Issue 13, items 13 and 10: each approval step's planned dates, each council's decision on the councils' step,
// and the suggested offer duplicates the secretariat dismissed (so they are not suggested again).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("approval_step_plans")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    // keyed by the step's name, so a plan follows its step when the path is reordered
    .addColumn("step_name", "text", (c) => c.notNull())
    .addColumn("planned_from", "text", (c) => c.notNull()) // YYYY-MM-DD
    .addColumn("planned_to", "text") // YYYY-MM-DD; null for a single day
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("approval_step_plans_pk", ["campaign_id", "step_name"])
    .execute();

  await db.schema
    .createTable("approval_council_decisions")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    // a municipality's 3-digit code, or the region's 4-digit code for the regional council
    .addColumn("council_code", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("decision_date", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("approval_council_decisions_pk", ["campaign_id", "council_code"])
    .execute();

  await db.schema
    .createTable("offer_duplicate_dismissals")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    // the group's offer keys, sorted and joined by a newline
    .addColumn("group_key", "text", (c) => c.notNull())
    .addColumn("dismissed_by", "text", (c) => c.notNull())
    .addColumn("dismissed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("offer_duplicate_dismissals_pk", ["campaign_id", "group_key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("offer_duplicate_dismissals").ifExists().execute();
  await db.schema.dropTable("approval_council_decisions").ifExists().execute();
  await db.schema.dropTable("approval_step_plans").ifExists().execute();
}
