import { randomUUID } from "node:crypto";
import type { WebhookEventName } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables.js";
import { retryDelayMs, WEBHOOK_RETRY_DELAYS_MS } from "./webhook-backoff.js";
import { webhookPayload } from "./webhook-payload.js";
import { claimDueDeliveries, insertEventDelivery, markEventDispatched, pruneDispatchedEvents, recordAttempt, undispatchedEvents, webhooksForEvent, findWebhook } from "./webhook.repository.js";
import { postWebhook, type WebhookOutcome, type WebhookRequest } from "./webhook-sender.js";
import { webhookSignature } from "./webhook-signature.js";

export interface WebhookWorkerDeps {
  db: Kysely<Database>;
  config: { publicUrl: string; webhooksAllowLocal?: boolean };
  now: () => Date;
  /** one attempt's limit (default 10 s) */
  timeoutMs?: number;
  /** deliveries per run (default 50) */
  batchSize?: number;
  /** the waits between attempts (default webhook-backoff.ts) */
  retryDelaysMs?: readonly number[];
  /** what sends a request (tests may wrap it) */
  send?: (request: WebhookRequest) => Promise<WebhookOutcome>;
  log?: (message: string) => void;
}

export interface WebhookRunResult {
  /** deliveries made from new events */
  queued: number;
  delivered: number;
  /** attempts that failed and will be tried again */
  retrying: number;
  /** deliveries given up after their last attempt */
  failed: number;
  /** a problem that stopped the run; the run never throws */
  error?: string;
}

const USER_AGENT = "Afrapport-Webhooks/1";
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 500);

/** The headers of one attempt; the signature is made afresh with each attempt's timestamp. */
export function webhookHeaders(input: { secret: string; event: string; deliveryId: string; body: string; at: Date }): Record<string, string> {
  const timestamp = Math.floor(input.at.getTime() / 1000);
  return {
    "Content-Type": "application/json",
    "User-Agent": USER_AGENT,
    "Afrapport-Event": input.event,
    "Afrapport-Delivery": input.deliveryId,
    "Afrapport-Timestamp": String(timestamp),
    "Afrapport-Signature": webhookSignature(input.secret, timestamp, input.body),
  };
}

/** Makes a delivery of each new event for each webhook that wants it, and marks the event dispatched. */
async function fanOut(deps: WebhookWorkerDeps, limit: number): Promise<number> {
  let queued = 0;
  for (const event of await undispatchedEvents(deps.db, limit)) {
    const at = deps.now().toISOString();
    const body = JSON.stringify(webhookPayload(event, deps.config.publicUrl));
    for (const webhook of await webhooksForEvent(deps.db, event)) {
      if (!(JSON.parse(webhook.events_json) as WebhookEventName[]).includes(event.event as WebhookEventName)) continue;
      await insertEventDelivery(deps.db, {
        id: randomUUID(),
        webhook_id: webhook.id,
        event_id: event.id,
        event: event.event,
        body,
        status: "pending",
        attempts: 0,
        next_attempt_at: at,
        last_attempt_at: null,
        response_status: null,
        last_error: null,
        last_failure: null,
        redelivery_of: null,
        created_by: "system",
        created_at: at,
        delivered_at: null,
      });
      queued += 1;
    }
    await markEventDispatched(deps.db, event.id, at);
  }
  return queued;
}

/**
 * One run of the webhook worker: new events become deliveries, then the due deliveries are sent, each claimed
 * first (webhook.repository.ts), so two server processes never send the same attempt. A 2xx answer delivers it; a
 * failure waits 1 minute … 24 hours for the next attempt and is given up after the last. Never throws: main runs
 * it on a timer.
 */
export async function deliverDueWebhooks(deps: WebhookWorkerDeps): Promise<WebhookRunResult> {
  const result: WebhookRunResult = { queued: 0, delivered: 0, retrying: 0, failed: 0 };
  const log = deps.log ?? ((message: string) => console.warn(message));
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const delays = deps.retryDelaysMs ?? WEBHOOK_RETRY_DELAYS_MS;
  const send = deps.send ?? postWebhook;
  try {
    result.queued = await fanOut(deps, deps.batchSize ?? 50);
    const now = deps.now();
    const batchSize = deps.batchSize ?? 50;
    // The batch is sent one after the other, so its lease outlasts every attempt of it timing out, with room: a lease
    // for one attempt would run out behind slow receivers, and another process would send the rest again.
    const lease = new Date(now.getTime() + batchSize * timeoutMs + 60_000).toISOString();
    const claimed = await claimDueDeliveries(deps.db, now.toISOString(), lease, batchSize);
    for (const delivery of claimed) {
      const webhook = await findWebhook(deps.db, delivery.webhook_id);
      if (webhook === undefined) continue;
      if (webhook.active !== 1 && delivery.event !== "webhook.test") {
        // switched off (perhaps because the receiver is wrong or not trusted): its retries stop too
        result.failed += 1;
        await recordAttempt(deps.db, delivery.id, delivery.attempts, {
          status: "failed",
          next_attempt_at: null,
          response_status: null,
          last_error: "the webhook was switched off; not sent",
          last_failure: "switched_off",
        });
        continue;
      }
      const at = deps.now();
      const outcome = await send({
        url: webhook.url,
        headers: webhookHeaders({ secret: webhook.secret, event: delivery.event, deliveryId: delivery.id, body: delivery.body, at }),
        body: delivery.body,
        timeoutMs,
        allowLocal: deps.config.webhooksAllowLocal === true,
      });
      const ended = deps.now().toISOString();
      if (outcome.ok) {
        result.delivered += 1;
        await recordAttempt(deps.db, delivery.id, delivery.attempts, {
          status: "delivered",
          delivered_at: ended,
          next_attempt_at: null,
          response_status: outcome.status,
          last_error: null,
          last_failure: null,
        });
        continue;
      }
      const wait = retryDelayMs(delivery.attempts, delays);
      if (wait === undefined) result.failed += 1;
      else result.retrying += 1;
      log(`Webhook ${webhook.id} delivery ${delivery.id} (${delivery.event}) failed at attempt ${delivery.attempts}: ${outcome.error}`);
      await recordAttempt(deps.db, delivery.id, delivery.attempts, {
        status: wait === undefined ? "failed" : "pending",
        next_attempt_at: wait === undefined ? null : new Date(deps.now().getTime() + wait).toISOString(),
        response_status: outcome.status,
        last_error: outcome.error.slice(0, 500),
        last_failure: outcome.failure,
      });
    }
  } catch (error) {
    result.error = errorText(error);
    log(`Delivering webhooks stopped: ${result.error}`);
  }
  return result;
}

/** Forgets dispatched events after 30 days (each delivery keeps the body it sends). */
export async function pruneWebhookEvents(db: Kysely<Database>, now: Date): Promise<number> {
  return pruneDispatchedEvents(db, new Date(now.getTime() - 30 * 24 * 3600_000).toISOString());
}

/** Runs the worker every `intervalMs` (a run never overlaps the previous one); returns what stops it. */
export function startWebhookWorker(deps: WebhookWorkerDeps, intervalMs = 10_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void deliverDueWebhooks(deps).finally(() => {
      running = false;
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
