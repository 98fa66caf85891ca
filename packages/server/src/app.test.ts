import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { createTestDatabase, dialects } from "./test-support/dialects.js";
import { dropTestDatabase, startTestApp, type TestApp, type TestResponse } from "./test-support/test-app.js";

/** Everything a bad request could have changed. */
async function snapshot(app: TestApp) {
  const users = await app.db.selectFrom("users").selectAll().orderBy("id").execute();
  const sessions = await app.db.selectFrom("sessions").select(["id_hash", "user_id", "csrf_token"]).orderBy("id_hash").execute();
  const audit = await app.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
  return { users, sessions, audit };
}

function expectErrorShape(res: TestResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  expect(Object.keys(res.body.error).every((k) => ["code", "message", "field"].includes(k))).toBe(true);
}

const validUser = { email: "ny@example.dk", name: "Ny Bruger", role: "reviewer", password: "a long enough password" };

describe.each(dialects)("the app's HTTP edge on %s", (dialect) => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("sends the security headers on API responses and hides x-powered-by", async () => {
    app = await startTestApp(dialect);
    const res = await app.client().get("/api/auth/me");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers unknown API paths with a JSON 404", async () => {
    app = await startTestApp(dialect);
    const res = await app.client().get("/api/no/such/thing?x=1");
    expectErrorShape(res, 404, "not_found");
    expect(res.body.error.message).toBe("There is no GET /api/no/such/thing.");
    expectErrorShape(await app.client().put("/api/auth/me", {}), 404, "not_found");
  });

  describe("CSRF", () => {
    it("refuses a signed-in POST without the header, or with a wrong one, and changes nothing", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      const missing = await admin.post("/api/users", validUser, { csrf: false });
      expectErrorShape(missing, 403, "csrf_failed");
      const wrong = await admin.post("/api/users", validUser, { csrf: `${admin.csrfToken!.slice(0, -1)}x` });
      expectErrorShape(wrong, 403, "csrf_failed");
      const short = await admin.post("/api/users", validUser, { csrf: "x" });
      expectErrorShape(short, 403, "csrf_failed");
      const logout = await admin.post("/api/auth/logout", undefined, { csrf: false });
      expectErrorShape(logout, 403, "csrf_failed");
      expect(await snapshot(app)).toEqual(before);
      const right = await admin.post("/api/users", validUser);
      expect(right.status).toBe(201);
    });

    it("does not let a trailing slash or capitals dodge the check", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      expectErrorShape(await admin.post("/api/users/", validUser, { csrf: false }), 403, "csrf_failed");
      expectErrorShape(await admin.post("/API/USERS", validUser, { csrf: false }), 403, "csrf_failed");
    });

    it("exempts /api/respond/ (capability token in the URL) even when a session cookie is sent", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      // No respond route here (the domain mounts them); reaching the JSON 404 shows CSRF let it through.
      expectErrorShape(await admin.post("/api/respond/some-token/save", {}, { csrf: false }), 404, "not_found");
    });
  });

  describe("role checks", () => {
    it("answers 401 without a session and 403 for the wrong role; admin passes every check", async () => {
      app = await startTestApp(dialect);
      expectErrorShape(await app.client().get("/api/users"), 401, "unauthenticated");
      expectErrorShape(await app.client().post("/api/users", validUser), 401, "unauthenticated");
      for (const role of ["secretariat", "reviewer", "national"] as const) {
        const client = await app.login({ role });
        expectErrorShape(await client.get("/api/users"), 403, "forbidden");
        expectErrorShape(await client.post("/api/users", validUser), 403, "forbidden");
      }
      const reviewer = await app.login({ role: "reviewer" });
      expectErrorShape(await reviewer.get("/api/audit"), 403, "forbidden");
      const admin = await app.login({ role: "admin" });
      expect((await admin.get("/api/users")).status).toBe(200);
      expect((await admin.get("/api/audit")).status).toBe(200);
    });
  });

  describe("bad bodies: a 4xx in the one error shape, and the stored data unchanged", () => {
    it("malformed JSON → 400 malformed_json", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      const res = await admin.raw("/api/users", { method: "POST", headers: { "content-type": "application/json" }, body: '{"email": "a@b.dk",' });
      expectErrorShape(res, 400, "malformed_json");
      const scalar = await admin.raw("/api/users", { method: "POST", headers: { "content-type": "application/json" }, body: '"just a string"' });
      expectErrorShape(scalar, 400, "malformed_json");
      expect(await snapshot(app)).toEqual(before);
    });

    it("a body over 1 MB → 413 payload_too_large", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      const res = await admin.post("/api/users", { ...validUser, name: "x".repeat(1024 * 1024 + 10) });
      expectErrorShape(res, 413, "payload_too_large");
      const login = await app.client().post("/api/auth/login", { email: "a@b.dk", password: "y".repeat(1024 * 1024) });
      expectErrorShape(login, 413, "payload_too_large");
      expect(await snapshot(app)).toEqual(before);
    });

    it("a non-JSON body → 415 unsupported_media_type, also when the text looks like JSON", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/xml"]) {
        const res = await admin.raw("/api/users", { method: "POST", headers: { "content-type": type }, body: JSON.stringify(validUser) });
        expectErrorShape(res, 415, "unsupported_media_type");
      }
      const noType = await admin.raw("/api/users", { method: "POST", body: new Blob([JSON.stringify(validUser)]) });
      expectErrorShape(noType, 415, "unsupported_media_type");
      const latin1 = await admin.raw("/api/users", { method: "POST", headers: { "content-type": "application/json; charset=iso-8859-1" }, body: JSON.stringify(validUser) });
      expectErrorShape(latin1, 415, "unsupported_media_type");
      const login = await app.client().raw("/api/auth/login", { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" });
      expectErrorShape(login, 415, "unsupported_media_type");
      expect(await snapshot(app)).toEqual(before);
      const merge = await admin.raw("/api/users", { method: "POST", headers: { "content-type": "application/merge-patch+json" }, body: JSON.stringify(validUser) });
      expect(merge.status).toBe(201);
    });

    it("an unknown field → 400 naming it", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      const res = await admin.post("/api/users", { ...validUser, isAdmin: true });
      expectErrorShape(res, 400, "validation_failed");
      expect(res.body.error.field).toBe("isAdmin");
      const login = await app.client().post("/api/auth/login", { email: "a@b.dk", password: "x", remember: true });
      expectErrorShape(login, 400, "validation_failed");
      expect(login.body.error.field).toBe("remember");
      expect(await snapshot(app)).toEqual(before);
    });

    it("a __proto__ key anywhere → 400, and nothing is polluted", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      for (const body of [
        `{"__proto__": {"role": "admin"}, "email": "p@example.dk"}`,
        `{"email": "p@example.dk", "name": {"constructor": {"prototype": {"polluted": true}}}}`,
      ]) {
        const res = await admin.raw("/api/users", { method: "POST", headers: { "content-type": "application/json" }, body });
        expectErrorShape(res, 400, "validation_failed");
        expect(res.body.error.field).toMatch(/__proto__|constructor/);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).role).toBeUndefined();
      expect(await snapshot(app)).toEqual(before);
    });

    it("a wrong type or missing field → 400 naming it", async () => {
      app = await startTestApp(dialect);
      const admin = await app.login({ role: "admin" });
      const before = await snapshot(app);
      const cases: [unknown, string][] = [
        [{ ...validUser, email: "not an email" }, "email"],
        [{ ...validUser, role: "king" }, "role"],
        [{ ...validUser, password: "short" }, "password"],
        [{ ...validUser, role: "secretariat" }, "regionCode"],
        [{ ...validUser, role: "secretariat", regionCode: "1099" }, "regionCode"],
        [{ email: "x@example.dk" }, "name"],
      ];
      for (const [body, field] of cases) {
        const res = await admin.post("/api/users", body);
        expectErrorShape(res, 400, "validation_failed");
        expect(res.body.error.field, JSON.stringify(body)).toBe(field);
      }
      const noBody = await admin.post("/api/users");
      expectErrorShape(noBody, 400, "validation_failed");
      expect(await snapshot(app)).toEqual(before);
    });
  });
});

