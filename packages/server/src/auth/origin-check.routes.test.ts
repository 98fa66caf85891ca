import { afterEach, describe, expect, it } from "vitest";
import { createCampaignBody, startCampaignWorld, storedState, type CampaignWorld } from "../campaign/campaign-test-kit.js";
import { dialects } from "../test-support/dialects.js";
import type { TestResponse } from "../test-support/test-app.js";
import { sameHost } from "./origin-check.js";

// Issue 14, item 5: with a valid CSRF token, writes from a foreign Origin were accepted, and sign-out needed
// neither. Every state-changing request now has its Origin (or Sec-Fetch-Site) checked first.

const EVIL = "https://evil.example";

function expectForeign(response: TestResponse): void {
  expect(response.status, response.text).toBe(403);
  expect(response.body.error.code).toBe("foreign_origin");
}

describe("sameHost", () => {
  it("is true only for an http(s) origin naming exactly the host the request was sent to", () => {
    expect(sameHost("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
    expect(sameHost("https://Afrapport.example.dk", "afrapport.example.dk")).toBe(true);
    for (const [origin, host] of [
      ["http://127.0.0.1:3000", "127.0.0.1:3001"],
      ["http://127.0.0.1.evil.example:3000", "127.0.0.1:3000"],
      ["null", "127.0.0.1:3000"],
      ["http://127.0.0.1:3000/path", "127.0.0.1:3000"],
      ["ftp://127.0.0.1:3000", "127.0.0.1:3000"],
      ["http://127.0.0.1:3000", undefined],
    ] as const) {
      expect(sameHost(origin, host), `${origin} ${host}`).toBe(false);
    }
  });
});

describe.each(dialects)("the Origin check on %s", (dialect) => {
  let world: CampaignWorld;
  afterEach(async () => {
    await world?.app.close();
  });

  it("refuses a secretariat's write from a foreign Origin even with the right CSRF token, and lets its own pages write", async () => {
    world = await startCampaignWorld(dialect);
    const { secretariat } = world;
    expect(secretariat.csrfToken).toBeDefined();
    const forged = await secretariat.post("/api/campaigns", createCampaignBody, { headers: { origin: EVIL } });
    expectForeign(forged);
    expect(forged.body.error.message).toBe(`The request came from another site (Origin: ${EVIL}); only pages of ${world.app.baseUrl} may change anything here.`);
    expectForeign(await secretariat.post("/api/campaigns", createCampaignBody, { headers: { origin: "null" } }));
    expectForeign(await secretariat.post("/api/campaigns", createCampaignBody, { headers: { "sec-fetch-site": "cross-site" } }));
    expectForeign(await secretariat.post("/api/campaigns", createCampaignBody, { headers: { "sec-fetch-site": "same-site" } }));
    expect((await secretariat.get("/api/campaigns")).body.campaigns).toHaveLength(1);

    expect((await secretariat.post("/api/campaigns", createCampaignBody, { headers: { origin: world.app.baseUrl } })).status).toBe(201);
    expect((await secretariat.post("/api/campaigns", createCampaignBody, { headers: { "sec-fetch-site": "same-origin" } })).status).toBe(201);
    // A script sends neither header; the CSRF token still guards the session.
    expect((await secretariat.post("/api/campaigns", createCampaignBody)).status).toBe(201);
    expect((await secretariat.post("/api/campaigns", createCampaignBody, { csrf: false })).body.error.code).toBe("csrf_failed");
    // Reading is not a change: a GET from anywhere is left to the cookie's SameSite and the routes.
    expect((await secretariat.get("/api/campaigns", undefined, { headers: { origin: EVIL } })).status).toBe(200);
  });

  it("guards sign-out with both the Origin and the CSRF token", async () => {
    world = await startCampaignWorld(dialect);
    const { secretariat } = world;
    expectForeign(await secretariat.post("/api/auth/logout", undefined, { headers: { origin: EVIL } }));
    const noToken = await secretariat.post("/api/auth/logout", undefined, { csrf: false });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe("csrf_failed");
    expect((await secretariat.get("/api/auth/me")).status).toBe(200);
    expect((await secretariat.post("/api/auth/logout", undefined, { headers: { origin: world.app.baseUrl } })).status).toBe(204);
    expect((await secretariat.get("/api/auth/me")).status).toBe(401);
  });

  it("refuses a sign-in posted from another site's page", async () => {
    world = await startCampaignWorld(dialect);
    const user = await world.app.createUser({ role: "admin" });
    expectForeign(await world.app.client().post("/api/auth/login", { email: user.email, password: user.password }, { headers: { origin: EVIL } }));
    expect(await world.app.db.selectFrom("sessions").select("user_id").where("user_id", "=", user.id).execute()).toEqual([]);
    expect((await world.app.client().post("/api/auth/login", { email: user.email, password: user.password }, { headers: { origin: world.app.baseUrl } })).status).toBe(200);
  });

  it("refuses the respondent's saves, submissions and uploads from a foreign Origin, saving nothing", async () => {
    world = await startCampaignWorld(dialect);
    const { token } = world.municipalities[0]!;
    const save = { baseRevision: 0, answers: { respondentUnit: "Socialforvaltningen" } };
    expectForeign(await world.respondent.put(`/api/respond/${token}/answers`, save, { headers: { origin: EVIL } }));
    expectForeign(await world.respondent.put(`/api/respond/${token}/answers`, save, { headers: { "sec-fetch-site": "cross-site" } }));
    expectForeign(await world.respondent.post(`/api/respond/${token}/submit`, save, { headers: { origin: EVIL } }));
    const form = new FormData();
    form.append("question", "cooperationAgreements");
    form.append("file", new Blob(["%PDF-1.4\n"]), "a.pdf");
    expectForeign(await world.respondent.raw(`/api/respond/${token}/attachments`, { method: "POST", body: form, headers: { origin: EVIL } }));
    expect(await storedState(world.app, token)).toMatchObject({ revision: 0, revisions: [], attachmentCount: 0 });
    expect((await world.respondent.put(`/api/respond/${token}/answers`, save, { headers: { origin: world.app.baseUrl } })).status).toBe(200);
  });

  it("accepts PUBLIC_URL's origin behind a proxy that sends another Host", async () => {
    world = await startCampaignWorld(dialect, { config: { publicUrl: "https://afrapport.example.dk" } });
    const { token } = world.municipalities[0]!;
    const save = { baseRevision: 0, answers: { respondentUnit: "Socialforvaltningen" } };
    expect((await world.respondent.put(`/api/respond/${token}/answers`, save, { headers: { origin: "https://afrapport.example.dk" } })).status).toBe(200);
    expectForeign(await world.respondent.put(`/api/respond/${token}/answers`, save, { headers: { origin: "http://afrapport.example.dk" } }));
  });
});
