import type { Kysely } from "kysely";
import type { Database, RegionContactsTable } from "../db/tables.js";

// Queries for the contact persons remembered per region (region_contacts).

/** Adds or replaces the remembered contact of each municipality given; returns how many rows it added or changed. */
export async function upsertRegionContacts(db: Kysely<Database>, rows: RegionContactsTable[]): Promise<number> {
  let changed = 0;
  for (const row of rows) {
    const existing = await db
      .selectFrom("region_contacts")
      .select(["contact_name", "contact_email"])
      .where("region_code", "=", row.region_code)
      .where("kommune_code", "=", row.kommune_code)
      .executeTakeFirst();
    if (existing !== undefined && existing.contact_name === row.contact_name && existing.contact_email === row.contact_email) continue;
    await db
      .insertInto("region_contacts")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["region_code", "kommune_code"]).doUpdateSet({
          contact_name: row.contact_name,
          contact_email: row.contact_email,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
    changed += 1;
  }
  return changed;
}

/** The remembered contacts of a region, by municipality code. */
export async function regionContacts(db: Kysely<Database>, regionCode: string): Promise<RegionContactsTable[]> {
  return db.selectFrom("region_contacts").selectAll().where("region_code", "=", regionCode).orderBy("kommune_code").execute();
}
