import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient, type TestResponse } from "../../test-support/test-app.js";
import { CALLBACK_PATH } from "./oidc-client.js";
import { PENDING_COOKIE } from "./pending-sign-in.js";
import { signInAtProvider, startOidcTestProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type OidcTestProvider } from "./oidc-test-provider.js";

// Every case against a real OpenID provider (oidc-provider) on a local port; the app runs on SQLite.

let provider: OidcTestProvider;
let app: TestApp;

beforeAll(async () => {
  provider = await startOidcTestProvider();
  app = await startTestApp("sqlite", { config: { oidc: provider.config() } });
  provider.addClient({ clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri: app.baseUrl + CALLBACK_PATH, postLogoutRedirectUri: `${app.baseUrl}/sekretariat/log-ind` });
  provider.accounts.set("anna", { email: "anna@aarhus.dk", name: "Anna Andersen", groups: ["g-sekretariat", "g-midt"] });
  provider.accounts.set("bo", { email: "bo@rm.dk", name: "Bo Berg", groups: ["g-reviewer"] });
  provider.accounts.set("carl", { email: "carl@gmail.com", name: "Carl", groups: ["g-sekretariat", "g-midt"] });
  provider.accounts.set("dora", { email: "dora@aarhus.dk", emailVerified: false, groups: ["g-reviewer"] });
  provider.accounts.set("eva", { email: "eva@aarhus.dk", name: "Eva", groups: ["g-ukendt"] });
  provider.accounts.set("frida", { email: "frida@rm.dk", name: "Frida", groups: [] });
});

afterAll(async () => {
  await app?.close();
  await provider?.stop();
});

const createMode = () =>
  provider.config({
    provisioning: "create",
    roleClaim: "groups",
    roleMap: [
      { claimValue: "g-sekretariat", value: "secretariat" },
      { claimValue: "g-reviewer", value: "reviewer" },
    ],
    regionClaim: "groups",
    regionMap: [{ claimValue: "g-midt", value: "1082" }],
  });

beforeEach(() => {
  app.config.oidc = provider.config();
  provider.tamperIdToken = undefined;
});

/** GET /api/auth/oidc/start; returns the provider's authorization URL it redirects to. */
async function start(client: TestClient, tilbage?: string): Promise<string> {
  const response = await client.get(`/api/auth/oidc/start${tilbage === undefined ? "" : `?tilbage=${encodeURIComponent(tilbage)}`}`);
  expect(response.status).toBe(302);
  const location = response.headers.get("location")!;
  expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
  return location;
}

/** Signs in at the provider as `login`; returns the callback path (with code and state) it sends back to. */
async function atProvider(authorizationUrl: string, login: string): Promise<string> {
  const callback = await signInAtProvider(authorizationUrl, login, app.baseUrl + CALLBACK_PATH);
  return callback.slice(app.baseUrl.length);
}

async function signIn(login: string, client = app.client()): Promise<{ client: TestClient; response: TestResponse }> {
  const response = await client.get(await atProvider(await start(client), login));
  return { client, response };
}

/** The sign-in page's error code in a redirect, and that no session came with it. */
async function expectRefused(client: TestClient, response: TestResponse, code: string, detail?: RegExp): Promise<void> {
  expect(response.status).toBe(302);
  expect(new URL(response.headers.get("location")!, app.baseUrl).pathname).toBe("/sekretariat/log-ind");
  expect(new URL(response.headers.get("location")!, app.baseUrl).searchParams.get("sso-fejl")).toBe(code);
  expect(response.headers.getSetCookie().some((c) => c.startsWith("afrapport_session=") && !c.startsWith("afrapport_session=;"))).toBe(false);
  expect((await client.get("/api/auth/me")).status).toBe(401);
  const audit = await app.db.selectFrom("audit_log").select("details_json").where("action", "=", "auth.login_failed").orderBy("id", "desc").executeTakeFirst();
  expect(JSON.parse(audit!.details_json)).toMatchObject({ method: "oidc", reason: code });
  if (detail !== undefined) expect(JSON.parse(audit!.details_json).detail).toMatch(detail);
}

/** A user as an admin invites one: no password yet, so a first SSO sign-in with the same e-mail may link it. */
async function invitedUser(target: TestApp, user: Parameters<TestApp["createUser"]>[0]): Promise<{ id: string }> {
  const created = await target.createUser(user);
  await target.db.updateTable("users").set({ password_hash: "" }).where("id", "=", created.id).execute();
  return created;
}

