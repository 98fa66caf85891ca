import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { QuestionnaireDraft } from "@afrapport/schema";
import { createDraftDoc, metaMap, readDraft } from "@afrapport/schema/coauthor";
import type { Kysely } from "kysely";
import * as Y from "yjs";
import type { ResolvedAppDeps } from "../app-deps.js";
import type { Database } from "../db/tables.js";
import { parseContent } from "../draft/draft-view.js";
import { findDraftRevision, findDraftRow } from "../draft/draft.repository.js";
import { appendLiveRevision } from "../draft/draft.service.js";
import { appendUpdates, compactDocument, documentExists, findUpdate, insertFirstSnapshot, loadDocument } from "./live-doc.repository.js";
import { type ChangeOrigin, LiveRoom, type RoomStore } from "./live-room.js";
import { type DraftSignal, openSignals, type Signals } from "./live-signals.js";

// The open drafts of this server process: each loaded from the database on first use (its snapshot and the updates
// since), shared by the live sockets and the REST routes that change a draft, and unloaded when nobody uses it –
// after its revisions are written and its updates compacted. With PostgreSQL, updates stored by another process
// reach this one's rooms through LISTEN/NOTIFY (live-signals.ts).

/** Users of a room besides its sockets: a REST save or a comment signal holds it open while it writes. */
interface RoomEntry {
  room: Promise<LiveRoom>;
  holds: number;
}

export class LiveHub {
  /** true once a WebSocket server is attached: drafts say `live: true` and browsers connect */
  attached = false;
  private readonly rooms = new Map<string, RoomEntry>();
  private readonly process = randomUUID();
  private signals: Signals | undefined;
  private closing = false;
  /** rooms being unloaded: closing the hub waits for them, so nothing is written after the database is closed */
  private readonly unloading = new Set<Promise<void>>();
  /** the close code and reason of a draft closed meanwhile; sockets of a closed draft are sent away */
  onDraftClosed: (draftId: string, code: number, reason: string) => void = () => {};

  constructor(private readonly deps: ResolvedAppDeps) {}

  private get db(): Kysely<Database> {
    return this.deps.db;
  }

  /** Starts listening for other processes' updates (PostgreSQL only; SQLite has one process). */
  async start(): Promise<void> {
    if (this.signals !== undefined || this.deps.config.database.dialect !== "postgres") return;
    this.signals = await openSignals(this.deps.config.database.url, (signal) => {
      // a failure here (the database, a room that failed to load) must not take the process down with it
      this.received(signal).catch((error: unknown) => console.error(`A live update from another process (draft ${signal.draftId}) could not be applied`, error));
    });
  }

  private readonly store: RoomStore = {
    append: (draftId, updates) => appendUpdates(this.db, draftId, updates, this.deps.now().toISOString()),
    announce: async (draftId, ids) => {
      if (this.signals) for (const id of ids) await this.signals.send({ kind: "update", draftId, updateId: id, process: this.process });
    },
    revision: (draftId, authorId, content) => appendLiveRevision(this.db, draftId, authorId, content, this.deps.now()),
    compact: async (draftId) => {
      await compactDocument(
        this.db,
        draftId,
        (parts) => {
          const doc = new Y.Doc();
          for (const part of parts) Y.applyUpdate(doc, part);
          const state = Y.encodeStateAsUpdate(doc);
          doc.destroy();
          return state;
        },
        this.deps.now().toISOString(),
      );
    },
  };

  private async received(signal: DraftSignal): Promise<void> {
    if (signal.process === this.process) return;
    const entry = this.rooms.get(signal.draftId);
    if (signal.kind === "closed") {
      this.onDraftClosed(signal.draftId, signal.code, signal.reason);
      return;
    }
    if (entry === undefined) return;
    const [room, stored] = await Promise.all([entry.room, findUpdate(this.db, signal.updateId)]);
    const origin: ChangeOrigin = { kind: "stored" };
    if (stored !== undefined) {
      Y.applyUpdate(room.doc, stored.update, origin);
      return;
    }
    // compacted by the other process before this one read it: the snapshot holds it (applying what the room
    // already has changes nothing)
    const whole = await loadDocument(this.db, signal.draftId);
    if (whole.snapshot !== null) Y.applyUpdate(room.doc, whole.snapshot, origin);
    for (const update of whole.updates) Y.applyUpdate(room.doc, update.update, origin);
  }

  /** Runs `use` with the draft's room, loading it first; the room is unloaded after when nobody else uses it. */
  async withRoom<T>(draftId: string, use: (room: LiveRoom) => Promise<T> | T): Promise<T> {
    const entry = this.entry(draftId);
    entry.holds++;
    try {
      return await use(await entry.room);
    } finally {
      entry.holds--;
      void this.release(draftId);
    }
  }

  /** A socket joins: the room stays loaded until `leave`. */
  async join(draftId: string): Promise<LiveRoom> {
    const entry = this.entry(draftId);
    entry.holds++;
    try {
      return await entry.room;
    } catch (error) {
      entry.holds--;
      void this.release(draftId);
      throw error;
    }
  }

  leave(draftId: string): void {
    const entry = this.rooms.get(draftId);
    if (entry === undefined) return;
    entry.holds--;
    void this.release(draftId);
  }

