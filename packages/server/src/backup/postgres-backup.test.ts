import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findPostgresTool, withoutPassword } from "./postgres-backup.js";

describe("findPostgresTool", () => {
  let dir: string;
  const tool = (path: string) => {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "#!/bin/sh\n");
    chmodSync(path, 0o755);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "afrapport-pgtools-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes the newest version under /usr/lib/postgresql before PATH (pg_dump must not be older than the server)", () => {
    for (const version of ["9.6", "15", "17"]) tool(join(dir, "lib", version, "bin", "pg_dump"));
    tool(join(dir, "path", "pg_dump"));
    expect(findPostgresTool("pg_dump", { PATH: join(dir, "path") }, join(dir, "lib"))).toBe(join(dir, "lib", "17", "bin", "pg_dump"));
  });

  it("falls back to PATH, and names what to install when there is none", () => {
    tool(join(dir, "path", "pg_restore"));
    expect(findPostgresTool("pg_restore", { PATH: `/nowhere:${join(dir, "path")}` }, join(dir, "no-lib"))).toBe(join(dir, "path", "pg_restore"));
    expect(() => findPostgresTool("pg_dump", { PATH: join(dir, "path") }, join(dir, "no-lib"))).toThrow(
      /^pg_dump was not found on PATH nor in .*no-lib\/\*\/bin; install the PostgreSQL client tools\.$/,
    );
  });
});

describe("withoutPassword", () => {
  it("keeps the password off the command line, for PGPASSWORD", () => {
    expect(withoutPassword("postgres://afrapport:s%C3%A6rligt%2Fhemmeligt@db.example:5432/afrapport")).toEqual({
      url: "postgres://afrapport@db.example:5432/afrapport",
      password: "særligt/hemmeligt",
    });
    expect(withoutPassword("postgres://postgres@127.0.0.1:5433/test")).toEqual({ url: "postgres://postgres@127.0.0.1:5433/test", password: undefined });
  });
});
