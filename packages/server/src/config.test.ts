import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("has working defaults", () => {
    const result = loadConfig({}, "/srv/afrapport");
    expect(result).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: "127.0.0.1",
        database: { dialect: "sqlite", path: "/srv/afrapport/data/afrapport.sqlite" },
        publicUrl: "http://localhost:3000",
        sessionTtlHours: 12,
        maxUploadBytes: 20 * 1024 * 1024,
        attachmentQuota: { perResponseBytes: 100 * 1024 * 1024, perCampaignBytes: 2048 * 1024 * 1024 },
        trustProxy: false,
        linkKey: expect.any(Buffer),
        webhooksAllowLocal: false,
      },
    });
  });

  it("allows local webhooks only when WEBHOOKS_ALLOW_LOCAL=true", () => {
    const on = loadConfig({ WEBHOOKS_ALLOW_LOCAL: "true" }, "/");
    expect(on.ok && on.config.webhooksAllowLocal).toBe(true);
    const bad = loadConfig({ WEBHOOKS_ALLOW_LOCAL: "yes" }, "/");
    expect(!bad.ok && bad.errors.map((e) => e.split(":")[0])).toEqual(["WEBHOOKS_ALLOW_LOCAL"]);
  });

  it("lists every problem, each naming its variable", () => {
    const result = loadConfig({ PORT: "abc", DATABASE_URL: "mysql://db/afrapport", PUBLIC_URL: "not a url", TRUST_PROXY: "yes" }, "/");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(4);
    expect(result.errors.find((e) => e.startsWith("PORT: "))).toBeDefined();
    expect(result.errors).toContain("DATABASE_URL: must be sqlite:PATH or postgres://user@host:port/database");
    expect(result.errors.find((e) => e.startsWith("PUBLIC_URL: "))).toBeDefined();
    expect(result.errors.find((e) => e.startsWith("TRUST_PROXY: "))).toContain('"true"|"false"');
  });

  it("refuses ports out of range and an empty sqlite path", () => {
    for (const PORT of ["70000", "-1", "3.5"]) {
      const result = loadConfig({ PORT }, "/");
      expect(result.ok, PORT).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatch(/^PORT: /);
    }
    const result = loadConfig({ DATABASE_URL: "sqlite:" }, "/");
    expect(result).toEqual({ ok: false, errors: ["DATABASE_URL: sqlite: needs a file path, e.g. sqlite:./data/afrapport.sqlite"] });
  });

  it("reads PostgreSQL and sqlite URLs and strips a trailing slash from PUBLIC_URL", () => {
    const pg = loadConfig({ DATABASE_URL: "postgresql://u@db:5432/afrapport", PUBLIC_URL: "https://afrapport.example.dk/" }, "/");
    expect(pg.ok && pg.config.database).toEqual({ dialect: "postgres", url: "postgresql://u@db:5432/afrapport" });
    expect(pg.ok && pg.config.publicUrl).toBe("https://afrapport.example.dk");
    const lite = loadConfig({ DATABASE_URL: "sqlite:./x.sqlite" }, "/srv");
    expect(lite.ok && lite.config.database).toEqual({ dialect: "sqlite", path: "/srv/x.sqlite" });
  });

  it("reads the attachment quotas in MB", () => {
    const result = loadConfig({ ATTACHMENTS_PER_RESPONSE_MB: "50", ATTACHMENTS_PER_CAMPAIGN_MB: "1.5" }, "/");
    expect(result.ok && result.config.attachmentQuota).toEqual({ perResponseBytes: 50 * 1024 * 1024, perCampaignBytes: 1.5 * 1024 * 1024 });
    const bad = loadConfig({ ATTACHMENTS_PER_RESPONSE_MB: "0", ATTACHMENTS_PER_CAMPAIGN_MB: "lots" }, "/");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.split(":")[0])).toEqual(["ATTACHMENTS_PER_RESPONSE_MB", "ATTACHMENTS_PER_CAMPAIGN_MB"]);
  });

  it("reads LINK_KEY as 32 bytes in base64, base64url or hex, and makes a new key per start without it", () => {
    const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7 + 250));
    for (const text of [key.toString("base64"), key.toString("base64url"), key.toString("hex"), ` ${key.toString("base64")}\n`]) {
      const result = loadConfig({ LINK_KEY: text }, "/");
      expect(result.ok && result.config.linkKey.equals(key), text).toBe(true);
    }
    for (const text of ["short", key.toString("hex").slice(2), Buffer.alloc(31).toString("base64"), "x".repeat(44)]) {
      expect(loadConfig({ LINK_KEY: text }, "/"), text).toEqual({ ok: false, errors: [expect.stringMatching(/^LINK_KEY: must be 32 random bytes/)] });
    }
    const a = loadConfig({}, "/");
    const b = loadConfig({}, "/");
    expect(a.ok && a.config.linkKey.length).toBe(32);
    expect(a.ok && b.ok && a.config.linkKey.equals(b.config.linkKey)).toBe(false);
  });

  it("reads single sign-on from AFRAPPORT_OIDC_*, and refuses to start with it half set", () => {
    const off = loadConfig({}, "/");
    expect(off.ok && off.config.oidc).toBeUndefined();
    const on = loadConfig(
      { AFRAPPORT_OIDC_ISSUER: "https://idp.example.com", AFRAPPORT_OIDC_CLIENT_ID: "id", AFRAPPORT_OIDC_CLIENT_SECRET: "secret", AFRAPPORT_OIDC_ALLOWED_DOMAINS: "rm.dk" },
      "/",
    );
    expect(on.ok && on.config.oidc).toMatchObject({ issuer: "https://idp.example.com", allowedDomains: ["rm.dk"], provisioning: "invite-only" });
    expect(loadConfig({ AFRAPPORT_OIDC_ISSUER: "https://idp.example.com", PORT: "x" }, "/")).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^AFRAPPORT_OIDC_CLIENT_ID: must be set/),
        expect.stringMatching(/^AFRAPPORT_OIDC_CLIENT_SECRET: must be set/),
        expect.stringMatching(/^AFRAPPORT_OIDC_ALLOWED_DOMAINS: must list/),
      ],
    });
  });
});
