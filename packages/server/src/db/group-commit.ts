import { CompiledQuery, SqliteAdapter, type Kysely, type SqliteDatabase, type Transaction } from "kysely";
import { runDirectly, stopRunningDirectly } from "./prepared-query.js";
import type { Database } from "./tables.js";

// Group commit for SQLite. Every commit waits for the disk (synchronous = FULL, see database.ts), and better-sqlite3
// waits on the event loop: on a busy machine that wait is most of an autosave, and nothing else runs meanwhile. So
// the writes that arrive together – sixteen people saving at once – run one after another in one transaction, each
// inside a savepoint of its own, and are committed together. That commit does not wait for the disk itself
// (synchronous = NORMAL for it alone): the database's `sync` – an fdatasync of the write-ahead log on the libuv
// thread pool, see database.ts – puts it there while the event loop goes on with the next requests. Nothing is
// answered before that sync is done, so a save reported as saved stays saved, through a power cut too. A write that
// throws is rolled back to its savepoint alone (the others go on) and its caller gets the error, as from its own
// transaction. PostgreSQL groups commits itself and runs transactions side by side, so there each write has its own.

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

// Compiled once: the group's statements run for every write, and one savepoint name serves them all (each write's
// savepoint is released before the next is set).
const statements = {
  savepoint: CompiledQuery.raw("savepoint grouped_write"),
  rollbackToSavepoint: CompiledQuery.raw("rollback to grouped_write"),
  release: CompiledQuery.raw("release grouped_write"),
  synchronousNormal: CompiledQuery.raw("pragma synchronous = NORMAL"),
  synchronousFull: CompiledQuery.raw("pragma synchronous = FULL"),
};

interface Queued {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

class GroupCommitter {
  private queue: Queued[] = [];
  private scheduled = false;
  /** set by registerCommitSync: makes what a NORMAL commit wrote durable */
  sync: (() => Promise<void>) | undefined;
  /** set by registerCommitSync: the connection, for prepared queries to use directly in a batch */
  connection: SqliteDatabase | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work: work as Work<unknown>, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // after the requests that are ready have been read, so that they join this transaction
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const unsettled = new Set(batch);
    const done: { item: Queued; value: unknown }[] = [];
    const sync = this.sync;
    try {
      const connection = this.connection;
      const runBatch = async (trx: Transaction<Database>) => {
        if (connection !== undefined) runDirectly(trx, connection);
        const run = async (statement: CompiledQuery) => {
          if (connection === undefined) await trx.executeQuery(statement);
          else connection.prepare(statement.sql).run([]);
        };
        try {
          for (const item of batch) {
            await run(statements.savepoint);
            try {
              done.push({ item, value: await item.work(trx) });
            } catch (error) {
              await run(statements.rollbackToSavepoint);
              unsettled.delete(item);
              item.reject(error);
            }
            await run(statements.release);
          }
        } finally {
          stopRunningDirectly(trx);
        }
      };
      if (sync === undefined) {
        await this.db.transaction().execute(runBatch);
      } else {
        await this.db.connection().execute(async (connection) => {
          await connection.executeQuery(statements.synchronousNormal);
          try {
            await connection.transaction().execute(runBatch);
          } finally {
            await connection.executeQuery(statements.synchronousFull);
          }
        });
      }
    } catch (error) {
      // the commit, or a savepoint, failed: nothing of the batch is saved
      for (const item of unsettled) item.reject(error);
      this.next();
      return;
    }
    // the next group may run while this one's log is synced
    this.next();
    try {
      if (sync !== undefined) await sync();
      for (const { item, value } of done) item.resolve(value);
    } catch (error) {
      for (const { item } of done) item.reject(error);
    }
  }

  private next(): void {
    this.scheduled = false;
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }
}

const committers = new WeakMap<Kysely<Database>, GroupCommitter>();

/**
 * How a SQLite database makes a commit made with synchronous = NORMAL durable (database.ts registers it for a
 * database file), and the connection itself, which prepared queries in a batch use directly (prepared-query.ts).
 * Without them, grouped writes commit with the connection's own setting (FULL: durable at commit), through Kysely.
 */
export function registerCommitSync(db: Kysely<Database>, sync: () => Promise<void>, connection?: SqliteDatabase): void {
  const committer = committerOf(db);
  committer.sync = sync;
  committer.connection = connection;
}

function committerOf(db: Kysely<Database>): GroupCommitter {
  let committer = committers.get(db);
  if (committer === undefined) committers.set(db, (committer = new GroupCommitter(db)));
  return committer;
}

/**
 * Runs `work` in a transaction and settles when that transaction is committed and on the disk: on SQLite grouped
 * with the other writes of the moment (one commit and one sync for all), elsewhere a transaction of its own. `work` must not start
 * transactions itself, and should do nothing but database work (it holds up the writes grouped after it).
 */
export function writeTransaction<T>(db: Kysely<Database>, work: Work<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  return committerOf(db).run(work);
}
