import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";

/** The respondents of a campaign that have an invitation in the outbox, sent or waiting. */
export async function respondentsWithInvitation(db: Kysely<Database>, campaignId: string): Promise<Set<string>> {
  const rows = await db.selectFrom("outbox").select("respondent_id").distinct().where("campaign_id", "=", campaignId).where("kind", "=", "invitation").execute();
  return new Set(rows.map((row) => row.respondent_id));
}
