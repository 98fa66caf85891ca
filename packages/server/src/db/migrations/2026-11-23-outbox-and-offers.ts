import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Mail to respondents (the outbox), the secretariat's reminder schedule, and the offers named by municipalities:
// the secretariat's merges of their keys and the offer respondents invited from a key.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("respondent_id", "text", (c) => c.notNull().references("respondents.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("recipient", "text")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("link_id", "text")
    .addColumn("link_url", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("scheduled_for", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("sent_by", "text")
    .addColumn("error", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .execute();
  await db.schema.createIndex("outbox_campaign_id").on("outbox").column("campaign_id").execute();
  await db.schema.createIndex("outbox_respondent_id").on("outbox").column("respondent_id").execute();
  await db.schema.createIndex("outbox_due").on("outbox").columns(["sent_at", "scheduled_for"]).execute();

  await db.schema
    .createTable("reminder_schedules")
    .addColumn("campaign_id", "text", (c) => c.primaryKey().references("campaigns.id").onDelete("cascade"))
    .addColumn("days_before_json", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("offer_merges")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("from_key", "text", (c) => c.notNull())
    .addColumn("into_key", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("offer_merges_pk", ["campaign_id", "from_key"])
    .execute();

  await db.schema
    .createTable("named_offer_invites")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("offer_key", "text", (c) => c.notNull())
    .addColumn("respondent_id", "text", (c) => c.notNull().unique().references("respondents.id").onDelete("cascade"))
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("named_offer_invites_pk", ["campaign_id", "offer_key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["named_offer_invites", "offer_merges", "reminder_schedules", "outbox"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
