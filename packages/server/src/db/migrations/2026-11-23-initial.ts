import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const binary = postgres ? "bytea" : "blob";

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("region_code", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("campaigns")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("announcement_id", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("deadline", "text", (c) => c.notNull())
    .addColumn("municipality_questionnaire", "text", (c) => c.notNull())
    .addColumn("offer_questionnaire", "text")
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("campaigns_region_code").on("campaigns").column("region_code").execute();

  await db.schema
    .createTable("campaign_reviewers")
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("campaign_reviewers_pk", ["campaign_id", "user_id"])
    .execute();

  await db.schema
    .createTable("respondents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("kommune_code", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("operator", "text")
    .addColumn("legal_basis", "text")
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("deadline", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("first_opened_at", "text")
    .addColumn("last_activity_at", "text")
    .execute();
  await db.schema.createIndex("respondents_campaign_id").on("respondents").column("campaign_id").execute();
  // A municipality is invited at most once per campaign.
  await db.schema
    .createIndex("respondents_campaign_kommune")
    .on("respondents")
    .columns(["campaign_id", "kommune_code"])
    .unique()
    .where(sql.ref("kommune_code"), "is not", null)
    .execute();

  await db.schema
    .createTable("deadline_extensions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("respondent_id", "text", (c) => c.references("respondents.id").onDelete("cascade"))
    .addColumn("previous_deadline", "text")
    .addColumn("new_deadline", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("extended_by", "text", (c) => c.notNull())
    .addColumn("extended_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("invite_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("respondent_id", "text", (c) => c.notNull().references("respondents.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("invite_links_respondent_id").on("invite_links").column("respondent_id").execute();

  await db.schema
    .createTable("responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("campaign_id", "text", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("respondent_id", "text", (c) => c.notNull().unique().references("respondents.id").onDelete("cascade"))
    .addColumn("questionnaire_key", "text", (c) => c.notNull())
    .addColumn("questionnaire_version", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("current_revision", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .execute();
  await db.schema.createIndex("responses_campaign_id").on("responses").column("campaign_id").execute();

  await db.schema
    .createTable("response_revisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("response_id", "text", (c) => c.notNull().references("responses.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("base_revision", "integer")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("answers_json", "text", (c) => c.notNull())
    .addColumn("answers_sha256", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("response_revisions_response_revision", ["response_id", "revision"])
    .execute();

  await db.schema
    .createTable("attachments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("response_id", "text", (c) => c.notNull().references("responses.id").onDelete("cascade"))
    .addColumn("question_name", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("content", binary, (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("attachments_response_id").on("attachments").column("response_id").execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", postgres ? "bigserial" : "integer", (c) => (postgres ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("campaign_id", "text")
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("details_json", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_campaign_id").on("audit_log").column("campaign_id").execute();

  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "rate_limits", "audit_log", "attachments", "response_revisions", "responses", "invite_links",
    "deadline_extensions", "respondents", "campaign_reviewers", "campaigns", "sessions", "users",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
