import type { QuestionnaireDraft } from "@afrapport/schema";
import { hasDraft, metaMap, readDraft, writeDraft } from "@afrapport/schema/coauthor";
import * as Y from "yjs";
import { coalesceMs } from "../undo-history.js";

/** What the editor renders from the shared document; a new object whenever anything in it changed. */
export interface LiveSnapshot {
  /** null until the first sync has brought the draft */
  draft: QuestionnaireDraft | null;
  canUndo: boolean;
  canRedo: boolean;
  /** when a comment thread last changed (the server sets it), so the comments are fetched again */
  commentsChangedAt: string | null;
}

/**
 * The draft as a shared Yjs document, seen as the editor needs it: the draft JSON (read again after every change,
 * local or a colleague's), an edit made by the draft-edit model written back as the smallest change, and undo/redo
 * of one's own edits only (a Y.UndoManager tracking this store's origin, over the draft's content, not its meta).
 * Edits of one `group` (typing in one field) within a second of each other are one undo step, as before; an edit
 * without a group is a step of its own. Framework-free; the React hook subscribes to it.
 */
export class LiveDraftStore {
  /** the origin of this person's edits, which undo tracks and which the connection sends on */
  readonly origin: object = { liveDraftEdit: true };
  private readonly undoManager: Y.UndoManager;
  private snapshot: LiveSnapshot;
  private readonly listeners = new Set<() => void>();
  private group: string | null = null;
  private groupAt = 0;

  constructor(readonly doc: Y.Doc) {
    this.undoManager = new Y.UndoManager([doc.getMap("draft"), doc.getMap("nodes")], { trackedOrigins: new Set([this.origin]), captureTimeout: coalesceMs });
    this.snapshot = this.read();
    doc.on("update", this.changed);
    this.undoManager.on("stack-item-added", this.changed);
    this.undoManager.on("stack-item-popped", this.changed);
    this.undoManager.on("stack-cleared", this.changed);
  }

  private read(): LiveSnapshot {
    const at = metaMap(this.doc).get("commentsChangedAt");
    return {
      draft: hasDraft(this.doc) ? readDraft(this.doc) : null,
      canUndo: this.undoManager.canUndo(),
      canRedo: this.undoManager.canRedo(),
      commentsChangedAt: typeof at === "string" ? at : null,
    };
  }

  private readonly changed = () => {
    this.snapshot = this.read();
    for (const listener of this.listeners) listener();
  };

  /** for useSyncExternalStore */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  /** Writes the edited draft into the document (nothing before the first sync: there is nothing to edit yet). */
  edit(next: QuestionnaireDraft, group?: string, at: number = Date.now()): void {
    if (!hasDraft(this.doc)) return;
    if (group === undefined || group !== this.group || at - this.groupAt > coalesceMs) this.undoManager.stopCapturing();
    this.group = group ?? null;
    this.groupAt = at;
    writeDraft(this.doc, next, this.origin);
    // an edit without a group ends its step, so the next edit never joins it
    if (group === undefined) this.undoManager.stopCapturing();
  }

  /** whether a change came from this person here (an edit, or an undo or redo of one) */
  isOwn(origin: unknown): boolean {
    return origin === this.origin || origin === this.undoManager;
  }

  undo(): void {
    this.group = null;
    this.undoManager.undo();
  }

  redo(): void {
    this.group = null;
    this.undoManager.redo();
  }
}
