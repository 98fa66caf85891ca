import { SqliteAdapter, type Compilable, type CompiledQuery, type Kysely, type QueryResult, type SqliteDatabase } from "kysely";

// Kysely builds every query as a tree of frozen nodes and compiles it to SQL on each call. On the autosave's hot
// path that costs more than SQLite takes to run the query. A prepared query is built and compiled once per dialect
// with a marker in place of each named parameter; each call then only puts the values where the markers were.

const markerPrefix = "\u0000afrapport-param:";

/** What `build` gets: `param("x")` stands for the value named x of each call. */
export type ParamOf<P> = <K extends keyof P & string>(name: K) => P[K];

/**
 * SQLite connections that prepared queries may use directly, by the transaction that holds them: the group commit
 * (group-commit.ts) owns SQLite's one connection for its whole batch and runs the writes one after another, so a
 * statement run straight on the connection is the same as one Kysely would run, without its promise chain.
 */
const directConnections = new WeakMap<Kysely<any>, SqliteDatabase>();

/**
 * Lets prepared queries run on `database` directly while `trx` – a transaction on that connection – lasts; the
 * caller ends that with stopRunningDirectly when the transaction ends, so a late query on it goes through Kysely,
 * which refuses a finished transaction.
 */
export function runDirectly(trx: Kysely<any>, database: SqliteDatabase): void {
  directConnections.set(trx, database);
}

export function stopRunningDirectly(trx: Kysely<any>): void {
  directConnections.delete(trx);
}

export interface PreparedQuery<P, R> {
  /** Runs the query on `db` (a transaction too) with these values; the rows it returns. */
  rows(db: Kysely<any>, params: P): Promise<R[]>;
  /** Runs the query; how many rows it changed. */
  changes(db: Kysely<any>, params: P): Promise<number>;
}

/** One compiled form: the SQL, and for each of its parameters the name of a value or a constant. */
interface Template {
  query: CompiledQuery;
  slots: readonly ({ name: string } | { constant: unknown })[];
}

export function prepareQuery<P extends Record<string, unknown>, R>(build: (db: Kysely<any>, param: ParamOf<P>) => Compilable<R>): PreparedQuery<P, R> {
  // One per dialect: the same code runs against SQLite and PostgreSQL, whose SQL differs.
  const templates = new Map<string, Template>();
  const templateFor = (db: Kysely<any>): Template => {
    const dialect = db.getExecutor().adapter instanceof SqliteAdapter ? "sqlite" : "other";
    let template = templates.get(dialect);
    if (template === undefined) templates.set(dialect, (template = compileTemplate(db, build)));
    return template;
  };
  const run = (db: Kysely<any>, params: P): Promise<QueryResult<R>> => {
    const { query, slots } = templateFor(db);
    const parameters = slots.map((slot) => ("name" in slot ? params[slot.name] : slot.constant));
    const direct = directConnections.get(db);
    if (direct !== undefined) {
      const statement = direct.prepare(query.sql);
      if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as R[] });
      return Promise.resolve({ rows: [], numAffectedRows: BigInt(statement.run(parameters).changes) });
    }
    return db.executeQuery<R>({ sql: query.sql, query: query.query, queryId: query.queryId, parameters });
  };
  return {
    rows: async (db, params) => (await run(db, params)).rows,
    changes: async (db, params) => Number((await run(db, params)).numAffectedRows ?? 0n),
  };
}

function compileTemplate<P>(db: Kysely<any>, build: (db: Kysely<any>, param: ParamOf<P>) => Compilable<unknown>): Template {
  const named = new Set<string>();
  const param = ((name: string) => {
    named.add(name);
    return `${markerPrefix}${name}`;
  }) as ParamOf<P>;
  const query = build(db, param).compile();
  const slots = query.parameters.map((value) =>
    typeof value === "string" && value.startsWith(markerPrefix) ? { name: value.slice(markerPrefix.length) } : { constant: value },
  );
  const placed = new Set(slots.flatMap((slot) => ("name" in slot ? [slot.name] : [])));
  const lost = [...named].filter((name) => !placed.has(name));
  // A marker that ended up inside the SQL text (sql.lit, a raw string) would be sent as text, not as the value.
  if (lost.length > 0 || query.sql.includes(markerPrefix)) throw new Error(`prepareQuery: ${lost.join(", ") || "a parameter"} is not a query parameter`);
  return { query, slots };
}
