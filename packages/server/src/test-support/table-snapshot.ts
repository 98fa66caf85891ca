import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";

/**
 * Every table's rows, read straight from the database, in an order that does not depend on how the rows were
 * stored: tests that must show "nothing was stored" or "the restore holds exactly what was backed up" compare these.
 * Binary columns become hex text and bigints decimal text, so that the rows compare as JSON.
 */
export type TableContents = Record<string, string[]>;

/** The user tables of the database, migration bookkeeping included, sorted by name. */
export async function tableNames(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.filter((t) => !t.isView).map((t) => t.name).sort();
}

export async function readTables(db: Kysely<any>, options: { exclude?: readonly string[] } = {}): Promise<TableContents> {
  const exclude = new Set(options.exclude ?? []);
  const contents: TableContents = {};
  for (const name of await tableNames(db)) {
    if (exclude.has(name)) continue;
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    contents[name] = rows.map(canonicalRow).sort();
  }
  return contents;
}

/** One short hash per table: cheap to keep between requests, and a mismatch still says which table changed. */
export async function fingerprintTables(db: Kysely<any>, options: { exclude?: readonly string[] } = {}): Promise<Record<string, string>> {
  const contents = await readTables(db, options);
  return Object.fromEntries(
    Object.entries(contents).map(([name, rows]) => [name, `${rows.length}:${createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16)}`]),
  );
}

function canonicalRow(row: Record<string, unknown>): string {
  const keys = Object.keys(row).sort();
  return JSON.stringify(keys.map((key) => [key, canonicalValue(row[key])]));
}

function canonicalValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return `hex:${Buffer.from(value).toString("hex")}`;
  if (typeof value === "bigint") return `bigint:${value.toString()}`;
  if (value instanceof Date) return `date:${value.toISOString()}`;
  return value;
}
