import type { QuestionnaireDraft } from "@afrapport/schema";
import { metaMap, readDraft, writeDraft } from "@afrapport/schema/coauthor";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { awarenessMessage, updateMessage } from "./live-protocol.js";

// One open draft: its shared document, who is connected, and the two queues behind it – every update appended to
// the database in the order it was applied, and the draft revisions derived from the document, each with one author.

/** Where a change of the document came from; decides whether it is stored and whom it is sent to. */
export type ChangeOrigin =
  /** a connected client's update */
  | { kind: "client"; connection: LiveConnection; userId: string }
  /** the server on behalf of a user (a REST save or restore, a comment signal) */
  | { kind: "server"; userId: string | null; revisioned: boolean }
  /** an update another server process stored (LISTEN/NOTIFY), or the stored document being loaded */
  | { kind: "stored" };

/** A socket in a room, as the room sees it (the socket code owns the rest). */
export interface LiveConnection {
  userId: string;
  send(message: Uint8Array): void;
  /** awareness client ids this connection set, removed when it goes */
  awarenessIds: Set<number>;
}

/** What the room needs from the rest of the server; the hub provides it. */
export interface RoomStore {
  /** appends updates in order; returns their ids */
  append(draftId: string, updates: { seq: number; update: Uint8Array; userId: string | null }[]): Promise<string[]>;
  /** says that updates were stored (for the other server processes) */
  announce(draftId: string, ids: string[]): Promise<void>;
  /** appends a derived revision; returns its number, or null when nothing changed or the draft is closed */
  revision(draftId: string, authorId: string, content: QuestionnaireDraft): Promise<number | null>;
  /** folds the stored updates into the snapshot */
  compact(draftId: string): Promise<void>;
}

/** How long after the last change the revisions are written (the builder's autosave waits as long)… */
export const revisionDelayMs = 2000;
/** …but while people keep typing, at least this often. */
export const revisionMaxDelayMs = 10_000;
/** After this many stored updates the room compacts them into the snapshot. */
export const compactEvery = 500;

export class LiveRoom {
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<LiveConnection>();
  private seq: number;
  private waiting: { seq: number; update: Uint8Array; userId: string | null }[] = [];
  private storing: Promise<void> = Promise.resolve();
  private storedSinceCompact = 0;
  /**
   * The document as of the last revisions: each person's changes since are kept apart (in the order they began) and
   * applied to it one person after the other when the revisions are taken, so each revision holds one person's
   * changes – without reading the whole draft at every keystroke.
   */
  private readonly shadow = new Y.Doc();
  private pending = new Map<string, Uint8Array[]>();
  private timer: NodeJS.Timeout | undefined;
  private firstPendingAt: number | undefined;
  private revisions: Promise<void> = Promise.resolve();
  private failed: unknown;

