import { afterEach, describe, expect, it, vi } from "vitest";
import { WebhookPayloadSchema } from "@afrapport/schema/api";
import { expectStatus, startCampaignWorld, validKommuneAnswers, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_DELAYS_MS } from "./webhook-backoff.js";
import { readmeVerifier, startReceiver, type TestReceiver } from "./webhook-test-kit.js";
import { deliverDueWebhooks, type WebhookWorkerDeps } from "./webhook-worker.js";

// Issue 13, item 17: a secretariat's IT is told, signed, when a response is submitted or reopened or a campaign
// closes; deliveries are retried and logged. Each test runs the real app and a real HTTP receiver.

const verify = readmeVerifier();

describe.each(dialects)("webhook deliveries on %s", (dialect) => {
  let world: CampaignWorld;
  let receiver: TestReceiver;
  afterEach(async () => {
    vi.useRealTimers();
    await receiver?.close();
    await world?.app.close();
  });

  async function setUp(events: string[] = ["response.submitted", "response.reopened", "campaign.closed", "campaign.opened"]) {
    world = await startCampaignWorld(dialect, { config: { webhooksAllowLocal: true } });
    receiver = await startReceiver();
    const created = await world.secretariat.post("/api/webhooks", { url: receiver.url, events, campaignId: world.campaignId, description: "Sagssystem" });
    expectStatus(created, 201);
    return { webhookId: created.body.webhook.id as string, secret: created.body.secret as string };
  }

  const worker = (extra: Partial<WebhookWorkerDeps> = {}): WebhookWorkerDeps => ({
    db: world.app.db,
    config: world.app.config,
    now: world.clock.now,
    timeoutMs: 1000,
    log: () => undefined,
    ...extra,
  });

  async function submitFirst() {
    const first = world.municipalities[0]!;
    const submit = await world.respondent.post(`/api/respond/${first.token}/submit`, { baseRevision: 0, answers: validKommuneAnswers });
    expectStatus(submit, 200);
    return first;
  }

  const signedAt = (headers: Record<string, unknown>) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Number(headers["afrapport-timestamp"]) * 1000 + 2000);
  };

  it("delivers a submission, signed as the README shows, with ids and links only", async () => {
    const { secret, webhookId } = await setUp();
    const first = await submitFirst();
    expect(receiver.requests).toHaveLength(0); // the submit did not wait for the receiver

    expect(await deliverDueWebhooks(worker())).toEqual({ queued: 1, delivered: 1, retrying: 0, failed: 0 });
    const [request] = receiver.requests;
    expect(request!.path).toBe("/hooks/afrapport");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers["afrapport-event"]).toBe("response.submitted");
    expect(request!.headers["afrapport-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
    signedAt(request!.headers);
    expect(verify(secret, request!.headers, request!.body)).toBe(true);
    // The recipe fails a changed body, another secret and an old timestamp.
    expect(verify(secret, request!.headers, request!.body.replace("submitted", "reopened"))).toBe(false);
    expect(verify(`${secret}x`, request!.headers, request!.body)).toBe(false);
    vi.setSystemTime(Number(request!.headers["afrapport-timestamp"]) * 1000 + 600_000);
    expect(verify(secret, request!.headers, request!.body)).toBe(false);
    vi.useRealTimers();

    const payload = WebhookPayloadSchema.parse(JSON.parse(request!.body));
    expect(payload).toMatchObject({
      event: "response.submitted",
      regionCode: "1084",
      campaign: { id: world.campaignId, url: `${world.app.config.publicUrl}/sekretariat/kampagner/${world.campaignId}/status` },
      data: { response: { respondentId: first.respondentId, respondentKind: "municipality", kommuneCode: first.kommuneCode, revision: 2 } },
    });
    // Never an answer, never the respondent's link.
    expect(request!.body).not.toContain(validKommuneAnswers.respondentUnit);
    expect(request!.body).not.toContain(first.token);

    const log = await world.secretariat.get(`/api/webhooks/${webhookId}/deliveries`);
    expectStatus(log, 200);
    expect(log.body.deliveries).toEqual([
      expect.objectContaining({ id: request!.headers["afrapport-delivery"], event: "response.submitted", status: "delivered", attempts: 1, responseStatus: 200, lastError: null, nextAttemptAt: null }),
    ]);
    // Nothing more to do: the next run sends nothing.
    expect(await deliverDueWebhooks(worker())).toEqual({ queued: 0, delivered: 0, retrying: 0, failed: 0 });
  });

  it("retries after a 500 and after a timeout with the same delivery id, then delivers", async () => {
    await setUp();
    await submitFirst();
    receiver.replies.push({ status: 500 }, "hang");
    expect(await deliverDueWebhooks(worker({ timeoutMs: 300 }))).toMatchObject({ queued: 1, delivered: 0, retrying: 1 });
    // Not due before its wait is over.
    world.clock.advance(WEBHOOK_RETRY_DELAYS_MS[0]! - 1000);
    expect(await deliverDueWebhooks(worker({ timeoutMs: 300 }))).toMatchObject({ delivered: 0, retrying: 0 });
    world.clock.advance(1000);
    expect(await deliverDueWebhooks(worker({ timeoutMs: 300 }))).toMatchObject({ delivered: 0, retrying: 1 });
    expect(await world.app.db.selectFrom("webhook_deliveries").select(["last_failure", "last_error", "response_status"]).executeTakeFirstOrThrow()).toEqual({
      last_failure: "timeout",
      last_error: "no answer within 0.3 s",
      response_status: null,
    });
    world.clock.advance(WEBHOOK_RETRY_DELAYS_MS[1]!);
    expect(await deliverDueWebhooks(worker({ timeoutMs: 300 }))).toMatchObject({ delivered: 1 });
    expect(receiver.requests).toHaveLength(3);
    const ids = new Set(receiver.requests.map((r) => r.headers["afrapport-delivery"]));
    expect(ids.size).toBe(1);
    // Each attempt is signed with its own timestamp.
    expect(new Set(receiver.requests.map((r) => r.headers["afrapport-signature"])).size).toBe(3);
    const delivery = (await world.app.db.selectFrom("webhook_deliveries").selectAll().executeTakeFirstOrThrow());
    expect(delivery).toMatchObject({ status: "delivered", response_status: 200, last_error: null, last_failure: null });
    expect(Number(delivery.attempts)).toBe(3);
  });

  it("stops a delivery's retries once its webhook is switched off, and says so in the log", async () => {
    const { webhookId } = await setUp();
    await submitFirst();
    receiver.replies.push({ status: 500 });
    expect(await deliverDueWebhooks(worker())).toMatchObject({ queued: 1, retrying: 1 });
    expectStatus(await world.secretariat.patch(`/api/webhooks/${webhookId}`, { active: false }), 200);
    world.clock.advance(WEBHOOK_RETRY_DELAYS_MS[0]!);
    expect(await deliverDueWebhooks(worker())).toMatchObject({ delivered: 0, failed: 1 });
    expect(receiver.requests).toHaveLength(1);
    expect(await world.app.db.selectFrom("webhook_deliveries").select(["status", "last_failure", "next_attempt_at"]).executeTakeFirstOrThrow()).toEqual({
      status: "failed",
      last_failure: "switched_off",
      next_attempt_at: null,
    });
  });

  it("gives up after the last attempt, and the log says why", async () => {
    const { webhookId } = await setUp();
    await submitFirst();
    receiver.replies.push(...Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, () => ({ status: 503 })));
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const run = await deliverDueWebhooks(worker());
      expect(run, `attempt ${attempt}`).toMatchObject(attempt < WEBHOOK_MAX_ATTEMPTS ? { retrying: 1, failed: 0 } : { retrying: 0, failed: 1 });
      world.clock.advance(WEBHOOK_RETRY_DELAYS_MS[attempt - 1] ?? 0);
    }
    world.clock.advance(7 * 24 * 3600_000);
    expect(await deliverDueWebhooks(worker())).toEqual({ queued: 0, delivered: 0, retrying: 0, failed: 0 });
    expect(receiver.requests).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    // Days later the first session has ended; a colleague of the same secretariat signs in.
    world.secretariat = await world.app.login({ role: "secretariat", regionCode: "1084" });
    const log = await world.secretariat.get(`/api/webhooks/${webhookId}/deliveries`);
    expect(log.body.deliveries[0]).toMatchObject({ status: "failed", attempts: WEBHOOK_MAX_ATTEMPTS, responseStatus: 503, lastError: "HTTP 503", failure: "status", nextAttemptAt: null });
    const list = await world.secretariat.get(`/api/webhooks?campaignId=${world.campaignId}`);
    expect(list.body.webhooks[0].lastDelivery).toMatchObject({ status: "failed" });

    // Redelivered by hand: a new delivery of the same event, sent at the next run.
    const failedId = log.body.deliveries[0].id as string;
    const again = await world.secretariat.post(`/api/webhooks/${webhookId}/deliveries/${failedId}/redeliver`);
    expectStatus(again, 202);
    expect(again.body).toMatchObject({ status: "pending", attempts: 0, redeliveryOf: failedId, payload: log.body.deliveries[0].payload });
    expect(await deliverDueWebhooks(worker())).toMatchObject({ delivered: 1 });
    const last = receiver.requests.at(-1)!;
    expect(last.headers["afrapport-delivery"]).toBe(again.body.id);
    expect(JSON.parse(last.body).id).toBe(log.body.deliveries[0].payload.id);
  });

  it("follows no redirect", async () => {
    const { webhookId } = await setUp();
    await submitFirst();
    receiver.replies.push({ status: 307, location: "/elsewhere" });
    expect(await deliverDueWebhooks(worker())).toMatchObject({ retrying: 1 });
    expect(receiver.requests.map((r) => r.path)).toEqual(["/hooks/afrapport"]);
    const log = await world.secretariat.get(`/api/webhooks/${webhookId}/deliveries`);
    expect(log.body.deliveries[0]).toMatchObject({ status: "pending", responseStatus: 307, failure: "redirect", lastError: expect.stringContaining("redirects are not followed") });
  });

  it("refuses at delivery a local address once local webhooks are not allowed", async () => {
    const { webhookId } = await setUp();
    await submitFirst();
    world.app.config.webhooksAllowLocal = false;
    expect(await deliverDueWebhooks(worker())).toMatchObject({ retrying: 1 });
    expect(receiver.requests).toHaveLength(0);
    const log = await world.secretariat.get(`/api/webhooks/${webhookId}/deliveries`);
    expect(log.body.deliveries[0]).toMatchObject({ lastError: "127.0.0.1 is a loopback address; refused", failure: "refused" });
    // A name that resolves to a loopback address is refused at connection time too.
    await world.app.db.updateTable("webhooks").set({ url: receiver.url.replace("127.0.0.1", "localhost") }).execute();
    world.clock.advance(WEBHOOK_RETRY_DELAYS_MS[0]!);
    expect(await deliverDueWebhooks(worker())).toMatchObject({ retrying: 1 });
    expect(receiver.requests).toHaveLength(0);
    expect((await world.secretariat.get(`/api/webhooks/${webhookId}/deliveries`)).body.deliveries[0]).toMatchObject({
      lastError: expect.stringMatching(/^localhost resolves to a loopback address \((127\.0\.0\.1|::1)\); refused$/),
      failure: "refused",
    });
  });

  it("tells of a reopening and of the campaign closing, only the events asked for, and nothing while switched off", async () => {
    const { webhookId } = await setUp(["response.reopened", "campaign.closed"]);
    const first = await submitFirst();
    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/respondents/${first.respondentId}/reopen`, { reason: "Ret tallene" }), 200);
    // Events go out in the order they happened (of the same moment, in no particular order).
    world.clock.advance(1000);
    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" }), 200);
    expect(await deliverDueWebhooks(worker())).toMatchObject({ queued: 2, delivered: 2 });
    expect(receiver.requests.map((r) => r.headers["afrapport-event"])).toEqual(["response.reopened", "campaign.closed"]);
    expect(JSON.parse(receiver.requests[1]!.body).data).toEqual({ from: "open", to: "closed" });

    expectStatus(await world.secretariat.patch(`/api/webhooks/${webhookId}`, { active: false }), 200);
    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "open" }), 200);
    expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" }), 200);
    expect(await deliverDueWebhooks(worker())).toMatchObject({ queued: 0, delivered: 0 });
    expect(await world.app.db.selectFrom("webhook_events").select("id").execute()).toHaveLength(2);

    // A test event is sent even while it is off.
    const test = await world.secretariat.post(`/api/webhooks/${webhookId}/test`);
    expectStatus(test, 202);
    expect(await deliverDueWebhooks(worker())).toMatchObject({ delivered: 1 });
    expect(receiver.requests.at(-1)!.headers["afrapport-event"]).toBe("webhook.test");
    expect(JSON.parse(receiver.requests.at(-1)!.body)).toMatchObject({ event: "webhook.test", data: { webhookId } });
  });

  it("tells of an approval decision", async () => {
    const { webhookId } = await setUp(["approval.decided", "campaign.reported"]);
    const decided = await world.secretariat.post(`/api/campaigns/${world.campaignId}/approval/decisions`, { step: 1, date: "2026-12-01", decision: "approved" });
    expectStatus(decided, 201);
    expect(await deliverDueWebhooks(worker())).toMatchObject({ queued: 1, delivered: 1 });
    expect(JSON.parse(receiver.requests[0]!.body)).toMatchObject({
      event: "approval.decided",
      data: { decisionId: decided.body.decision.id, step: 1, decision: "approved", date: "2026-12-01", snapshotId: decided.body.snapshot.id },
    });
    const log = await world.secretariat.get(`/api/webhooks/${webhookId}/deliveries`);
    expect(log.body.deliveries.map((d: { event: string }) => d.event)).toEqual(["approval.decided"]);
  });

  it("sends each delivery once when two workers run at the same moment", async () => {
    await setUp(["campaign.closed", "campaign.opened"]);
    for (let i = 0; i < 3; i++) {
      expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "closed" }), 200);
      expectStatus(await world.secretariat.post(`/api/campaigns/${world.campaignId}/status`, { status: "open" }), 200);
    }
    const [a, b] = await Promise.all([deliverDueWebhooks(worker()), deliverDueWebhooks(worker())]);
    expect(a.delivered + b.delivered).toBe(6);
    expect(receiver.requests).toHaveLength(6);
    expect(new Set(receiver.requests.map((r) => r.headers["afrapport-delivery"])).size).toBe(6);
    expect(await world.app.db.selectFrom("webhook_deliveries").select("id").execute()).toHaveLength(6);
  });
});
