import type { Kysely } from "kysely";
import type { Database } from "./db/tables.js";

/** Whether any campaign exists: main seeds the demo only into an empty database. */
export async function hasCampaigns(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("campaigns").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}
