import type { Kysely } from "kysely";
import { seedBuiltInCatalogue } from "./catalogue/built-in-catalogue.js";
import { migrateToLatest } from "./db/migrate.js";
import type { Database } from "./db/tables.js";

/** Brings a database to the newest schema and puts the built-in announcements into its catalogue. */
export async function prepareDatabase(db: Kysely<Database>, now: Date = new Date()): Promise<void> {
  await migrateToLatest(db);
  await seedBuiltInCatalogue(db, now);
}
