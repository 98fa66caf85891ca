import type { SqliteDatabase, SqliteStatement } from "kysely";

// Node 24 runs better-sqlite3 12 badly: a prepared statement collected by the garbage collector can abort the
// process (`RemoveEnvironmentCleanupHook: Assertion failed: (env) != nullptr`, better-sqlite3 issue 1515, fixed only
// in better-sqlite3 13, which in turn crashes on Node 20). Node 24 ships its own SQLite, `node:sqlite`, so there we
// use it, behind the better-sqlite3-shaped interface Kysely's SqliteDialect expects. Node 20 keeps better-sqlite3.

interface StatementSync {
  all(...parameters: unknown[]): Record<string, unknown>[];
  run(...parameters: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  iterate(...parameters: unknown[]): IterableIterator<Record<string, unknown>>;
  columns(): unknown[];
}
interface DatabaseSync {
  prepare(sql: string): StatementSync;
  exec(sql: string): void;
  close(): void;
}
type NodeSqlite = { DatabaseSync: new (path: string) => DatabaseSync };

/** Whether this runtime should use `node:sqlite` rather than better-sqlite3. */
export function prefersNodeSqlite(): boolean {
  const forced = process.env.AFRAPPORT_SQLITE_DRIVER;
  if (forced === "node:sqlite") return true;
  if (forced === "better-sqlite3") return false;
  return Number(process.versions.node.split(".")[0]) >= 24;
}

// better-sqlite3 names SQLite's extended result codes in `error.code`; node:sqlite gives the number in `errcode`.
// The rest of the code (e.g. isUniqueViolation in unique-violation.ts) reads better-sqlite3's names, so errors are given them here.
const resultCodeNames: Record<number, string> = {
  5: "SQLITE_BUSY",
  275: "SQLITE_CONSTRAINT_CHECK",
  787: "SQLITE_CONSTRAINT_FOREIGNKEY",
  1299: "SQLITE_CONSTRAINT_NOTNULL",
  1555: "SQLITE_CONSTRAINT_PRIMARYKEY",
  2067: "SQLITE_CONSTRAINT_UNIQUE",
};

function withResultCode<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    const e = error as { code?: unknown; errcode?: unknown };
    if (e?.code === "ERR_SQLITE_ERROR" && typeof e.errcode === "number") e.code = resultCodeNames[e.errcode] ?? `SQLITE_${e.errcode}`;
    throw error;
  }
}

// node:sqlite returns rows without a prototype; the rest of the code expects plain objects, as better-sqlite3 gives.
const plain = (row: Record<string, unknown>): Record<string, unknown> => ({ ...row });

/** Opens `path` with node:sqlite and presents it as Kysely's SqliteDatabase. */
export function openNodeSqlite(path: string): SqliteDatabase & { exec(sql: string): void } {
  const { DatabaseSync } = process.getBuiltinModule("node:sqlite") as NodeSqlite;
  const db = new DatabaseSync(path);
  return {
    close: () => db.close(),
    exec: (sql) => withResultCode(() => db.exec(sql)),
    prepare(sql: string): SqliteStatement {
      const statement = withResultCode(() => db.prepare(sql));
      // `busy` while an iteration runs, as better-sqlite3 has it: the statement cache (database.ts) then prepares
      // another instead of resetting this one under the iteration
      const wrapped = {
        busy: false,
        reader: statement.columns().length > 0,
        all: (parameters: readonly unknown[]) => withResultCode(() => statement.all(...parameters).map(plain)),
        run: (parameters: readonly unknown[]) => withResultCode(() => statement.run(...parameters)),
        iterate: function* (parameters: readonly unknown[]) {
          wrapped.busy = true;
          try {
            for (const row of withResultCode(() => statement.iterate(...parameters))) yield plain(row);
          } finally {
            wrapped.busy = false;
          }
        },
      };
      return wrapped;
    },
  };
}
