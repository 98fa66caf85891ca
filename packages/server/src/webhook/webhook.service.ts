import { randomUUID } from "node:crypto";
import { findRegion } from "@afrapport/schema";
import {
  WebhookPayloadSchema,
  WEBHOOK_TEST_EVENT,
  type CreateWebhookInput,
  type UpdateWebhookInput,
  type Webhook,
  type WebhookDelivery,
  type WebhookEventName,
  type WebhookWithSecret,
} from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import type { Database, WebhookDeliveryRow, WebhookRow } from "../db/tables.js";
import { fail, ok, type Result } from "../http/result.js";
import { webhookUrlProblem } from "./webhook-address.js";
import { testPayload } from "./webhook-payload.js";
import { newWebhookSecret, secretHint } from "./webhook-secret.js";
import {
  deleteWebhook,
  findDelivery,
  findWebhook,
  insertDelivery,
  insertWebhook,
  latestDeliveries,
  listDeliveries,
  listWebhooks,
  updateWebhook,
} from "./webhook.repository.js";

/** What the service needs of the configuration. */
export interface WebhookSettings {
  publicUrl: string;
  /** development and tests: http to localhost, and local addresses, are allowed */
  webhooksAllowLocal?: boolean;
}

const DELIVERY_LOG_LIMIT = 200;

export function toWebhookView(row: WebhookRow, latest: WebhookDeliveryRow | undefined): Webhook {
  return {
    id: row.id,
    regionCode: row.region_code,
    campaignId: row.campaign_id,
    url: row.url,
    events: JSON.parse(row.events_json) as WebhookEventName[],
    description: row.description,
    active: Number(row.active) === 1,
    secretHint: secretHint(row.secret),
    secretRotatedAt: row.secret_rotated_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastDelivery: latest === undefined ? null : { status: latest.status, at: latest.delivered_at ?? latest.last_attempt_at ?? latest.created_at },
  };
}

export function toDeliveryView(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    event: row.event,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastAttemptAt: row.last_attempt_at,
    responseStatus: row.response_status === null ? null : Number(row.response_status),
    lastError: row.last_error,
    failure: row.last_failure,
    redeliveryOf: row.redelivery_of,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    payload: WebhookPayloadSchema.parse(JSON.parse(row.body)),
  };
}

/** Whether the user manages the webhooks of a region: its secretariat, or an admin. */
function managesRegion(user: SessionUser, regionCode: string): boolean {
  return user.role === "admin" || (user.role === "secretariat" && user.regionCode === regionCode);
}

function notFound(): { ok: false; error: import("../http/result.js").DomainError } {
  return fail("not_found", "No such webhook, or not of your region.");
}