describe("GET /api/auth/methods", () => {
  it("names the organisation for the button when SSO is configured, and says so when it is not", async () => {
    const configured = await app.client().get("/api/auth/methods");
    expect(configured.body).toEqual({
      password: true,
      sso: { displayName: "Testorganisationen", startPath: "/api/auth/oidc/start", logoutPath: "/api/auth/oidc/logout" },
    });
    delete app.config.oidc;
    expect((await app.client().get("/api/auth/methods")).body).toEqual({ password: true, sso: null });
    expect((await app.client().get("/api/auth/oidc/start")).status).toBe(404);
    expect((await app.client().get("/api/auth/oidc/callback?code=x&state=y")).status).toBe(404);
  });
});

describe("signing in through the provider", () => {
  it("creates the user with the role and region its groups give, with no password, and signs in with the same session, CSRF and audit as a password sign-in", async () => {
    app.config.oidc = createMode();
    const { client, response } = await signIn("anna");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/sekretariat");
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`${PENDING_COOKIE}=;`))).toBe(true);

    const me = await client.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: "anna@aarhus.dk", name: "Anna Andersen", role: "secretariat", regionCode: "1082" });
    // The session's CSRF token guards writes as after a password sign-in.
    expect((await client.post("/api/auth/logout", undefined, { csrf: false })).status).toBe(403);

    const user = await app.db.selectFrom("users").selectAll().where("email", "=", "anna@aarhus.dk").executeTakeFirstOrThrow();
    expect(user.password_hash).toBe("");
    const password = await app.client().post("/api/auth/login", { email: "anna@aarhus.dk", password: "" + "any password at all" });
    expect(password.status).toBe(401);
    const identity = await app.db.selectFrom("user_identities").selectAll().where("user_id", "=", user.id).executeTakeFirstOrThrow();
    expect(identity).toMatchObject({ issuer: provider.issuer, subject: "anna", email: "anna@aarhus.dk" });
    const login = await app.db.selectFrom("audit_log").select("details_json").where("action", "=", "auth.login").where("actor", "=", user.id).executeTakeFirstOrThrow();
    expect(JSON.parse(login.details_json)).toMatchObject({ method: "oidc", issuer: provider.issuer, email: "anna@aarhus.dk" });

    // Again: the same user, found by the provider account.
    const again = await signIn("anna");
    expect((await again.client.get("/api/auth/me")).body.user.id).toBe(user.id);
    expect(await app.db.selectFrom("users").select("id").where("email", "=", "anna@aarhus.dk").execute()).toHaveLength(1);
  });

  it("links an invited user by the verified e-mail address (invite-only), and applies the role its groups give", async () => {
    const invited = await invitedUser(app, { role: "national", email: "bo@rm.dk", name: "Bo fra invitationen" });
    const { client, response } = await signIn("bo");
    expect(response.headers.get("location")).toBe("/sekretariat");
    expect((await client.get("/api/auth/me")).body.user).toMatchObject({ id: invited.id, role: "national" });
    expect(await app.db.selectFrom("user_identities").selectAll().where("user_id", "=", invited.id).execute()).toHaveLength(1);

    app.config.oidc = { ...createMode(), provisioning: "invite-only" };
    const mapped = await signIn("bo");
    expect((await mapped.client.get("/api/auth/me")).body.user).toMatchObject({ id: invited.id, role: "reviewer" });
    // The role changed: the user's earlier session ended, as when an admin changes it.
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("closes the invitation of an invited user at the first sign-in, so the admin sees them active and the set-password link is spent", async () => {
    const admin = await app.login({ role: "admin" });
    const invited = await admin.post("/api/users/invitations", { email: "hanne@aarhus.dk", name: "Hanne", role: "reviewer" });
    expect(invited.status).toBe(201);
    expect(invited.body.user.status).toBe("invited");
    provider.accounts.set("hanne", { email: "hanne@aarhus.dk", name: "Hanne H." });
    const { client } = await signIn("hanne");
    expect((await client.get("/api/auth/me")).body.user.id).toBe(invited.body.user.id);
    const listed = (await admin.get("/api/users")).body.users.find((u: { id: string }) => u.id === invited.body.user.id);
    expect(listed).toMatchObject({ status: "active", hasPassword: false, invitation: null });
    const token = new URL(invited.body.invitation.url).pathname.split("/").pop();
    const link = await app.client().get(`/api/user-invitations/${token}`);
    expect(link.status).toBe(410);
    expect(link.body.reason).toBe("used");
  });

  it("returns to the workspace page it was asked for, never to another site", async () => {
    app.config.oidc = createMode();
    const client = app.client();
    const back = await client.get(await atProvider(await start(client, "/sekretariat/kampagner/abc/status"), "anna"));
    expect(back.headers.get("location")).toBe("/sekretariat/kampagner/abc/status");
    for (const evil of ["//evil.example/x", "https://evil.example", "/\\evil.example", "/sekretariat//evil.example"]) {
      const other = app.client();
      const response = await other.get(await atProvider(await start(other, evil), "anna"));
      expect(response.headers.get("location")).toBe("/sekretariat");
    }
  });

  it("offers the provider's sign-out after signing out here", async () => {
    const response = await app.client().get("/api/auth/oidc/logout");
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get("location")!);
    expect(target.origin).toBe(provider.issuer);
    expect(target.searchParams.get("client_id")).toBe(TEST_CLIENT_ID);
    expect(target.searchParams.get("post_logout_redirect_uri")).toBe(`${app.baseUrl}/sekretariat/log-ind`);
    const page = await fetch(target, { redirect: "manual" });
    expect(page.status).toBe(200);
  });
});

