import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { WebhookEventName } from "@afrapport/schema/api";
import type { Database } from "../db/tables.js";

/** What an event says beside its name and campaign: ids only, never answers or tokens (webhook-payload.ts adds links). */
export type WebhookEventData =
  | { response: { id: string; respondentId: string; respondentKind: "municipality" | "offer"; kommuneCode: string | null; revision: number } }
  | { from: string; to: string }
  | { decisionId: string; step: number; stepName: string; decision: string; date: string; snapshotId: string };

export interface WebhookEventInput {
  event: WebhookEventName;
  campaign: { id: string; region_code: string };
  data: WebhookEventData;
}

/**
 * Records that something happened, for the webhooks that want it: one INSERT … SELECT in the caller's transaction,
 * so the event exists exactly when the change does. It writes a row only when an active webhook of the campaign or
 * its region names the event (a rough match; the worker matches exactly), so a region without webhooks pays one
 * indexed look-up. The delivery itself is left to the worker (webhook-worker.ts): a respondent's submit never waits
 * for a receiver.
 */
export async function enqueueWebhookEvent(trx: Kysely<Database>, input: WebhookEventInput, now: Date): Promise<void> {
  const text = (value: string) => sql<string>`cast(${value} as text)`;
  await trx
    .insertInto("webhook_events")
    .columns(["id", "event", "region_code", "campaign_id", "occurred_at", "data_json", "dispatched_at"])
    .expression(
      trx
        .selectFrom("webhooks")
        .select([
          text(randomUUID()).as("id"),
          text(input.event).as("event"),
          text(input.campaign.region_code).as("region_code"),
          text(input.campaign.id).as("campaign_id"),
          text(now.toISOString()).as("occurred_at"),
          text(JSON.stringify(input.data)).as("data_json"),
          sql<null>`null`.as("dispatched_at"),
        ])
        .where("region_code", "=", input.campaign.region_code)
        .where("active", "=", 1)
        .where((eb) => eb.or([eb("campaign_id", "is", null), eb("campaign_id", "=", input.campaign.id)]))
        .where("events_json", "like", `%"${input.event}"%`)
        .limit(1),
    )
    .execute();
}