/** A webhook the user may manage; another region's is not found (its existence is not revealed). */
async function loadWebhook(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<WebhookRow>> {
  const row = await findWebhook(db, id);
  if (row === undefined || !managesRegion(user, row.region_code)) return notFound();
  return ok(row);
}

async function view(db: Kysely<Database>, row: WebhookRow): Promise<Webhook> {
  return toWebhookView(row, (await latestDeliveries(db, [row.id])).get(row.id));
}

function checkUrl(url: string, settings: WebhookSettings): Result<string> {
  const problem = webhookUrlProblem(url, settings.webhooksAllowLocal === true);
  return problem === undefined ? ok(new URL(url).toString()) : fail("validation_failed", `url: ${problem}.`, "url");
}

/** The webhooks a user manages: a secretariat its region's, an admin every region's (or regionCode's). */
export async function listRegionWebhooks(
  db: Kysely<Database>,
  user: SessionUser,
  query: { campaignId?: string; regionCode?: string },
): Promise<Result<Webhook[]>> {
  let regionCode = user.role === "admin" ? query.regionCode : (user.regionCode ?? undefined);
  if (user.role !== "admin" && regionCode === undefined) return fail("forbidden", "Your account belongs to no region.");
  if (query.campaignId !== undefined) {
    const loaded = await loadCampaign(db, user, query.campaignId, "manage");
    if (!loaded.ok) return loaded;
    regionCode = loaded.value.campaign.region_code;
  }
  const rows = await listWebhooks(db, { ...(regionCode === undefined ? {} : { regionCode }), ...(query.campaignId === undefined ? {} : { campaignId: query.campaignId }) });
  const latest = await latestDeliveries(db, rows.map((row) => row.id));
  return ok(rows.map((row) => toWebhookView(row, latest.get(row.id))));
}

export async function createWebhook(
  db: Kysely<Database>,
  user: SessionUser,
  input: CreateWebhookInput,
  settings: WebhookSettings,
  now: Date,
): Promise<Result<WebhookWithSecret>> {
  let regionCode: string;
  let campaignId: string | null = null;
  if (input.campaignId !== undefined) {
    const loaded = await loadCampaign(db, user, input.campaignId, "manage");
    if (!loaded.ok) return loaded.error.code === "not_found" ? fail("not_found", "campaignId: no such campaign, or not of your region.", "campaignId") : loaded;
    regionCode = loaded.value.campaign.region_code;
    campaignId = input.campaignId;
    if (input.regionCode !== undefined && input.regionCode !== regionCode) {
      return fail("validation_failed", `regionCode: the campaign belongs to region ${regionCode}; leave regionCode out.`, "regionCode");
    }
  } else if (user.role === "admin") {
    if (input.regionCode === undefined) return fail("validation_failed", "regionCode: name the region (or give a campaignId).", "regionCode");
    regionCode = input.regionCode;
  } else {
    if (user.regionCode === null) return fail("forbidden", "Your account belongs to no region.");
    if (input.regionCode !== undefined && input.regionCode !== user.regionCode) {
      return fail("forbidden", "A secretariat registers webhooks for its own region only.", "regionCode");
    }
    regionCode = user.regionCode;
  }
  if (findRegion(regionCode) === undefined) return fail("validation_failed", `regionCode: ${regionCode} is not a region.`, "regionCode");
  if (!managesRegion(user, regionCode)) return fail("forbidden", "Only the region's secretariat or an admin registers its webhooks.");
  const url = checkUrl(input.url, settings);
  if (!url.ok) return url;

  const at = now.toISOString();
  const secret = newWebhookSecret();
  const row: WebhookRow = {
    id: randomUUID(),
    region_code: regionCode,
    campaign_id: campaignId,
    url: url.value,
    events_json: JSON.stringify(input.events),
    description: input.description === undefined || input.description === "" ? null : input.description,
    secret,
    active: 1,
    created_by: user.id,
    created_at: at,
    updated_at: at,
    secret_rotated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await insertWebhook(trx, row);
    await recordAudit(
      trx,
      { actor: user.id, action: "webhook.created", campaignId, subjectType: "webhook", subjectId: row.id, details: { regionCode, url: row.url, events: input.events } },
      now,
    );
  });
  return ok({ webhook: toWebhookView(row, undefined), secret });
}

