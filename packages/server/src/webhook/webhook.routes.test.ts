import { afterEach, describe, expect, it } from "vitest";
import { expectStatus, startCampaignWorld, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";

// The webhook API: who may register what, and every bad input refused naming its field.

describe.each(dialects)("the webhook routes on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  const hook = { url: "https://integration.region-midt.dk/afrapport", events: ["response.submitted", "campaign.closed"] };

  it("registers a region's webhook, shows its secret once, changes, rotates and deletes it", async () => {
    world = await startCampaignWorld(dialect);
    const { secretariat } = world;
    const created = await secretariat.post("/api/webhooks", { ...hook, description: "ESDH" });
    expectStatus(created, 201);
    const { webhook, secret } = created.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook).toMatchObject({ regionCode: "1084", campaignId: null, url: hook.url, events: hook.events, description: "ESDH", active: true, lastDelivery: null });
    expect(webhook.secretHint).toBe(`${secret.slice(0, 10)}…`);

    // Never shown again: not in the list, not in the webhook, not in the audit log.
    const list = await secretariat.get("/api/webhooks");
    expectStatus(list, 200);
    expect(list.body.webhooks).toEqual([webhook]);
    expect(list.text).not.toContain(secret);
    expect((await secretariat.get(`/api/webhooks/${webhook.id}`)).text).not.toContain(secret);
    const audit = await world.app.db.selectFrom("audit_log").select("details_json").where("action", "like", "webhook.%").execute();
    expect(audit.length).toBe(1);
    expect(JSON.stringify(audit)).not.toContain(secret);

    // Region-wide webhooks apply to every campaign of the region.
    expect((await secretariat.get(`/api/webhooks?campaignId=${world.campaignId}`)).body.webhooks).toHaveLength(1);

    const changed = await secretariat.patch(`/api/webhooks/${webhook.id}`, { events: ["response.reopened"], active: false, description: null });
    expectStatus(changed, 200);
    expect(changed.body).toMatchObject({ events: ["response.reopened"], active: false, description: null, secretHint: webhook.secretHint });

    const rotated = await secretariat.post(`/api/webhooks/${webhook.id}/rotate-secret`);
    expectStatus(rotated, 200);
    expect(rotated.body.secret).not.toBe(secret);
    expect(rotated.body.webhook.secretHint).toBe(`${rotated.body.secret.slice(0, 10)}…`);
    const stored = await world.app.db.selectFrom("webhooks").select("secret").executeTakeFirstOrThrow();
    expect(stored.secret).toBe(rotated.body.secret);

    expectStatus(await secretariat.delete(`/api/webhooks/${webhook.id}`), 204);
    expectStatus(await secretariat.get(`/api/webhooks/${webhook.id}`), 404);
    expect((await secretariat.get("/api/webhooks")).body.webhooks).toEqual([]);
  });

  it("refuses an address that is not https or points inside, bad events, and empty changes, naming the field", async () => {
    world = await startCampaignWorld(dialect);
    const { secretariat } = world;
    const refused = async (body: unknown, field: string, message: RegExp) => {
      const response = await secretariat.post("/api/webhooks", body);
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.field).toBe(field);
      expect(response.body.error.message).toMatch(message);
    };
    await refused({ ...hook, url: "http://integration.region-midt.dk/afrapport" }, "url", /must start with https:\/\//);
    await refused({ ...hook, url: "http://127.0.0.1:9000/hook" }, "url", /must start with https:\/\//);
    await refused({ ...hook, url: "https://169.254.169.254/latest/meta-data/" }, "url", /link-local address \(169\.254\.169\.254\)/);
    await refused({ ...hook, url: "https://[fd00:ec2::254]/" }, "url", /unique local/);
    await refused({ ...hook, url: "https://localhost/hook" }, "url", /public host/);
    await refused({ ...hook, url: "kommune.dk/hook" }, "url", /absolute address/);
    await refused({ ...hook, events: ["response.deleted"] }, "events.0", /must be one of response\.submitted/);
    await refused({ ...hook, events: ["webhook.test"] }, "events.0", /must be one of/);
    await refused({ ...hook, events: [] }, "events", /at least one event/);
    await refused({ ...hook, events: ["campaign.closed", "campaign.closed"] }, "events", /twice/);
    await refused({ ...hook, secret: "mine" }, "secret", /./);
    expect(await world.app.db.selectFrom("webhooks").select("id").execute()).toEqual([]);

    const { webhook } = (await secretariat.post("/api/webhooks", hook)).body;
    const patch = await secretariat.patch(`/api/webhooks/${webhook.id}`, {});
    expect(patch.status).toBe(400);
    const badUrl = await secretariat.patch(`/api/webhooks/${webhook.id}`, { url: "https://10.0.0.8/x" });
    expect([badUrl.status, badUrl.body.error.field]).toEqual([400, "url"]);
  });

  it("allows http to localhost only where local webhooks are allowed", async () => {
    world = await startCampaignWorld(dialect, { config: { webhooksAllowLocal: true } });
    const created = await world.secretariat.post("/api/webhooks", { ...hook, url: "http://127.0.0.1:9000/hook" });
    expectStatus(created, 201);
    expect(created.body.webhook.url).toBe("http://127.0.0.1:9000/hook");
  });

  it("keeps each region's webhooks to itself: another region's campaign and webhooks are not found", async () => {
    world = await startCampaignWorld(dialect);
    const own = await world.secretariat.post("/api/webhooks", { ...hook, campaignId: world.campaignId });
    expectStatus(own, 201);
    expect(own.body.webhook).toMatchObject({ campaignId: world.campaignId, regionCode: "1084" });

    const other = await world.app.login({ role: "secretariat", regionCode: "1085" });
    const foreign = await other.post("/api/webhooks", { ...hook, campaignId: world.campaignId });
    expect([foreign.status, foreign.body.error.field]).toEqual([404, "campaignId"]);
    const foreignRegion = await other.post("/api/webhooks", { ...hook, regionCode: "1084" });
    expect([foreignRegion.status, foreignRegion.body.error.field]).toEqual([403, "regionCode"]);
    expect((await other.get("/api/webhooks")).body.webhooks).toEqual([]);
    expectStatus(await other.get(`/api/webhooks?campaignId=${world.campaignId}`), 404);
    const id = own.body.webhook.id as string;
    for (const response of [
      await other.get(`/api/webhooks/${id}`),
      await other.patch(`/api/webhooks/${id}`, { active: false }),
      await other.delete(`/api/webhooks/${id}`),
      await other.post(`/api/webhooks/${id}/rotate-secret`),
      await other.post(`/api/webhooks/${id}/test`),
      await other.get(`/api/webhooks/${id}/deliveries`),
    ]) {
      expect(response.status, response.text).toBe(404);
    }

    // A reviewer or the national board manages no webhooks.
    for (const role of ["reviewer", "national"] as const) {
      const client = await world.app.login({ role });
      expectStatus(await client.get("/api/webhooks"), 403);
      expectStatus(await client.post("/api/webhooks", hook), 403);
    }

    // An admin sees every region's, and names the region of a region-wide one.
    const admin = await world.app.login({ role: "admin" });
    expect((await admin.get("/api/webhooks")).body.webhooks.map((w: { id: string }) => w.id)).toEqual([id]);
    const unnamed = await admin.post("/api/webhooks", hook);
    expect([unnamed.status, unnamed.body.error.field]).toEqual([400, "regionCode"]);
    const unknown = await admin.post("/api/webhooks", { ...hook, regionCode: "9999" });
    expect([unknown.status, unknown.body.error.field]).toEqual([400, "regionCode"]);
    expectStatus(await admin.post("/api/webhooks", { ...hook, regionCode: "1085" }), 201);
    expect((await admin.get("/api/webhooks?regionCode=1085")).body.webhooks).toHaveLength(1);
  });

  it("is in the OpenAPI document, with the payload's schema", async () => {
    world = await startCampaignWorld(dialect);
    const doc = (await world.app.client().get("/api/openapi.json")).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/webhooks", "/api/webhooks/{wid}", "/api/webhooks/{wid}/deliveries/{did}/redeliver"]));
    expect(JSON.stringify(doc)).toContain("response.submitted");
    expect(JSON.stringify(doc)).toContain("Afrapport-Delivery");
  });
});
