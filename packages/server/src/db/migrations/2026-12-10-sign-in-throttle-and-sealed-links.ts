import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// Hardening (issue 14): failed sign-ins counted per account and per address, each slowing further attempts down,
// and the addresses an account recently signed in from, which the account's count does not slow down;
// and the invite link of a mail waiting in the outbox kept sealed (encrypted with the server's LINK_KEY) instead of
// as a working link in outbox.link_url, which stays for old rows until the server seals them at start.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("login_throttles")
    // "account:<sha256 of the email>" or "address:<client address>"
    .addColumn("key", "text", (c) => c.primaryKey())
    // attempts counted since the counter last started over; a successful one is taken back
    .addColumn("failures", "integer", (c) => c.notNull())
    .addColumn("last_failure_at", "text", (c) => c.notNull())
    // no attempt is checked before this time
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_throttles_last_failure_at").on("login_throttles").column("last_failure_at").execute();

  await db.schema
    .createTable("login_known_addresses")
    // sha256 of the account's key and the address, so the table names neither
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("last_success_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_known_addresses_last_success_at").on("login_known_addresses").column("last_success_at").execute();

  await db.schema.alterTable("outbox").addColumn("link_sealed", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").dropColumn("link_sealed").execute();
  await db.schema.dropTable("login_known_addresses").ifExists().execute();
  await db.schema.dropTable("login_throttles").ifExists().execute();
}
