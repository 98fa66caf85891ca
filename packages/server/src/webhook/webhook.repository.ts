import { PostgresAdapter, sql, type Insertable, type Kysely, type Updateable } from "kysely";
import type { Database, WebhookDeliveriesTable, WebhookDeliveryRow, WebhookEventRow, WebhookRow, WebhooksTable } from "../db/tables.js";

// The only place that queries the webhook tables.

export async function insertWebhook(db: Kysely<Database>, row: Insertable<WebhooksTable>): Promise<void> {
  await db.insertInto("webhooks").values(row).execute();
}

export async function findWebhook(db: Kysely<Database>, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom("webhooks").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Webhooks of one region (or of every region), optionally only those that apply to one campaign; oldest first. */
export async function listWebhooks(db: Kysely<Database>, filter: { regionCode?: string; campaignId?: string }): Promise<WebhookRow[]> {
  let query = db.selectFrom("webhooks").selectAll();
  if (filter.regionCode !== undefined) query = query.where("region_code", "=", filter.regionCode);
  if (filter.campaignId !== undefined) {
    const campaignId = filter.campaignId;
    query = query.where((eb) => eb.or([eb("campaign_id", "is", null), eb("campaign_id", "=", campaignId)]));
  }
  return query.orderBy("created_at").orderBy("id").execute();
}

export async function updateWebhook(db: Kysely<Database>, id: string, changes: Updateable<WebhooksTable>): Promise<void> {
  await db.updateTable("webhooks").set(changes).where("id", "=", id).execute();
}

export async function deleteWebhook(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom("webhook_deliveries").where("webhook_id", "=", id).execute();
  await db.deleteFrom("webhooks").where("id", "=", id).execute();
}

/** The latest delivery of each of these webhooks. */
export async function latestDeliveries(db: Kysely<Database>, webhookIds: string[]): Promise<Map<string, WebhookDeliveryRow>> {
  const latest = new Map<string, WebhookDeliveryRow>();
  if (webhookIds.length === 0) return latest;
  const rows = await db
    .selectFrom("webhook_deliveries as d")
    .selectAll("d")
    .where("d.webhook_id", "in", webhookIds)
    .where("d.created_at", "=", (eb) =>
      eb.selectFrom("webhook_deliveries as l").select((e) => e.fn.max("l.created_at").as("m")).whereRef("l.webhook_id", "=", "d.webhook_id"),
    )
    .orderBy("d.id")
    .execute();
  for (const row of rows) latest.set(row.webhook_id, row);
  return latest;
}

export async function insertDelivery(db: Kysely<Database>, row: Insertable<WebhookDeliveriesTable>): Promise<void> {
  await db.insertInto("webhook_deliveries").values(row).execute();
}

/** A delivery per event and webhook: a second insert of the same pair (another worker fanning out) adds nothing. */
export async function insertEventDelivery(db: Kysely<Database>, row: Insertable<WebhookDeliveriesTable>): Promise<void> {
  await db
    .insertInto("webhook_deliveries")
    .values(row)
    .onConflict((oc) => oc.columns(["event_id", "webhook_id"]).doNothing())
    .execute();
}

export async function findDelivery(db: Kysely<Database>, webhookId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom("webhook_deliveries").selectAll().where("webhook_id", "=", webhookId).where("id", "=", id).executeTakeFirst();
}

export async function listDeliveries(db: Kysely<Database>, webhookId: string, limit: number): Promise<WebhookDeliveryRow[]> {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("webhook_id", "=", webhookId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** Events no delivery was made for yet, oldest first. */
export async function undispatchedEvents(db: Kysely<Database>, limit: number): Promise<WebhookEventRow[]> {
  return db.selectFrom("webhook_events").selectAll().where("dispatched_at", "is", null).orderBy("occurred_at").orderBy("id").limit(limit).execute();
}

/** The active webhooks of a region that apply to a campaign and were registered by `at`. */
export async function webhooksForEvent(db: Kysely<Database>, event: Pick<WebhookEventRow, "region_code" | "campaign_id" | "occurred_at">): Promise<WebhookRow[]> {
  return db
    .selectFrom("webhooks")
    .selectAll()
    .where("region_code", "=", event.region_code)
    .where("active", "=", 1)
    .where("created_at", "<=", event.occurred_at)
    .where((eb) => eb.or([eb("campaign_id", "is", null), eb("campaign_id", "=", event.campaign_id)]))
    .execute();
}

export async function markEventDispatched(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable("webhook_events").set({ dispatched_at: at }).where("id", "=", id).execute();
}

/** Forgets events dispatched before `before` (their deliveries keep their bodies). */
export async function pruneDispatchedEvents(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom("webhook_events").where("dispatched_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Takes up to `limit` due deliveries for one attempt each, in one statement: counts the attempt and moves the next
 * attempt to `leaseUntil`, so no other worker sees them as due while this one tries (should this process die
 * mid-attempt, the delivery is due again when the lease ends). On PostgreSQL the rows are chosen FOR UPDATE SKIP
 * LOCKED, so two servers never take the same one; SQLite runs the statement as its single writer.
 */
export async function claimDueDeliveries(db: Kysely<Database>, now: string, leaseUntil: string, limit: number): Promise<WebhookDeliveryRow[]> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  let due = db
    .selectFrom("webhook_deliveries")
    .select("id")
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(limit);
  if (postgres) due = due.forUpdate().skipLocked();
  return db
    .updateTable("webhook_deliveries")
    .set({ attempts: sql<number>`attempts + 1`, next_attempt_at: leaseUntil, last_attempt_at: now })
    .where("id", "in", due)
    .where("status", "=", "pending")
    .returningAll()
    .execute();
}

/** Writes an attempt's outcome, unless the delivery was taken again meanwhile (its attempt count moved on). */
export async function recordAttempt(db: Kysely<Database>, id: string, attempts: number, changes: Updateable<WebhookDeliveriesTable>): Promise<void> {
  await db.updateTable("webhook_deliveries").set(changes).where("id", "=", id).where("attempts", "=", attempts).execute();
}
