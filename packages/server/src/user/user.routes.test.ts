import { afterEach, describe, expect, it } from "vitest";
import { dialects } from "../test-support/dialects.js";
import { startTestApp, type TestApp } from "../test-support/test-app.js";

describe.each(dialects)("user administration on %s", (dialect) => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("creates, lists and changes users without ever returning a password hash, and audits each change", async () => {
    app = await startTestApp(dialect);
    const admin = await app.login({ role: "admin" });
    const created = await admin.post("/api/users", { email: " Anne@Region.DK ", name: "Anne", role: "secretariat", regionCode: "1082", password: "correct horse battery" });
    expect(created.status).toBe(201);
    expect(created.body.user).toEqual({ id: expect.any(String), email: "anne@region.dk", name: "Anne", role: "secretariat", regionCode: "1082", createdAt: expect.any(String), disabled: false, organisation: null, status: "active", hasPassword: true, sso: false, invitation: null });
    const id = created.body.user.id as string;

    const listed = await admin.get("/api/users");
    expect(listed.status).toBe(200);
    expect(listed.body.users.map((u: { email: string }) => u.email)).toContain("anne@region.dk");
    expect(listed.text).not.toMatch(/argon2|"password(_?hash)?":/i);

    const anne = app.client();
    expect((await anne.post("/api/auth/login", { email: "anne@region.dk", password: "correct horse battery" })).status).toBe(200);

    const moved = await admin.patch(`/api/users/${id}`, { regionCode: "1083" });
    expect(moved.status).toBe(200);
    expect(moved.body.user.regionCode).toBe("1083");
    expect((await anne.get("/api/auth/me")).status).toBe(401); // a changed region ends the sessions

    const disabled = await admin.patch(`/api/users/${id}`, { disabled: true });
    expect(disabled.body.user.disabled).toBe(true);
    expect((await anne.post("/api/auth/login", { email: "anne@region.dk", password: "correct horse battery" })).status).toBe(401);
    const enabled = await admin.patch(`/api/users/${id}`, { disabled: false, role: "reviewer", regionCode: null });
    expect(enabled.body.user).toMatchObject({ disabled: false, role: "reviewer", regionCode: null });
    expect((await anne.post("/api/auth/login", { email: "anne@region.dk", password: "correct horse battery" })).status).toBe(200);

    const audit = await app.db.selectFrom("audit_log").selectAll().where("subject_id", "=", id).where("action", "like", "user.%").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["user.created", "user.changed", "user.changed", "user.changed"]);
    expect(audit.every((a) => a.actor === admin.user!.id)).toBe(true);
    expect(JSON.parse(audit[1]!.details_json)).toEqual({ email: "anne@region.dk", regionCode: { from: "1082", to: "1083" } });
    for (const a of audit) expect(a.details_json).not.toContain("correct horse");
  });

  it("refuses a second user with the same email (any case) with 409, leaving one row", async () => {
    app = await startTestApp(dialect);
    const admin = await app.login({ role: "admin" });
    const body = { email: "dup@example.dk", name: "Dup", role: "national", password: "a long enough password" };
    expect((await admin.post("/api/users", body)).status).toBe(201);
    const again = await admin.post("/api/users", { ...body, email: "DUP@example.dk" });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "already_exists", field: "email" });
    const rows = await app.db.selectFrom("users").select("email").where("email", "=", "dup@example.dk").execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses changes that make no sense, leaving the user as it was", async () => {
    app = await startTestApp(dialect);
    const admin = await app.login({ role: "admin" });
    const other = await app.createUser({ role: "reviewer" });
    const before = await app.db.selectFrom("users").selectAll().orderBy("id").execute();
    const cases: [string, unknown, number, string, string | undefined][] = [
      [`/api/users/${other.id}`, { role: "secretariat" }, 400, "validation_failed", "regionCode"],
      [`/api/users/${other.id}`, {}, 400, "validation_failed", undefined],
      [`/api/users/${other.id}`, { disabled: "yes" }, 400, "validation_failed", "disabled"],
      [`/api/users/${other.id}`, { password_hash: "x" }, 400, "validation_failed", "password_hash"],
      [`/api/users/${admin.user!.id}`, { disabled: true }, 409, "conflict", "disabled"],
      [`/api/users/${admin.user!.id}`, { role: "national" }, 409, "conflict", "role"],
      ["/api/users/no-such-id", { name: "X" }, 404, "not_found", undefined],
    ];
    for (const [path, body, status, code, field] of cases) {
      const res = await admin.patch(path, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.field).toBe(field);
    }
    expect(await app.db.selectFrom("users").selectAll().orderBy("id").execute()).toEqual(before);
  });
});