describe("refusals: a clear code for the sign-in page and no session", () => {
  it("a wrong state", async () => {
    const client = app.client();
    const callback = await atProvider(await start(client), "anna");
    const url = new URL(callback, app.baseUrl);
    url.searchParams.set("state", "not-the-state-this-browser-got");
    await expectRefused(client, await client.get(url.pathname + url.search), "state");
  });

  it("a missing state: the callback in a browser that never started a sign-in", async () => {
    const callback = await atProvider(await start(app.client()), "anna");
    const stranger = app.client();
    await expectRefused(stranger, await stranger.get(callback), "state");
  });

  it("a pending sign-in older than ten minutes", async () => {
    let now = new Date();
    const clocked = await startTestApp("sqlite", { now: () => now, config: { oidc: provider.config(), publicUrl: app.baseUrl } });
    try {
      const client = clocked.client();
      const started = await client.get("/api/auth/oidc/start");
      now = new Date(now.getTime() + 11 * 60 * 1000);
      const callback = new URL(await signInAtProvider(started.headers.get("location")!, "anna", app.baseUrl + CALLBACK_PATH));
      const response = await client.get(callback.pathname + callback.search);
      expect(new URL(response.headers.get("location")!, app.baseUrl).searchParams.get("sso-fejl")).toBe("state");
      expect(await clocked.db.selectFrom("sessions").selectAll().execute()).toHaveLength(0);
    } finally {
      await clocked.close();
    }
  });

  it("a replayed code", async () => {
    await invitedUser(app, { role: "reviewer", email: "anna@aarhus.dk" }).catch(() => undefined);
    const client = app.client();
    const callback = await atProvider(await start(client), "anna");
    const pending = client.cookies.get(PENDING_COOKIE)!;
    expect((await client.get(callback)).headers.get("location")).toBe("/sekretariat");
    // The same callback, cookie and all, sent again (from another browser that copied both).
    const replay = app.client();
    replay.cookies.set(PENDING_COOKIE, pending);
    await expectRefused(replay, await replay.get(callback), "code_rejected", /invalid_grant/);
  });

  it("an ID token for another audience", async () => {
    provider.tamperIdToken = (claims) => ({ ...claims, aud: "another-application" });
    const { client, response } = await signIn("anna");
    await expectRefused(client, response, "token_invalid", /"aud"/);
  });

  it("an expired ID token", async () => {
    const now = Math.floor(Date.now() / 1000);
    provider.tamperIdToken = (claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 });
    const { client, response } = await signIn("anna");
    await expectRefused(client, response, "token_invalid", /"exp"/);
  });

  it("an e-mail domain that is not allowed", async () => {
    app.config.oidc = createMode();
    const { client, response } = await signIn("carl");
    await expectRefused(client, response, "domain_not_allowed");
    expect(await app.db.selectFrom("users").select("id").where("email", "=", "carl@gmail.com").execute()).toHaveLength(0);
  });

  it("an address the provider does not vouch for", async () => {
    app.config.oidc = createMode();
    const { client, response } = await signIn("dora");
    await expectRefused(client, response, "email_missing");
  });

  it("a user who was not invited (invite-only)", async () => {
    const { client, response } = await signIn("eva");
    await expectRefused(client, response, "not_invited");
    expect(await app.db.selectFrom("users").select("id").where("email", "=", "eva@aarhus.dk").execute()).toHaveLength(0);
  });

  it("an account with a password, or linked to another account there already: never taken over by e-mail", async () => {
    const { id } = await app.createUser({ role: "admin", email: "helle@rm.dk", name: "Helle med adgangskode" });
    provider.accounts.set("helle", { email: "helle@rm.dk", name: "Helle" });
    const { client, response } = await signIn("helle");
    await expectRefused(client, response, "account_not_linkable");
    expect(await app.db.selectFrom("user_identities").selectAll().where("user_id", "=", id).execute()).toHaveLength(0);

    // a second account at the provider showing the address of a user linked already (a reused address)
    const linked = await invitedUser(app, { role: "reviewer", email: "ida@rm.dk" });
    provider.accounts.set("ida", { email: "ida@rm.dk", name: "Ida" });
    expect((await signIn("ida")).response.headers.get("location")).toBe("/sekretariat");
    provider.accounts.set("ida-ny", { email: "ida@rm.dk", name: "Ida, ny konto" });
    const again = await signIn("ida-ny");
    await expectRefused(again.client, again.response, "account_not_linkable");
    expect(await app.db.selectFrom("user_identities").select("subject").where("user_id", "=", linked.id).execute()).toEqual([{ subject: "ida" }]);
  });

  it("someone the provider's groups no longer give a role: refused, not left with the old one", async () => {
    const { id } = await invitedUser(app, { role: "secretariat", regionCode: "1082", email: "jens@rm.dk" });
    provider.accounts.set("jens", { email: "jens@rm.dk", name: "Jens", groups: ["g-sekretariat", "g-midt"] });
    app.config.oidc = { ...createMode(), provisioning: "invite-only" };
    expect((await signIn("jens")).response.headers.get("location")).toBe("/sekretariat");
    provider.accounts.set("jens", { email: "jens@rm.dk", name: "Jens", groups: [] });
    const { client, response } = await signIn("jens");
    await expectRefused(client, response, "no_role");
    expect(await app.db.selectFrom("users").select("role").where("id", "=", id).executeTakeFirst()).toEqual({ role: "secretariat" });
  });

  it("a new user whose groups give no role (create)", async () => {
    app.config.oidc = createMode();
    const { client, response } = await signIn("frida");
    await expectRefused(client, response, "no_role");
  });

  it("a user disabled in Afrapport, whatever the provider says – also once linked", async () => {
    const { id } = await invitedUser(app, { role: "reviewer", email: "gerda@aarhus.dk" });
    provider.accounts.set("gerda", { email: "gerda@aarhus.dk", name: "Gerda" });
    const first = await signIn("gerda");
    expect(first.response.headers.get("location")).toBe("/sekretariat");
    await app.db.updateTable("users").set({ disabled_at: new Date().toISOString() }).where("id", "=", id).execute();
    const { client, response } = await signIn("gerda");
    await expectRefused(client, response, "disabled");
  });

  it("the provider refusing the sign-in (the person cancelled)", async () => {
    const client = app.client();
    const authorization = new URL(await start(client));
    const state = authorization.searchParams.get("state")!;
    const response = await client.get(`${CALLBACK_PATH}?error=access_denied&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(provider.issuer)}`);
    await expectRefused(client, response, "provider_refused");
  });

  it("a provider that is down at the start (discovery)", async () => {
    const down = await startOidcTestProvider();
    await down.stop();
    app.config.oidc = down.config();
    const client = app.client();
    const response = await client.get("/api/auth/oidc/start");
    await expectRefused(client, response, "provider_unavailable");
  });

  it("a provider whose token endpoint is down by the time the person comes back", async () => {
    const flaky = await startOidcTestProvider();
    const other = await startTestApp("sqlite", { config: { oidc: flaky.config() } });
    try {
      flaky.addClient({ clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri: other.baseUrl + CALLBACK_PATH });
      flaky.accounts.set("anna", { email: "anna@aarhus.dk" });
      await invitedUser(other, { role: "reviewer", email: "anna@aarhus.dk" });
      const client = other.client();
      const started = await client.get("/api/auth/oidc/start");
      const callback = new URL(await signInAtProvider(started.headers.get("location")!, "anna", other.baseUrl + CALLBACK_PATH));
      await flaky.stop();
      const response = await client.get(callback.pathname + callback.search);
      expect(new URL(response.headers.get("location")!, other.baseUrl).searchParams.get("sso-fejl")).toBe("provider_unavailable");
      expect((await client.get("/api/auth/me")).status).toBe(401);
      expect(await other.db.selectFrom("sessions").selectAll().execute()).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
