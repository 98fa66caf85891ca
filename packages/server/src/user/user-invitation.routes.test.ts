import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { testClock, type Clock } from "../campaign/campaign-test-kit.js";
import type { OutgoingMail } from "../mail/mail-sender.js";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { startSmtpServer } from "../mail/smtp-test-server.js";
import { sendDueInvitationMail, sendInvitationMailNow } from "./user-invitation-mail.js";

// Issue 13, item 9: an admin invites people by e-mail; they choose a password through a one-time link.

const tokenOf = (url: string) => url.split("/adgangskode/").pop()!;

/** Every text value stored in any table, to show no working set-password link rests in the database. */
async function everyStoredText(app: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of await app.db.introspection.getTables()) {
    for (const column of table.columns) {
      if (!/char|text|clob|json/i.test(column.dataType)) continue;
      const rows = await sql<{ v: unknown }>`select ${sql.ref(column.name)} as v from ${sql.table(table.name)}`.execute(app.db);
      for (const row of rows.rows) if (typeof row.v === "string") parts.push(row.v);
    }
  }
  return parts.join("\n");
}

function expectStatus201(response: { status: number; text: string }): void {
  if (response.status !== 201) throw new Error(`expected HTTP 201, got ${response.status}: ${response.text}`);
}

describe.each(dialects)("user invitations on %s", (dialect) => {
  let app: TestApp | undefined;
  let clock: Clock;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function start(): Promise<{ app: TestApp; admin: TestClient }> {
    clock = testClock(new Date("2026-12-14T10:00:00.000Z"));
    app = await startTestApp(dialect, { now: clock.now });
    return { app, admin: await app.login({ role: "admin" }) };
  }

  it("invites a reviewer with an organisation, mails a one-time link kept only sealed, and signs the person in when they choose a password", async () => {
    const { app, admin } = await start();
    const invited = await admin.post("/api/users/invitations", {
      email: " Mette@Aarhus.DK ",
      name: "Mette Holm",
      role: "reviewer",
      regionCode: "1082",
      organisation: "Aarhus Kommune",
    });
    expect(invited.status).toBe(201);
    expect(invited.body.user).toMatchObject({
      email: "mette@aarhus.dk",
      role: "reviewer",
      regionCode: "1082",
      organisation: "Aarhus Kommune",
      status: "invited",
      hasPassword: false,
      invitation: { expiresAt: "2026-12-21T10:00:00.000Z", sentAt: null, expired: false },
    });
    const { url } = invited.body.invitation as { url: string };
    expect(url).toBe(`${app.baseUrl}/adgangskode/${tokenOf(url)}`);
    const token = tokenOf(url);

    // the database keeps the token's hash and a sealed copy for the waiting mail, never the token
    expect(await everyStoredText(app)).not.toContain(token);
    const row = await app.db.selectFrom("users").select("password_hash").where("email", "=", "mette@aarhus.dk").executeTakeFirstOrThrow();
    expect(row.password_hash).toBe("");

    // an invited account has no password: nothing signs it in
    const stranger = app.client();
    for (const password of ["x", " ", "correct horse battery"]) {
      expect((await stranger.post("/api/auth/login", { email: "mette@aarhus.dk", password })).status).toBe(401);
    }

    // the mail goes through the mail transport with the link; once sent, the sealed copy is gone
    const sent: OutgoingMail[] = [];
    const transport = { send: async (mail: OutgoingMail) => void sent.push(mail), close: () => undefined };
    expect(await sendDueInvitationMail({ db: app.db, transport, from: "afrapport@region.dk", links: app.config, now: clock.now, log: () => undefined })).toEqual({ sent: 1, failed: 0 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "mette@aarhus.dk", subject: "Du er inviteret til Afrapport – vælg din adgangskode" });
    expect(sent[0]!.text).toContain(`\n${url}\n`);
    expect(sent[0]!.text).toMatch(/^Kære Mette Holm\n/);
    expect(sent[0]!.text).toContain("referencegruppe, Region Midtjylland, Aarhus Kommune");
    const stored = await app.db.selectFrom("user_invitations").selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ link_sealed: null, sent_at: "2026-12-14T10:00:00.000Z" });
    expect(await sendDueInvitationMail({ db: app.db, transport, from: "afrapport@region.dk", links: app.config, now: clock.now })).toEqual({ sent: 0, failed: 0 });

    const listed = await admin.get("/api/users");
    expect(listed.body.users.find((u: { email: string }) => u.email === "mette@aarhus.dk").invitation.sentAt).toBe("2026-12-14T10:00:00.000Z");

    const person = app.client();
    const shown = await person.get(`/api/user-invitations/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body.invitation).toEqual({ email: "mette@aarhus.dk", name: "Mette Holm", expiresAt: "2026-12-21T10:00:00.000Z" });

    const weak = await person.post(`/api/user-invitations/${token}`, { password: "kort" });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: "validation_failed", field: "password" });

    const accepted = await person.post(`/api/user-invitations/${token}`, { password: "en lang og god adgangskode" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ email: "mette@aarhus.dk", role: "reviewer" });
    const me = await person.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe("mette@aarhus.dk");

    // once: the link is spent
    const again = await app.client().post(`/api/user-invitations/${token}`, { password: "en anden lang adgangskode" });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ error: { code: "link_revoked" }, reason: "used" });
    expect((await app.client().get(`/api/user-invitations/${token}`)).body.reason).toBe("used");

    expect((await app.client().post("/api/auth/login", { email: "mette@aarhus.dk", password: "en lang og god adgangskode" })).status).toBe(200);
    const user = (await admin.get("/api/users")).body.users.find((u: { email: string }) => u.email === "mette@aarhus.dk");
    expect(user).toMatchObject({ status: "active", hasPassword: true, invitation: null });

    const audit = await app.db.selectFrom("audit_log").select("action").where("subject_id", "=", user.id).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["user.created", "user.invited", "auth.login_failed", "auth.login_failed", "auth.login_failed", "user.invitation_sent", "user.password_set", "auth.login", "auth.login"]);
    expect(await everyStoredText(app)).not.toContain("en lang og god adgangskode");
  });

  it("refuses an expired link, an unknown one and one replaced by a resent invitation, each with its reason", async () => {
    const { app, admin } = await start();
    const first = await admin.post("/api/users/invitations", { email: "a@kommune.dk", name: "A", role: "reviewer" });
    expect(first.status).toBe(201);
    const firstToken = tokenOf(first.body.invitation.url);

    const resent = await admin.post(`/api/users/${first.body.user.id}/invitation`);
    expect(resent.status).toBe(201);
    const secondToken = tokenOf(resent.body.invitation.url);
    expect(secondToken).not.toBe(firstToken);
    const replaced = await app.client().post(`/api/user-invitations/${firstToken}`, { password: "en lang og god adgangskode" });
    expect(replaced.status).toBe(410);
    expect(replaced.body.reason).toBe("used");

    clock.advance(7 * 24 * 3600 * 1000);
    const expired = await app.client().post(`/api/user-invitations/${secondToken}`, { password: "en lang og god adgangskode" });
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: { code: "link_revoked" }, reason: "expired" });
    const laterAdmin = await app.login({ role: "admin" }); // the first one's session ran out meanwhile
    expect((await laterAdmin.get("/api/users")).body.users.find((u: { email: string }) => u.email === "a@kommune.dk")).toMatchObject({
      status: "invited",
      invitation: { expired: true },
    });

    for (const token of ["not-a-token", "A".repeat(43)]) {
      const unknown = await app.client().get(`/api/user-invitations/${token}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe("link_invalid");
    }
    expect((await app.db.selectFrom("users").select("password_hash").where("email", "=", "a@kommune.dk").executeTakeFirstOrThrow()).password_hash).toBe("");
  });

  it("keeps a disabled invited user out, and enables them again with the link still working", async () => {
    const { app, admin } = await start();
    const invited = await admin.post("/api/users/invitations", { email: "b@region.dk", name: "B", role: "secretariat", regionCode: "1081" });
    const token = tokenOf(invited.body.invitation.url);
    expect((await admin.patch(`/api/users/${invited.body.user.id}`, { disabled: true })).body.user.status).toBe("disabled");
    const refused = await app.client().post(`/api/user-invitations/${token}`, { password: "en lang og god adgangskode" });
    expect(refused.status).toBe(410);
    expect(refused.body.reason).toBe("disabled");
    const resend = await admin.post(`/api/users/${invited.body.user.id}/invitation`);
    expect(resend.status).toBe(409);
    expect((await admin.patch(`/api/users/${invited.body.user.id}`, { disabled: false })).body.user.status).toBe("invited");
    expect((await app.client().post(`/api/user-invitations/${token}`, { password: "en lang og god adgangskode" })).status).toBe(200);
  });

  it("refuses bad invitations, naming the field, and creates nothing", async () => {
    const { app, admin } = await start();
    const existing = await app.createUser({ role: "reviewer", email: "taken@example.dk" });
    const before = await app.db.selectFrom("users").selectAll().orderBy("id").execute();
    const cases: [unknown, number, string, string | undefined][] = [
      [{ email: "TAKEN@example.dk", name: "X", role: "reviewer" }, 409, "already_exists", "email"],
      [{ email: "ny@example.dk", name: "X", role: "superuser" }, 400, "validation_failed", "role"],
      [{ email: "ny@example.dk", name: "X", role: "reviewer", regionCode: "9999" }, 400, "validation_failed", "regionCode"],
      [{ email: "ny@example.dk", name: "X", role: "secretariat" }, 400, "validation_failed", "regionCode"],
      [{ email: "ny@example.dk", name: "X", role: "secretariat", regionCode: null }, 400, "validation_failed", "regionCode"],
      [{ email: "ikke en adresse", name: "X", role: "reviewer" }, 400, "validation_failed", "email"],
      [{ email: "ny@example.dk", name: " ", role: "reviewer" }, 400, "validation_failed", "name"],
      [{ email: "ny@example.dk", name: "X", role: "reviewer", organisation: "x".repeat(201) }, 400, "validation_failed", "organisation"],
      [{ email: "ny@example.dk", name: "X", role: "reviewer", password: "sneaked in" }, 400, "validation_failed", "password"],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await admin.post("/api/users/invitations", body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code, JSON.stringify(body)).toBe(code);
      expect(res.body.error.field, JSON.stringify(body)).toBe(field);
    }
    expect(await app.db.selectFrom("users").selectAll().orderBy("id").execute()).toEqual(before);
    expect(await app.db.selectFrom("user_invitations").selectAll().execute()).toEqual([]);

    // a user with a password is not invited again
    const resend = await admin.post(`/api/users/${existing.id}/invitation`);
    expect(resend.status).toBe(409);
    expect((await admin.post("/api/users/no-such-user/invitation")).status).toBe(404);
  });

  it("lets only an admin invite or resend: a secretariat cannot invite an admin, or anyone", async () => {
    const { app } = await start();
    const secretariat = await app.login({ role: "secretariat", regionCode: "1084" });
    const reviewer = await app.login({ role: "reviewer" });
    const target = await app.createUser({ role: "reviewer" });
    for (const client of [secretariat, reviewer]) {
      const res = await client.post("/api/users/invitations", { email: "boss@example.dk", name: "Boss", role: "admin" });
      expect(res.status).toBe(403);
      expect((await client.post(`/api/users/${target.id}/invitation`)).status).toBe(403);
      expect((await client.patch(`/api/users/${target.id}`, { organisation: "X" })).status).toBe(403);
    }
    expect((await app.client().post("/api/users/invitations", { email: "boss@example.dk", name: "Boss", role: "admin" })).status).toBe(401);
    expect(await app.db.selectFrom("users").select("id").where("email", "=", "boss@example.dk").execute()).toEqual([]);
  });

  it("sends a waiting invitation at once when SMTP is set up, and nothing without it", async () => {
    const { app, admin } = await start();
    const smtp = await startSmtpServer();
    try {
      expectStatus201(await admin.post("/api/users/invitations", { email: "c@kommune.dk", name: "C", role: "reviewer" }));
      const deps = { db: app.db, links: app.config, now: clock.now, log: () => undefined };
      expect(await sendInvitationMailNow({ ...deps, env: {} })).toEqual({ sent: 0, failed: 0 });
      expect(await sendInvitationMailNow({ ...deps, env: { SMTP_URL: smtp.url, MAIL_FROM: "afrapport@region.dk" } })).toEqual({ sent: 1, failed: 0 });
      expect(smtp.received.map((m) => m.to)).toEqual([["c@kommune.dk"]]);
      expect(smtp.received[0]!.text).toMatch(/\/adgangskode\/[A-Za-z0-9_-]{43}/);
    } finally {
      await smtp.close();
    }
  });

  it("changes and clears a user's organisation, auditing it", async () => {
    const { app, admin } = await start();
    const user = await app.createUser({ role: "reviewer" });
    const set = await admin.patch(`/api/users/${user.id}`, { organisation: " Region Midtjylland " });
    expect(set.status).toBe(200);
    expect(set.body.user.organisation).toBe("Region Midtjylland");
    const cleared = await admin.patch(`/api/users/${user.id}`, { organisation: "" });
    expect(cleared.body.user.organisation).toBeNull();
    const audit = await app.db.selectFrom("audit_log").select("details_json").where("subject_id", "=", user.id).where("action", "=", "user.changed").orderBy("id").execute();
    expect(audit.map((a) => JSON.parse(a.details_json).organisation)).toEqual([
      { from: null, to: "Region Midtjylland" },
      { from: "Region Midtjylland", to: null },
    ]);
  });
});
