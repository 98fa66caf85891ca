import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Webhooks (issue 13, item 17): a region's or a campaign's subscriptions, the events as they happen (one insert in
// the transaction of the change), and each event's delivery to each webhook with its attempts.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("webhooks")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull())
    // null: every campaign of the region
    .addColumn("campaign_id", "text", (c) => c.references("campaigns.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("events_json", "text", (c) => c.notNull())
    .addColumn("description", "text")
    // the signing secret itself: an HMAC needs it (webhook-secret.ts says why it is not hashed)
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("secret_rotated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("webhooks_region_idx").on("webhooks").columns(["region_code", "campaign_id"]).execute();

  await db.schema
    .createTable("webhook_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    // ids only (never answers or tokens); links are added when the event is fanned out to its webhooks
    .addColumn("data_json", "text", (c) => c.notNull())
    // null until the worker has made a delivery for each webhook that wants it
    .addColumn("dispatched_at", "text")
    .execute();
  await db.schema.createIndex("webhook_events_pending_idx").on("webhook_events").columns(["dispatched_at", "occurred_at"]).execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("webhook_id", "text", (c) => c.notNull().references("webhooks.id").onDelete("cascade"))
    // null for a test event
    .addColumn("event_id", "text")
    .addColumn("event", "text", (c) => c.notNull())
    // the exact JSON sent, signed afresh at each attempt with its timestamp
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text")
    .addColumn("last_attempt_at", "text")
    .addColumn("response_status", "integer")
    .addColumn("last_error", "text")
    // why the last attempt failed, as a word the workspace can say in Danish: status, redirect, timeout, refused, network
    .addColumn("last_failure", "text")
    .addColumn("redelivery_of", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("delivered_at", "text")
    .execute();
  // A second worker fanning out the same event adds nothing (redeliveries carry no event id of their own here).
  await db.schema.createIndex("webhook_deliveries_event_uq").on("webhook_deliveries").columns(["event_id", "webhook_id"]).unique().execute();
  await db.schema.createIndex("webhook_deliveries_due_idx").on("webhook_deliveries").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("webhook_deliveries_log_idx").on("webhook_deliveries").columns(["webhook_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("webhook_deliveries").ifExists().execute();
  await db.schema.dropTable("webhook_events").ifExists().execute();
  await db.schema.dropTable("webhooks").ifExists().execute();
}
