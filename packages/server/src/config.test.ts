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
        trustProxy: false,
      },
    });
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
});
