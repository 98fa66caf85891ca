import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dialects, type TestDatabase } from "../test-support/dialects.js";
import { prepareQuery } from "./prepared-query.js";
import type { Database } from "./tables.js";

describe.each(dialects)("prepareQuery on %s", (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());

  const insert = prepareQuery<{ id: string; name: string }, never>((db: Kysely<Database>, param) =>
    db.insertInto("rate_limits").values({ key: param("id"), window_start: param("name"), count: 1 }),
  );
  const select = prepareQuery<{ id: string }, { key: string; window_start: string; count: number }>((db: Kysely<Database>, param) =>
    db.selectFrom("rate_limits").select(["key", "window_start", "count"]).where("key", "=", param("id")).limit(1),
  );
  const bump = prepareQuery<{ id: string; by: number }, never>((db: Kysely<Database>, param) =>
    db
      .updateTable("rate_limits")
      .set((eb) => ({ count: eb("count", "+", param("by")) }))
      .where("key", "=", param("id")),
  );

  it("runs with each call's values in their places, and keeps constants of the built query (limit 1)", async () => {
    await insert.rows(database.db, { id: "a", name: "2026-12-01T00:00:00.000Z" });
    await insert.rows(database.db, { id: "b", name: "2026-12-02T00:00:00.000Z" });
    expect(await select.rows(database.db, { id: "b" })).toEqual([{ key: "b", window_start: "2026-12-02T00:00:00.000Z", count: 1 }]);
    expect(await select.rows(database.db, { id: "nobody" })).toEqual([]);
  });

  it("counts the rows a write changed, and runs inside a transaction on its connection", async () => {
    expect(await bump.changes(database.db, { id: "a", by: 2 })).toBe(1);
    expect(await bump.changes(database.db, { id: "nobody", by: 2 })).toBe(0);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await bump.changes(trx, { id: "a", by: 10 });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await select.rows(database.db, { id: "a" }))[0]?.count).toBe(3);
  });
});

describe("prepareQuery", () => {
  it("refuses a parameter that does not end up as a query parameter, rather than send the marker as text", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      const lost = prepareQuery<{ id: string }, never>((db: Kysely<Database>) => db.selectFrom("rate_limits").selectAll());
      const withUnused = prepareQuery<{ id: string; other: string }, never>((db: Kysely<Database>, param) => {
        param("other");
        return db.selectFrom("rate_limits").selectAll().where("key", "=", param("id"));
      });
      await expect(lost.rows(database.db, { id: "a" })).resolves.toEqual([]);
      await expect(withUnused.rows(database.db, { id: "a", other: "b" })).rejects.toThrow(/other is not a query parameter/);
    } finally {
      await database.drop();
    }
  });
});
