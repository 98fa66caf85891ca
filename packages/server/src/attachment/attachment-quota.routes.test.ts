import { afterEach, describe, expect, it } from "vitest";
import { startCampaignWorld, storedState, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import type { TestClient, TestResponse } from "../test-support/test-app.js";
import { samples } from "./file-samples.js";

// Issue 14, item 4: 60 uploads of up to 20 MiB each all succeeded. Each response and each campaign now has a
// quota (ATTACHMENTS_PER_RESPONSE_MB, ATTACHMENTS_PER_CAMPAIGN_MB); a file that does not fit is 413.

/** A PDF of exactly `size` bytes. */
const pdf = (size: number) => Buffer.concat([samples.pdf, Buffer.alloc(size - samples.pdf.length, 0x20)]);

function upload(client: TestClient, token: string, bytes: Buffer, name = "bilag.pdf"): Promise<TestResponse> {
  const data = new FormData();
  data.append("question", "cooperationAgreements");
  data.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), name);
  return client.raw(`/api/respond/${token}/attachments`, { method: "POST", body: data });
}

function expectQuota(response: TestResponse, scope: "response" | "campaign", limitBytes: number, usedBytes: number): void {
  expect(response.status, response.text).toBe(413);
  expect(response.body.error).toMatchObject({ code: "quota_exceeded", field: "file" });
  expect(response.body.quota).toEqual({ scope, limitBytes, usedBytes });
}

describe.each(dialects)("attachment quotas on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const config = { maxUploadBytes: 10_000, attachmentQuota: { perResponseBytes: 25_000, perCampaignBytes: 40_000 } };

  it("refuses a file that does not fit in the response's quota with 413, until a file is deleted", async () => {
    world = await startCampaignWorld(dialect, { config });
    const { token } = world.municipalities[0]!;
    expect((await upload(world.respondent, token, pdf(10_000))).status).toBe(201);
    const second = await upload(world.respondent, token, pdf(10_000));
    expect(second.status).toBe(201);
    const refused = await upload(world.respondent, token, pdf(10_000), "for-meget.pdf");
    expectQuota(refused, "response", 25_000, 20_000);
    expect(refused.body.error.message).toMatch(/^file: the files of one response may take up at most /);
    expect((await storedState(world.app, token)).attachmentCount).toBe(2);
    // What still fits, fits.
    expect((await upload(world.respondent, token, pdf(5_000))).status).toBe(201);
    expectQuota(await upload(world.respondent, token, pdf(100)), "response", 25_000, 25_000);
    expect((await world.respondent.delete(`/api/respond/${token}/attachments/${second.body.id}`)).status).toBe(204);
    expect((await upload(world.respondent, token, pdf(10_000))).status).toBe(201);
    // The one-file limit is still its own answer.
    const tooLarge = await upload(world.respondent, world.municipalities[1]!.token, pdf(10_001));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe("payload_too_large");
  });

  it("refuses a file that does not fit in the campaign's quota, across its respondents", async () => {
    world = await startCampaignWorld(dialect, { config });
    const [a, b, c] = world.municipalities;
    for (const respondent of [a!, a!, b!, b!]) expect((await upload(world.respondent, respondent.token, pdf(10_000))).status).toBe(201);
    const refused = await upload(world.respondent, c!.token, pdf(1_000));
    expectQuota(refused, "campaign", 40_000, 40_000);
    expect(refused.body.error.message).toMatch(/^file: the files of this campaign may take up at most .* ask the secretariat\.$/);
    expect((await storedState(world.app, c!.token)).attachmentCount).toBe(0);
  });

  it("lets no burst of parallel uploads overfill a quota", async () => {
    world = await startCampaignWorld(dialect, { config });
    const { token } = world.municipalities[0]!;
    const results = await Promise.all(Array.from({ length: 4 }, () => upload(world.respondent, token, pdf(10_000))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 413, 413]);
    for (const refused of results.filter((r) => r.status === 413)) expect(refused.body.error.code).toBe("quota_exceeded");
    expect((await storedState(world.app, token)).attachmentCount).toBe(2);
  });
});
