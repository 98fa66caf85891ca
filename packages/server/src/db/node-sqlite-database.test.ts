import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUniqueViolation } from "./unique-violation.js";
import { openNodeSqlite } from "./node-sqlite-database.js";

// node:sqlite exists from Node 22.5 (unflagged in 24); on Node 20 this adapter is never used.
const hasNodeSqlite = process.getBuiltinModule?.("node:sqlite") !== undefined;

describe.runIf(hasNodeSqlite)("the node:sqlite adapter (Node 24)", () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("gives plain rows, tells readers from writers, and names constraint errors as better-sqlite3 does", () => {
    dir = mkdtempSync(join(tmpdir(), "afrapport-node-sqlite-"));
    const db = openNodeSqlite(join(dir, "t.sqlite"));
    db.exec("create table t (id integer primary key, name text unique)");
    const insert = db.prepare("insert into t (name) values (?)");
    expect(insert.reader).toBe(false);
    expect(insert.run(["Tårnby"])).toMatchObject({ changes: 1, lastInsertRowid: 1 });
    const select = db.prepare("select id, name from t");
    expect(select.reader).toBe(true);
    const [row] = select.all([]) as object[];
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row).toEqual({ id: 1, name: "Tårnby" });
    let caught: unknown;
    try {
      insert.run(["Tårnby"]);
    } catch (error) {
      caught = error;
    }
    expect((caught as { code: string }).code).toBe("SQLITE_CONSTRAINT_UNIQUE");
    expect(isUniqueViolation(caught)).toBe(true);
    db.close();
  });
});