  private entry(draftId: string): RoomEntry {
    let entry = this.rooms.get(draftId);
    if (entry === undefined) {
      entry = { room: this.load(draftId), holds: 0 };
      const created = entry;
      // a room that failed to load is forgotten, so the next attempt loads it afresh
      created.room.catch(() => {
        if (this.rooms.get(draftId) === created) this.rooms.delete(draftId);
      });
      this.rooms.set(draftId, entry);
    }
    return entry;
  }

  private async release(draftId: string): Promise<void> {
    const entry = this.rooms.get(draftId);
    if (entry === undefined || entry.holds > 0) return;
    const room = await entry.room.catch(() => undefined);
    // someone came back while the room was being awaited
    if (entry.holds > 0 || this.rooms.get(draftId) !== entry) return;
    this.rooms.delete(draftId);
    if (room === undefined) return;
    const closing = room.close();
    this.unloading.add(closing);
    await closing.finally(() => this.unloading.delete(closing));
  }

  /** Whether the room is loaded (the REST reads flush it first, so they see the latest revision). */
  loaded(draftId: string): boolean {
    return this.rooms.has(draftId);
  }

  /** Writes the pending revisions of a loaded room (nothing when the draft is not open live here). */
  async flush(draftId: string): Promise<void> {
    const entry = this.rooms.get(draftId);
    if (entry !== undefined) await (await entry.room).flush();
  }

  /** Whether the draft has a stored document (it is made on the first live opening). */
  async hasDocument(draftId: string): Promise<boolean> {
    return this.rooms.has(draftId) || documentExists(this.db, draftId);
  }

  /** Ends the live editing of a published or discarded draft here and in the other processes. */
  async closeDraft(draftId: string, reason: string): Promise<void> {
    this.onDraftClosed(draftId, 4409, reason);
    if (this.signals) await this.signals.send({ kind: "closed", draftId, code: 4409, reason, process: this.process });
  }

  private async load(draftId: string): Promise<LiveRoom> {
    const draft = await findDraftRow(this.db, draftId);
    if (draft === undefined) throw new Error(`There is no draft ${draftId}`);
    const current = await findDraftRevision(this.db, draftId, draft.current_revision);
    if (current === undefined) throw new Error(`Revision ${draft.current_revision} of draft ${draftId} is missing`);
    let stored = await loadDocument(this.db, draftId);
    if (stored.snapshot === null && stored.updates.length === 0) {
      const first = createDraftDoc(parseContent(current));
      metaMap(first).set("revision", current.revision);
      await insertFirstSnapshot(this.db, draftId, Y.encodeStateAsUpdate(first), this.deps.now().toISOString());
      first.destroy();
      // read back what is stored: another process may have made the first document a moment earlier
      stored = await loadDocument(this.db, draftId);
    }
    const doc = new Y.Doc();
    const origin: ChangeOrigin = { kind: "stored" };
    if (stored.snapshot !== null) Y.applyUpdate(doc, stored.snapshot, origin);
    for (const update of stored.updates) Y.applyUpdate(doc, update.update, origin);
    const room = new LiveRoom(draftId, doc, this.store, stored.updates.reduce((max, update) => Math.max(max, update.seq), 0));
    this.catchUp(room, current.revision, parseContent(current), stored.updates.at(-1)?.userId ?? null);
    return room;
  }

  /**
   * Brings a loaded document and the revisions together. A revision saved while no room had the document (another
   * version of the server, a restore through the database) is written into it; live changes stored but never made a
   * revision (the process stopped before its debounce ran) become one, by the last person who changed it.
   */
  private catchUp(room: LiveRoom, revision: number, content: QuestionnaireDraft, lastAuthor: string | null): void {
    const inDoc = readDraft(room.doc);
    if (isDeepStrictEqual(inDoc, content)) return;
    if (metaMap(room.doc).get("revision") !== revision) {
      room.writeSaved(Y.encodeStateAsUpdate(room.doc), content, null, revision);
      return;
    }
    if (lastAuthor !== null) {
      this.store
        .revision(room.draftId, lastAuthor, inDoc)
        .then((written) => written !== null && room.setMeta("revision", written))
        .catch((error: unknown) => console.error(`Writing the last live revision of draft ${room.draftId} failed`, error));
    }
  }

  /** Writes every room's revisions, compacts and unloads them, and stops listening. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const entries = [...this.rooms.values()];
    this.rooms.clear();
    for (const entry of entries) {
      const room = await entry.room.catch(() => undefined);
      if (room) await room.close();
    }
    await Promise.allSettled([...this.unloading]);
    await this.signals?.close();
  }
}

const hubs = new WeakMap<Kysely<Database>, LiveHub>();

/** The hub of this database handle: one per process and database, shared by the REST routes and the live sockets. */
export function liveHub(deps: ResolvedAppDeps): LiveHub {
  let hub = hubs.get(deps.db);
  if (hub === undefined) {
    hub = new LiveHub(deps);
    hubs.set(deps.db, hub);
  }
  return hub;
}

/** The hub of a database handle, if the app made one (draft.service asks; a bare database has none). */
export function existingLiveHub(db: Kysely<Database>): LiveHub | undefined {
  return hubs.get(db);
}
