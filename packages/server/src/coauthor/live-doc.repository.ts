import { randomUUID } from "node:crypto";
import { PostgresAdapter, type Kysely } from "kysely";
import { writeTransaction } from "../db/group-commit.js";
import type { Database } from "../db/tables.js";

// The only place that queries a draft's shared document: Yjs updates appended as applied, and one snapshot per
// draft into which they are compacted now and then. Bytes are stored as base64 text, the same on SQLite and PostgreSQL.

export interface StoredUpdate {
  id: string;
  seq: number;
  update: Uint8Array;
  userId: string | null;
}

const toB64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
const fromB64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

/** Appends updates in one statement (one commit however many arrived together); returns their ids in order. */
export async function appendUpdates(db: Kysely<Database>, draftId: string, updates: readonly { seq: number; update: Uint8Array; userId: string | null }[], at: string): Promise<string[]> {
  const rows = updates.map((update) => ({ id: randomUUID(), draft_id: draftId, seq: update.seq, update_b64: toB64(update.update), user_id: update.userId, created_at: at }));
  // grouped with the other writes of the moment; on SQLite the wait for the disk is off the event loop, so typing
  // elsewhere is relayed meanwhile (group-commit.ts)
  await writeTransaction(db, async (trx) => {
    // SQLite binds at most 32766 variables, six a row
    for (let i = 0; i < rows.length; i += 1000) await trx.insertInto("draft_live_updates").values(rows.slice(i, i + 1000)).execute();
  });
  return rows.map((row) => row.id);
}

export async function findUpdate(db: Kysely<Database>, id: string): Promise<(StoredUpdate & { draftId: string }) | undefined> {
  const row = await db.selectFrom("draft_live_updates").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { id: row.id, draftId: row.draft_id, seq: row.seq, update: fromB64(row.update_b64), userId: row.user_id };
}

/** The draft's snapshot (null: none yet) and every update not compacted into it, in the order they were applied. */
export async function loadDocument(db: Kysely<Database>, draftId: string): Promise<{ snapshot: Uint8Array | null; updates: StoredUpdate[] }> {
  const snapshot = await db.selectFrom("draft_live_snapshots").select("state_b64").where("draft_id", "=", draftId).executeTakeFirst();
  const rows = await db.selectFrom("draft_live_updates").select(["id", "seq", "update_b64", "user_id"]).where("draft_id", "=", draftId).orderBy("seq").orderBy("created_at").execute();
  return {
    snapshot: snapshot === undefined ? null : fromB64(snapshot.state_b64),
    updates: rows.map((row) => ({ id: row.id, seq: row.seq, update: fromB64(row.update_b64), userId: row.user_id })),
  };
}

/** Whether the draft has a stored document (without reading it). */
export async function documentExists(db: Kysely<Database>, draftId: string): Promise<boolean> {
  const snapshot = await db.selectFrom("draft_live_snapshots").select("draft_id").where("draft_id", "=", draftId).executeTakeFirst();
  if (snapshot !== undefined) return true;
  const update = await db.selectFrom("draft_live_updates").select("id").where("draft_id", "=", draftId).limit(1).executeTakeFirst();
  return update !== undefined;
}

/**
 * Folds the stored updates into the snapshot, in one transaction: `merge` gets the old snapshot and the updates as
 * they are in the database now (whichever process wrote them) and returns the new state; exactly those updates are
 * deleted. On PostgreSQL the snapshot row is locked, so two processes compacting at once take turns.
 */
export async function compactDocument(db: Kysely<Database>, draftId: string, merge: (parts: Uint8Array[]) => Uint8Array, at: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let snapshotQuery = trx.selectFrom("draft_live_snapshots").select("state_b64").where("draft_id", "=", draftId);
    if (isPostgres(trx)) snapshotQuery = snapshotQuery.forUpdate();
    const snapshot = await snapshotQuery.executeTakeFirst();
    const rows = await trx.selectFrom("draft_live_updates").select(["id", "update_b64"]).where("draft_id", "=", draftId).execute();
    if (rows.length === 0 && snapshot !== undefined) return 0;
    const parts = [...(snapshot === undefined ? [] : [fromB64(snapshot.state_b64)]), ...rows.map((row) => fromB64(row.update_b64))];
    const state = toB64(merge(parts));
    if (snapshot === undefined) await trx.insertInto("draft_live_snapshots").values({ draft_id: draftId, state_b64: state, updated_at: at }).execute();
    else await trx.updateTable("draft_live_snapshots").set({ state_b64: state, updated_at: at }).where("draft_id", "=", draftId).execute();
    const ids = rows.map((row) => row.id);
    for (let i = 0; i < ids.length; i += 500) await trx.deleteFrom("draft_live_updates").where("id", "in", ids.slice(i, i + 500)).execute();
    return ids.length;
  });
}

/** The first state of a draft's document, written once; false when another process wrote one first. */
export async function insertFirstSnapshot(db: Kysely<Database>, draftId: string, state: Uint8Array, at: string): Promise<boolean> {
  const result = await db
    .insertInto("draft_live_snapshots")
    .values({ draft_id: draftId, state_b64: toB64(state), updated_at: at })
    .onConflict((oc) => oc.column("draft_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Forgets a draft's document (the REST history stays); the next opening starts it anew from the current revision. */
export async function deleteDocument(db: Kysely<Database>, draftId: string): Promise<void> {
  await db.deleteFrom("draft_live_updates").where("draft_id", "=", draftId).execute();
  await db.deleteFrom("draft_live_snapshots").where("draft_id", "=", draftId).execute();
}

function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
