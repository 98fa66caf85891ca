import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Users managed in the workspace (issue 13, item 9): the organisation a user works for, and invitations by e-mail
// whose set-password link is known only as its sha256. The mail that carries the link keeps it sealed with LINK_KEY
// (link_sealed) until it is sent, as the outbox does, so the database never holds a working link.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("organisation", "text").execute();

  await db.schema
    .createTable("user_invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    // sha256 of the set-password token; the token itself is never stored
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    // a user id
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    // replaced by a newer invitation of the same user
    .addColumn("revoked_at", "text")
    // the mail: to, subject and text with the link as a placeholder, the link sealed until it is sent
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("link_sealed", "text")
    .addColumn("scheduled_for", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("user_invitations_user_id").on("user_invitations").column("user_id").execute();
  await db.schema.createIndex("user_invitations_unsent").on("user_invitations").columns(["sent_at", "scheduled_for"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("user_invitations").ifExists().execute();
  await db.schema.alterTable("users").dropColumn("organisation").execute();
}
