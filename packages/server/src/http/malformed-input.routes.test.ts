import { apiRoutes, ErrorBodySchema } from "@afrapport/schema/api";
import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, startCampaignWorld, storedState, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { samples } from "../attachment/file-samples.js";
import { dialects } from "../test-support/dialects.js";
import type { TestResponse } from "../test-support/test-app.js";

// Issue 14, item 1: bodies that once got 500 – each gets a 4xx JSON error naming the problem, and nothing is stored.

/** `{"a":{"a":…}}`, n levels deep, as text (JSON.stringify itself would overflow on the deepest). */
const deepObject = (n: number, leaf = "1") => '{"a":'.repeat(n) + leaf + "}".repeat(n);

function expect4xx(response: TestResponse, status: number, code: string, message?: RegExp): void {
  expect(response.status, response.text).toBe(status);
  expect(ErrorBodySchema.safeParse(response.body).success, response.text).toBe(true);
  expect(response.body.error.code).toBe(code);
  if (message) expect(response.body.error.message).toMatch(message);
}

describe.each(dialects)("malformed input on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });
  const json = (body: string) => ({ headers: { "content-type": "application/json" }, body });

  it("answers a body nested 3,500 levels (21 KB) with 400 naming where, on sign-in and on every write route", async () => {
    world = await startCampaignWorld(dialect);
    const body = deepObject(3500);
    expect(body.length).toBeGreaterThan(20_000);
    const login = await world.app.client().raw("/api/auth/login", { method: "POST", ...json(body) });
    expect4xx(login, 400, "validation_failed", /^a\.a\.a\.a\.a\.a\.a\.a…: nested more than 64 levels deep\.$/);
    expect(login.body.error.field).toBe("a.a.a.a.a.a.a.a");

    const token = world.municipalities[0]!.token;
    const fill = (path: string) =>
      path.replace(/:(\w+)/g, (_m, name: string) => (name === "token" ? token : name === "id" ? world.campaignId : "x"));
    const writes = apiRoutes.filter((r) => r.method !== "get" && (r.bodyContentType ?? "application/json") === "application/json");
    expect(writes.length).toBeGreaterThan(25);
    for (const route of writes) {
      const response = await world.secretariat.raw(fill(route.path), { method: route.method.toUpperCase(), ...json(body) });
      expect(response.status, `${route.method} ${route.path}: ${response.text}`).toBe(400);
      expect(response.body.error.message, route.path).toMatch(/nested more than 64 levels deep/);
    }
    // A deep array is no different.
    expect4xx(await world.app.client().raw("/api/auth/login", { method: "POST", ...json("[".repeat(50_000) + "]".repeat(50_000)) }), 400, "validation_failed");
  });

  it("refuses answers nested 2,000 levels in a save and in a submission, saving nothing", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const body = `{"baseRevision":0,"answers":{"respondentUnit":${deepObject(2000, '"x"')}}}`;
    const save = await world.respondent.raw(`/api/respond/${token}/answers`, { method: "PUT", ...json(body) });
    expect4xx(save, 400, "validation_failed", /^answers\.respondentUnit\.a\.a\.a\.a\.a\.a…: nested more than 64 levels deep\.$/);
    expect(save.body.error.field).toBe("answers.respondentUnit.a.a.a.a.a.a");
    const submit = await world.respondent.raw(`/api/respond/${token}/submit`, { method: "POST", ...json(body) });
    expect4xx(submit, 400, "validation_failed", /nested more than 64 levels deep/);
    expect(await storedState(world.app, token)).toMatchObject({ status: "draft", revision: 0, revisions: [] });
    // 64 levels is the limit: one below it reaches the answer checks, which name the stray key.
    const within = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 0, answers: { respondentUnit: JSON.parse(deepObject(60, '"x"')) } });
    expect(within.status).not.toBe(500);
    expect(within.body?.error?.message ?? "").not.toMatch(/nested more than/);
  });

  it("refuses huge numbers of keys, in the body and in the answers", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const many = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i]));
    expect4xx(await world.secretariat.post("/api/campaigns", many), 400, "validation_failed", /^The body: more than 10000 keys in one object\.$/);
    const answers = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 0, answers: many });
    expect4xx(answers, 400, "validation_failed", /^answers: more than 10000 keys/);
    expect(answers.body.error.field).toBe("answers");
    const wide = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 0, answers: { respondentUnit: new Array(200_001).fill(0) } });
    expect4xx(wide, 400, "validation_failed", /more than 200000 values/);
    expect((await storedState(world.app, token)).revisions).toEqual([]);
  });

  it("refuses U+0000 in text (PostgreSQL cannot store it), in bodies, answers and path parameters", async () => {
    world = await startCampaignWorld(dialect);
    const title = await world.secretariat.post("/api/campaigns", { ...createCampaignBody, title: "Afrapportering\u00002019" });
    expect4xx(title, 400, "validation_failed", /^title: text must not contain the character U\+0000/);
    expect(title.body.error.field).toBe("title");
    const { token } = world.municipalities[0]!;
    const answer = await world.respondent.put(`/api/respond/${token}/answers`, { baseRevision: 0, answers: { respondentUnit: "a\u0000b" } });
    expect4xx(answer, 400, "validation_failed");
    expect(answer.body.error.field).toBe("answers.respondentUnit");
    expect4xx(await world.secretariat.get(`/api/campaigns/x%00y`), 400, "validation_failed");
    const campaigns = await world.secretariat.get("/api/campaigns");
    expect(campaigns.body.campaigns).toHaveLength(1);
  });

  it("refuses broken multipart uploads with 400 naming the problem: an empty part header, a NUL in the file name, no boundary, a body cut short", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const post = (body: string | Uint8Array, type = "multipart/form-data; boundary=x") =>
      world.respondent.raw(`/api/respond/${token}/attachments`, { method: "POST", headers: { "content-type": type }, body });
    expect4xx(await post("--x\r\n\r\n--x--\r\n"), 400, "bad_request", /^The body is not well-formed multipart\/form-data \(Malformed part header\)\.$/);
    const pdf = Buffer.from(samples.pdf).toString("latin1");
    const withName = (disposition: string) =>
      `--x\r\nContent-Disposition: form-data; name="question"\r\n\r\ncooperationAgreements\r\n` +
      `--x\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--x--\r\n`;
    expect4xx(await post(Buffer.from(withName('filename="a\u0000b.pdf"'), "latin1")), 400, "bad_request", /Malformed part header/);
    expect4xx(await post("--x\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\ncoop"), 400, "bad_request", /Unexpected end of form/);
    expect4xx(await post("whatever", "multipart/form-data"), 400, "bad_request", /Boundary not found/);
    expect4xx(await post("--x\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\na\u0000b\r\n--x--\r\n"), 400, "validation_failed");
    expect((await storedState(world.app, token)).attachmentCount).toBe(0);
    // The same NUL, percent-encoded in the RFC 5987 name, is taken out of the stored name.
    const encoded = await post(Buffer.from(withName("filename*=utf-8''Aftale%00%C3%86r%C3%B8.pdf"), "latin1"));
    expect(encoded.status, encoded.text).toBe(201);
    expect(encoded.body.name).toBe("AftaleÆrø.pdf");
  });
});