export async function getWebhook(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<Webhook>> {
  const loaded = await loadWebhook(db, user, id);
  return loaded.ok ? ok(await view(db, loaded.value)) : loaded;
}

export async function changeWebhook(
  db: Kysely<Database>,
  user: SessionUser,
  id: string,
  input: UpdateWebhookInput,
  settings: WebhookSettings,
  now: Date,
): Promise<Result<Webhook>> {
  const loaded = await loadWebhook(db, user, id);
  if (!loaded.ok) return loaded;
  const changes: Partial<WebhookRow> = { updated_at: now.toISOString() };
  if (input.url !== undefined) {
    const url = checkUrl(input.url, settings);
    if (!url.ok) return url;
    changes.url = url.value;
  }
  if (input.events !== undefined) changes.events_json = JSON.stringify(input.events);
  if (input.description !== undefined) changes.description = input.description === null || input.description === "" ? null : input.description;
  if (input.active !== undefined) changes.active = input.active ? 1 : 0;
  await db.transaction().execute(async (trx) => {
    await updateWebhook(trx, id, changes);
    const { updated_at: _at, ...details } = changes;
    await recordAudit(trx, { actor: user.id, action: "webhook.updated", campaignId: loaded.value.campaign_id, subjectType: "webhook", subjectId: id, details }, now);
  });
  return ok(await view(db, { ...loaded.value, ...changes }));
}

export async function removeWebhook(db: Kysely<Database>, user: SessionUser, id: string, now: Date): Promise<Result<void>> {
  const loaded = await loadWebhook(db, user, id);
  if (!loaded.ok) return loaded;
  await db.transaction().execute(async (trx) => {
    await deleteWebhook(trx, id);
    await recordAudit(trx, { actor: user.id, action: "webhook.deleted", campaignId: loaded.value.campaign_id, subjectType: "webhook", subjectId: id, details: { url: loaded.value.url } }, now);
  });
  return ok(undefined);
}

export async function rotateWebhookSecret(db: Kysely<Database>, user: SessionUser, id: string, now: Date): Promise<Result<WebhookWithSecret>> {
  const loaded = await loadWebhook(db, user, id);
  if (!loaded.ok) return loaded;
  const secret = newWebhookSecret();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await updateWebhook(trx, id, { secret, secret_rotated_at: at, updated_at: at });
    await recordAudit(trx, { actor: user.id, action: "webhook.secret_rotated", campaignId: loaded.value.campaign_id, subjectType: "webhook", subjectId: id }, now);
  });
  return ok({ webhook: await view(db, { ...loaded.value, secret, secret_rotated_at: at, updated_at: at }), secret });
}

function newDelivery(input: { webhookId: string; event: string; body: string; by: string; at: string; redeliveryOf?: string }): WebhookDeliveryRow {
  return {
    id: randomUUID(),
    webhook_id: input.webhookId,
    event_id: null,
    event: input.event,
    body: input.body,
    status: "pending",
    attempts: 0,
    next_attempt_at: input.at,
    last_attempt_at: null,
    response_status: null,
    last_error: null,
    last_failure: null,
    redelivery_of: input.redeliveryOf ?? null,
    created_by: input.by,
    created_at: input.at,
    delivered_at: null,
  };
}

/** Queues a test event to one webhook (switched off or not); the worker sends it at its next run. */
export async function sendTestEvent(db: Kysely<Database>, user: SessionUser, id: string, settings: WebhookSettings, now: Date): Promise<Result<WebhookDelivery>> {
  const loaded = await loadWebhook(db, user, id);
  if (!loaded.ok) return loaded;
  const webhook = loaded.value;
  const at = now.toISOString();
  const body = JSON.stringify(testPayload({ eventId: randomUUID(), webhookId: webhook.id, regionCode: webhook.region_code, campaignId: webhook.campaign_id, at }, settings.publicUrl));
  const row = newDelivery({ webhookId: webhook.id, event: WEBHOOK_TEST_EVENT, body, by: user.id, at });
  await insertDelivery(db, row);
  return ok(toDeliveryView(row));
}

/** Sends a delivery's event again as a new delivery: the same body (and event id), a new delivery id. */
export async function redeliver(db: Kysely<Database>, user: SessionUser, id: string, deliveryId: string, now: Date): Promise<Result<WebhookDelivery>> {
  const loaded = await loadWebhook(db, user, id);
  if (!loaded.ok) return loaded;
  const original = await findDelivery(db, id, deliveryId);
  if (original === undefined) return fail("not_found", "No such delivery of this webhook.");
  const row = newDelivery({ webhookId: id, event: original.event, body: original.body, by: user.id, at: now.toISOString(), redeliveryOf: original.id });
  await db.transaction().execute(async (trx) => {
    await insertDelivery(trx, row);
    await recordAudit(trx, { actor: user.id, action: "webhook.redelivered", campaignId: loaded.value.campaign_id, subjectType: "webhook", subjectId: id, details: { deliveryId: row.id, of: original.id } }, now);
  });
  return ok(toDeliveryView(row));
}

export async function deliveryLog(db: Kysely<Database>, user: SessionUser, id: string): Promise<Result<WebhookDelivery[]>> {
  const loaded = await loadWebhook(db, user, id);
  if (!loaded.ok) return loaded;
  return ok((await listDeliveries(db, id, DELIVERY_LOG_LIMIT)).map(toDeliveryView));
}
