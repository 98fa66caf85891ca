import type { Kysely } from "kysely";
import type { CampaignRow, Database } from "../db/tables.js";

// The only place that queries campaigns across regions for the national board.

/** Every campaign of an announcement that has left draft, newest first. */
export async function campaignsOfAnnouncement(db: Kysely<Database>, announcementId: string): Promise<CampaignRow[]> {
  return db
    .selectFrom("campaigns")
    .selectAll()
    .where("announcement_id", "=", announcementId)
    .where("status", "in", ["open", "closed", "reported"])
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}
