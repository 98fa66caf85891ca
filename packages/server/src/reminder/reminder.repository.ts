import type { Kysely } from "kysely";
import type { CampaignRow, Database } from "../db/tables.js";

// The only place that queries reminder schedules, and the outbox's reminders counted per respondent.

/** How many reminders each respondent of a campaign has been sent (by SMTP or marked sent by hand). */
export async function remindersSent(db: Kysely<Database>, campaignId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("outbox")
    .select((eb) => ["respondent_id", eb.fn.countAll<number>().as("n")])
    .where("campaign_id", "=", campaignId)
    .where("kind", "=", "reminder")
    .where("sent_at", "is not", null)
    .groupBy("respondent_id")
    .execute();
  return new Map(rows.map((row) => [row.respondent_id, Number(row.n)]));
}

export interface ScheduleRow {
  campaign_id: string;
  days_before_json: string;
  updated_by: string;
  updated_at: string;
}

export async function findSchedule(db: Kysely<Database>, campaignId: string): Promise<ScheduleRow | undefined> {
  return db.selectFrom("reminder_schedules").selectAll().where("campaign_id", "=", campaignId).executeTakeFirst();
}

export async function saveSchedule(db: Kysely<Database>, row: ScheduleRow): Promise<void> {
  await db
    .insertInto("reminder_schedules")
    .values(row)
    .onConflict((oc) => oc.column("campaign_id").doUpdateSet({ days_before_json: row.days_before_json, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}

/** The open campaigns that have a reminder schedule, with it. */
export async function openCampaignsWithSchedule(db: Kysely<Database>): Promise<{ campaign: CampaignRow; daysBeforeJson: string }[]> {
  const rows = await db
    .selectFrom("campaigns")
    .innerJoin("reminder_schedules", "reminder_schedules.campaign_id", "campaigns.id")
    .selectAll("campaigns")
    .select("reminder_schedules.days_before_json")
    .where("campaigns.status", "=", "open")
    .orderBy("campaigns.id")
    .execute();
  return rows.map(({ days_before_json, ...campaign }) => ({ campaign, daysBeforeJson: days_before_json }));
}