  constructor(
    readonly draftId: string,
    readonly doc: Y.Doc,
    private readonly store: RoomStore,
    lastSeq: number,
  ) {
    this.seq = lastSeq;
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(doc));
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const connection = this.connectionOf(origin);
      if (connection) {
        for (const id of added) connection.awarenessIds.add(id);
        for (const id of removed) connection.awarenessIds.delete(id);
      }
      const message = awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      for (const other of this.connections) other.send(message);
    });
    doc.on("update", (update: Uint8Array, origin: unknown) => this.changed(update, origin as ChangeOrigin | undefined));
  }

  private connectionOf(origin: unknown): LiveConnection | undefined {
    return [...this.connections].find((connection) => connection === origin);
  }

  private changed(update: Uint8Array, origin: ChangeOrigin | undefined): void {
    const message = updateMessage(update);
    const from = origin?.kind === "client" ? origin.connection : undefined;
    for (const connection of this.connections) if (connection !== from) connection.send(message);
    if (origin?.kind === "stored") {
      // another process's (or an earlier start's) update: already stored and its revisions written there, but the
      // shadow must have it, or this process's next revision would revert it
      Y.applyUpdate(this.shadow, update);
      return;
    }
    const userId = origin?.kind === "client" || origin?.kind === "server" ? origin.userId : null;
    this.waiting.push({ seq: ++this.seq, update, userId });
    this.storing = this.storing.then(() => this.storeWaiting());
    if (origin?.kind === "client" || (origin?.kind === "server" && !origin.revisioned && origin.userId !== null)) {
      const author = userId as string;
      const updates = this.pending.get(author);
      if (updates) updates.push(update);
      else this.pending.set(author, [update]);
      const now = Date.now();
      this.firstPendingAt ??= now;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.captureRevisions(), Math.max(0, Math.min(revisionDelayMs, this.firstPendingAt + revisionMaxDelayMs - now)));
      this.timer.unref();
    } else {
      // already a revision (a REST save, a signal) or another process's to write
      Y.applyUpdate(this.shadow, update);
    }
  }

  /** Appends what waits in one go: updates arriving while the last append ran are stored together. */
  private async storeWaiting(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    try {
      const ids = await this.store.append(this.draftId, batch);
      this.storedSinceCompact += batch.length;
      await this.store.announce(this.draftId, ids);
      if (this.storedSinceCompact >= compactEvery) {
        this.storedSinceCompact = 0;
        await this.store.compact(this.draftId);
      }
    } catch (error) {
      // The clients still hold these updates and send them again when they reconnect (sync step 2).
      this.failed = error;
      console.error(`Storing the live updates of draft ${this.draftId} failed`, error);
    }
  }

  /**
   * Takes the pending changes as revisions, one per person: their changes applied to the shadow document one person
   * after the other (a change that builds on a later person's is integrated with that person's), each draft read
   * and written in the background, in order.
   */
  captureRevisions(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPendingAt = undefined;
    const pending = this.pending;
    this.pending = new Map();
    for (const [author, updates] of pending) {
      for (const update of updates) Y.applyUpdate(this.shadow, update);
      const content = readDraft(this.shadow);
      this.revisions = this.revisions.then(async () => {
        try {
          const revision = await this.store.revision(this.draftId, author, content);
          if (revision !== null) this.setMeta("revision", revision);
        } catch (error) {
          console.error(`Writing a live revision of draft ${this.draftId} failed`, error);
        }
      });
    }
  }

  /** Sets a signal in the document's `meta` map (the revision the content matches, when comments changed). */
  setMeta(key: string, value: unknown): void {
    this.doc.transact(() => metaMap(this.doc).set(key, value), { kind: "server", userId: null, revisioned: true } satisfies ChangeOrigin);
  }

  /**
   * Writes a draft that the REST API saved (already a revision) into the document, as the change from `base` (the
   * document when the save began) to `content`: live edits made meanwhile by others are merged, not reverted.
   */
  writeSaved(base: Uint8Array, content: QuestionnaireDraft, userId: string | null, revision: number): void {
    // written in already (a room loaded after the save catches up with it before the save writes it)
    const inDoc = metaMap(this.doc).get("revision");
    if (typeof inDoc === "number" && inDoc >= revision) return;
    const fork = new Y.Doc();
    Y.applyUpdate(fork, base);
    const changes: Uint8Array[] = [];
    fork.on("update", (update: Uint8Array) => changes.push(update));
    writeDraft(fork, content);
    fork.destroy();
    const origin: ChangeOrigin = { kind: "server", userId, revisioned: true };
    this.doc.transact(() => {
      for (const change of changes) Y.applyUpdate(this.doc, change, origin);
      metaMap(this.doc).set("revision", revision);
    }, origin);
    // after the saved change is in the shadow: live edits waiting for their revision then build on it, not revert it
    this.captureRevisions();
  }

  /** Every pending revision written and every update stored: what a REST read, a publish and unloading wait for. */
  async flush(): Promise<void> {
    this.captureRevisions();
    await this.revisions;
    await this.storing;
    await this.revisions;
  }

  /** Whether storing ever failed (the room is then unloaded and reloaded from the database rather than trusted). */
  get storeFailed(): boolean {
    return this.failed !== undefined;
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.storedSinceCompact > 0) {
      this.storedSinceCompact = 0;
      await this.store.compact(this.draftId).catch((error: unknown) => console.error(`Compacting draft ${this.draftId} failed`, error));
    }
    this.awareness.destroy();
    this.doc.destroy();
    this.shadow.destroy();
  }
}
