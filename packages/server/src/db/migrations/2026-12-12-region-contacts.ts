import type { Kysely } from "kysely";

// Frozen in time: written against Kysely<any>, never edited once landed. A change is a new dated file.
// The contact person of each municipality as its region's secretariat last gave it (issue 13, item 7), so the
// region's next campaign starts with them instead of an empty address for every municipality.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("region_contacts")
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("kommune_code", "text", (c) => c.notNull())
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text", (c) => c.notNull())
    // a user id
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("region_contacts_pk", ["region_code", "kommune_code"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("region_contacts").ifExists().execute();
}
