import { afterEach, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

async function count(app: TestApp, table: "sessions" | "audit_log" | "users" | "rate_limits"): Promise<number> {
  const row = await app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(dialects)("auth on %s", (dialect) => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("signs in with the right password, sets an HttpOnly cookie for the session's lifetime and stores only the session's hash", async () => {
    app = await startTestApp(dialect);
    const user = await app.createUser({ role: "secretariat", regionCode: "1084", email: "Sekretariat@Example.dk" });
    expect(user.email).toBe("sekretariat@example.dk");
    const client = app.client();
    const res = await client.post("/api/auth/login", { email: "SEKRETARIAT@example.dk ", password: user.password });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: user.id, email: "sekretariat@example.dk", name: "Test secretariat", role: "secretariat", regionCode: "1084" });
    expect(res.body.user).not.toHaveProperty("password_hash");
    expect(typeof res.body.csrfToken).toBe("string");
    const setCookie = res.headers.getSetCookie()[0]!;
    // Max-Age = sessionTtlHours (12 in the test app): closing the browser does not sign out.
    expect(setCookie).toMatch(/^afrapport_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; Expires=[^;]+ GMT; HttpOnly; SameSite=Lax$/);
    const value = client.cookies.get("afrapport_session")!;
    const sessions = await app.db.selectFrom("sessions").selectAll().execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.id_hash).not.toContain(value);
    expect(sessions[0]!.id_hash).toMatch(/^[0-9a-f]{64}$/);

    const me = await client.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: res.body.user, csrfToken: res.body.csrfToken });
    const audit = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "auth.login").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details_json).not.toContain(user.password);
  });

  it("sets Secure on the cookie when the public address is https", async () => {
    app = await startTestApp(dialect, { config: { publicUrl: "https://afrapport.example.dk" } });
    const user = await app.createUser({ role: "admin" });
    const res = await app.client().post("/api/auth/login", { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()[0]).toContain("Secure");
  });

  it("gives the same 401 for a wrong password, an unknown email and a disabled user, and audits each without the password", async () => {
    app = await startTestApp(dialect);
    const user = await app.createUser({ role: "admin" });
    const disabled = await app.createUser({ role: "reviewer" });
    await app.db.updateTable("users").set({ disabled_at: new Date().toISOString() }).where("id", "=", disabled.id).execute();
    const client = app.client();
    const attempts = [
      { email: user.email, password: "wrong password 123" },
      { email: "nobody@example.dk", password: "some password 123" },
      { email: disabled.email, password: disabled.password },
    ];
    const bodies = [];
    for (const attempt of attempts) {
      const res = await client.post("/api/auth/login", attempt);
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([]);
      bodies.push(res.body);
    }
    expect(bodies[0]).toEqual({ error: { code: "unauthenticated", message: "The email or password is wrong." } });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(await count(app, "sessions")).toBe(0);
    const failures = await app.db.selectFrom("audit_log").selectAll().where("action", "=", "auth.login_failed").orderBy("id").execute();
    expect(failures.map((f) => JSON.parse(f.details_json).reason)).toEqual(["wrong_password", "unknown_email", "disabled"]);
    for (const f of failures) expect(f.details_json).not.toMatch(/password 123|pw-/);
  });

  it("ends a session after the idle TTL, and slides it while it is used", async () => {
    let now = new Date("2026-12-01T08:00:00.000Z");
    app = await startTestApp(dialect, { now: () => now, config: { sessionTtlHours: 1 } });
    const client = await app.login({ role: "national" });
    now = new Date("2026-12-01T08:50:00.000Z");
    expect((await client.get("/api/auth/me")).status).toBe(200);
    now = new Date("2026-12-01T09:40:00.000Z"); // 1h40 after sign-in, 50 min after the last request
    expect((await client.get("/api/auth/me")).status).toBe(200);
    now = new Date("2026-12-01T10:41:00.000Z"); // 61 min idle
    const expired = await client.get("/api/auth/me");
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("unauthenticated");
    expect(await count(app, "sessions")).toBe(0);
  });

  it("ends a session 7 days after sign-in however active it is", async () => {
    let now = new Date("2026-12-01T08:00:00.000Z");
    app = await startTestApp(dialect, { now: () => now, config: { sessionTtlHours: 12 } });
    const client = await app.login({ role: "national" });
    for (let h = 10; h < 7 * 24; h += 10) {
      now = new Date(Date.parse("2026-12-01T08:00:00.000Z") + h * 3600 * 1000);
      expect((await client.get("/api/auth/me")).status).toBe(200);
    }
    now = new Date(Date.parse("2026-12-01T08:00:00.000Z") + 7 * 24 * 3600 * 1000);
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("logs out: the row is deleted, the cookie cleared, and the old cookie no longer works", async () => {
    app = await startTestApp(dialect);
    const client = await app.login({ role: "admin" });
    const cookie = client.cookies.get("afrapport_session")!;
    const csrf = client.csrfToken!;
    const res = await client.post("/api/auth/logout");
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()).toEqual([expect.stringMatching(/^afrapport_session=; Max-Age=0; Path=\/;.* HttpOnly; SameSite=Lax$/)]);
    expect(await count(app, "sessions")).toBe(0);
    const replay = await app.client().get("/api/auth/me", undefined, { headers: { cookie: `afrapport_session=${cookie}` } });
    expect(replay.status).toBe(401);
    const replayPost = await app.client().post("/api/users", {}, { headers: { cookie: `afrapport_session=${cookie}`, "x-csrf-token": csrf } });
    expect(replayPost.status).toBe(401);
    expect((await app.db.selectFrom("audit_log").select("action").where("action", "=", "auth.logout").execute())).toHaveLength(1);
  });

  it("keeps the cookie as long as the session: renewed with what is left when the session slides, cleared at once on sign-out", async () => {
    let now = new Date("2026-12-01T08:00:00.000Z");
    app = await startTestApp(dialect, { now: () => now, config: { sessionTtlHours: 1 } });
    const user = await app.createUser({ role: "secretariat" });
    const client = app.client();
    const login = await client.post("/api/auth/login", { email: user.email, password: user.password });
    expect(login.headers.getSetCookie()).toEqual([expect.stringContaining("; Max-Age=3600;")]);
    const value = client.cookies.get("afrapport_session");

    now = new Date("2026-12-01T08:00:30.000Z"); // within a minute: the session does not move, nor does the cookie
    expect((await client.get("/api/auth/me")).headers.getSetCookie()).toEqual([]);
    now = new Date("2026-12-01T08:50:00.000Z");
    const slid = await client.get("/api/auth/me");
    expect(slid.status).toBe(200);
    expect(slid.headers.getSetCookie()).toEqual([expect.stringMatching(/^afrapport_session=[A-Za-z0-9_-]{43}; Max-Age=3600; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/)]);
    expect(client.cookies.get("afrapport_session")).toBe(value);

    // Used every 50 minutes until 20 minutes before the absolute end (7 days): the cookie gets only what is left.
    const end = Date.parse("2026-12-01T08:00:00.000Z") + 7 * 24 * 3600 * 1000;
    for (let t = now.getTime() + 50 * 60 * 1000; t < end - 20 * 60 * 1000; t += 50 * 60 * 1000) {
      now = new Date(t);
      expect((await client.get("/api/auth/me")).status).toBe(200);
    }
    now = new Date(end - 20 * 60 * 1000);
    expect((await client.get("/api/auth/me")).headers.getSetCookie()).toEqual([expect.stringContaining("; Max-Age=1200;")]);

    now = new Date(now.getTime() + 2 * 60 * 1000); // the sign-out request also slides: only the clearing is sent
    const out = await client.post("/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()).toEqual([expect.stringMatching(/^afrapport_session=; Max-Age=0;/)]);
    expect(client.cookies.has("afrapport_session")).toBe(false);
  });

  it("stops a disabled user's existing session at once", async () => {
    app = await startTestApp(dialect);
    const client = await app.login({ role: "secretariat" });
    await app.db.updateTable("users").set({ disabled_at: new Date().toISOString() }).where("id", "=", client.user!.id).execute();
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("replaces the browser's earlier session on a new sign-in (no session fixation)", async () => {
    app = await startTestApp(dialect);
    const user = await app.createUser({ role: "admin" });
    const client = app.client();
    await client.post("/api/auth/login", { email: user.email, password: user.password });
    const first = client.cookies.get("afrapport_session");
    await client.post("/api/auth/login", { email: user.email, password: user.password });
    expect(client.cookies.get("afrapport_session")).not.toBe(first);
    expect(await count(app, "sessions")).toBe(1);
  });

  it("refuses a sign-in posted from another site's page (Origin check)", async () => {
    app = await startTestApp(dialect);
    const user = await app.createUser({ role: "admin" });
    const res = await app.client().post("/api/auth/login", { email: user.email, password: user.password }, { headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("foreign_origin");
    const ok = await app.client().post("/api/auth/login", { email: user.email, password: user.password }, { headers: { origin: app.baseUrl } });
    expect(ok.status).toBe(200);
  });

  it("accepts a sign-in whose Origin is the host it was sent to, even when PUBLIC_URL names another", async () => {
    app = await startTestApp(dialect, { config: { publicUrl: "http://localhost:3000" } });
    const user = await app.createUser({ role: "admin" });
    const ok = await app.client().post("/api/auth/login", { email: user.email, password: user.password }, { headers: { origin: app.baseUrl } });
    expect(ok.status).toBe(200);
    for (const origin of ["null", "http://127.0.0.1.evil.example", "https://localhost:3000"]) {
      const res = await app.client().post("/api/auth/login", { email: user.email, password: user.password }, { headers: { origin } });
      expect(res.status, origin).toBe(403);
    }
  });

  it("ignores garbage and unknown session cookies", async () => {
    app = await startTestApp(dialect);
    for (const cookie of ["afrapport_session=abc", `afrapport_session=${"A".repeat(43)}`, "afrapport_session=%E0%A4%A", "other=1"]) {
      const res = await app.client().get("/api/auth/me", undefined, { headers: { cookie } });
      expect(res.status).toBe(401);
    }
  });
});
