import { type Kysely, sql } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Announcements and questionnaires as data: the catalogue (announcements and their published, immutable
// questionnaire versions), drafts with append-only revisions, and campaigns that name the stored versions they use
// by id. The built-in announcements are seeded into the catalogue at start, not here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("announcements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title_json", "text", (c) => c.notNull())
    .addColumn("issued", "text", (c) => c.notNull())
    .addColumn("target_group_json", "text", (c) => c.notNull())
    .addColumn("competences_json", "text", (c) => c.notNull())
    .addColumn("thresholds_json", "text", (c) => c.notNull())
    // 1: shipped with Afrapport and frozen; 0: made here (an integer, so both databases bind it alike)
    .addColumn("built_in", "integer", (c) => c.notNull())
    .addColumn("template_of", "text")
    // the region whose secretariat made it and may edit it (null: built in, or made by an admin)
    .addColumn("region_code", "text")
    .addColumn("archived_at", "text")
    // optimistic concurrency: an edit names the revision it was made on
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // Immutable once inserted. id is "announcement/key@version", readable in logs and URLs and derivable from the
  // old "key@version" campaign columns below.
  await db.schema
    .createTable("questionnaire_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("announcement_id", "text", (c) => c.notNull().references("announcements.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("version", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("json", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("built_in", "integer", (c) => c.notNull())
    .addColumn("published_by", "text")
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("draft_id", "text")
    .addUniqueConstraint("questionnaire_versions_announcement_key_version", ["announcement_id", "key", "version"])
    .execute();

  await db.schema
    .createTable("questionnaire_drafts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("announcement_id", "text", (c) => c.notNull().references("announcements.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    // the region whose secretariat owns it (null: made by an admin); shared_json lists further regions
    .addColumn("region_code", "text")
    .addColumn("shared_json", "text", (c) => c.notNull())
    .addColumn("based_on", "text")
    .addColumn("current_revision", "integer", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    // set when published or discarded: the draft is then read-only history
    .addColumn("closed_at", "text")
    .addColumn("published_version_id", "text")
    .execute();
  await db.schema.createIndex("questionnaire_drafts_announcement").on("questionnaire_drafts").column("announcement_id").execute();

  // Append-only, like response revisions: the database decides who wins a race through the unique revision.
  await db.schema
    .createTable("questionnaire_draft_revisions")
    .addColumn("draft_id", "text", (c) => c.notNull().references("questionnaire_drafts.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("base_revision", "integer")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("restored_from", "integer")
    .addColumn("content_json", "text", (c) => c.notNull())
    .addColumn("content_sha256", "text", (c) => c.notNull())
    .addColumn("findings", "integer", (c) => c.notNull())
    .addColumn("author", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("questionnaire_draft_revisions_pk", ["draft_id", "revision"])
    .execute();

  // Answers carried over from a respondent's response in an earlier campaign (migrateAnswers): what came over and
  // what could not, so the respondent can be told.
  await db.schema
    .createTable("response_prefills")
    .addColumn("response_id", "text", (c) => c.primaryKey().references("responses.id").onDelete("cascade"))
    .addColumn("from_response_id", "text", (c) => c.notNull().references("responses.id"))
    .addColumn("from_campaign_id", "text", (c) => c.notNull().references("campaigns.id"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("carried_json", "text", (c) => c.notNull())
    .addColumn("dropped_json", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // Campaigns name the stored versions by id instead of "key@version" within their announcement.
  await db.schema.alterTable("campaigns").addColumn("municipality_version_id", "text").execute();
  await db.schema.alterTable("campaigns").addColumn("offer_version_id", "text").execute();
  await sql`update campaigns set municipality_version_id = announcement_id || '/' || municipality_questionnaire`.execute(db);
  await sql`update campaigns set offer_version_id = announcement_id || '/' || offer_questionnaire where offer_questionnaire is not null`.execute(db);
  await db.schema.alterTable("campaigns").dropColumn("municipality_questionnaire").execute();
  await db.schema.alterTable("campaigns").dropColumn("offer_questionnaire").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("campaigns").addColumn("municipality_questionnaire", "text").execute();
  await db.schema.alterTable("campaigns").addColumn("offer_questionnaire", "text").execute();
  await sql`update campaigns set municipality_questionnaire = substr(municipality_version_id, length(announcement_id) + 2)`.execute(db);
  await sql`update campaigns set offer_questionnaire = substr(offer_version_id, length(announcement_id) + 2) where offer_version_id is not null`.execute(db);
  await db.schema.alterTable("campaigns").dropColumn("municipality_version_id").execute();
  await db.schema.alterTable("campaigns").dropColumn("offer_version_id").execute();
  await db.schema.dropTable("response_prefills").execute();
  await db.schema.dropTable("questionnaire_draft_revisions").execute();
  await db.schema.dropTable("questionnaire_drafts").execute();
  await db.schema.dropTable("questionnaire_versions").execute();
  await db.schema.dropTable("announcements").execute();
}