describe("serving the built front end", () => {
  it("serves files, falls back to index.html for app routes, and keeps /api JSON", async () => {
    const [dialect] = dialects;
    const database = await createTestDatabase(dialect!);
    const dir = mkdtempSync(join(tmpdir(), "afrapport-static-"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Afrapport</title>");
    writeFileSync(join(dir, "app.js"), "console.log(1)");
    const server = createServer(
      createApp({
        db: database.db,
        config: { port: 0, host: "127.0.0.1", database: { dialect: "sqlite", path: ":memory:" }, publicUrl: "http://127.0.0.1", sessionTtlHours: 1, maxUploadBytes: 1, attachmentQuota: { perResponseBytes: 1, perCampaignBytes: 1 }, trustProxy: false, linkKey: Buffer.alloc(32) },
        staticDir: dir,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const js = await fetch(`${base}/app.js`);
      expect(js.status).toBe(200);
      expect(await js.text()).toBe("console.log(1)");
      const page = await fetch(`${base}/kampagner/123`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<title>Afrapport</title>");
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(page.headers.get("referrer-policy")).toBe("no-referrer");
      const api = await fetch(`${base}/api/nothing`);
      expect(api.status).toBe(404);
      expect(await api.json()).toEqual({ error: { code: "not_found", message: "There is no GET /api/nothing." } });
      const post = await fetch(`${base}/kampagner`, { method: "POST" });
      expect(post.status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await dropTestDatabase(database);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
