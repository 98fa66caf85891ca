import { mergeDrafts, QuestionnaireDraftSchema, type QuestionnaireDraft } from "@afrapport/schema";

/**
 * Edits not yet saved, kept in the browser (localStorage) until the server has them: if the tab is closed while
 * offline, or the session ends before the last save, the next visit offers them back. Only the person's own
 * browser holds them, and they are dropped as soon as a save succeeds.
 */
export interface Stash {
  /** the revision the edits were made on */
  baseRevision: number;
  content: QuestionnaireDraft;
  /** when they were kept (ISO) */
  at: string;
}

export const stashKey = (draftId: string) => `afrapport.kladde.${draftId}`;

type StashStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function writeStash(storage: StashStorage, draftId: string, stash: Stash): void {
  try {
    storage.setItem(stashKey(draftId), JSON.stringify(stash));
  } catch {
    // storage full or switched off: the edits still go to the server as usual
  }
}

export function clearStash(storage: StashStorage, draftId: string): void {
  try {
    storage.removeItem(stashKey(draftId));
  } catch {
    // nothing kept, nothing to clear
  }
}

/** The kept edits, when there are any that are well-formed and differ from what the server has. */
export function readStash(storage: StashStorage, draftId: string, current: QuestionnaireDraft): Stash | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(stashKey(draftId)) ?? "null");
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const { baseRevision, content, at } = raw as Record<string, unknown>;
  const parsed = QuestionnaireDraftSchema.safeParse(content);
  if (!parsed.success || typeof baseRevision !== "number" || typeof at !== "string") return null;
  if (JSON.stringify(parsed.data) === JSON.stringify(current)) return null;
  return { baseRevision, content: parsed.data, at };
}

/**
 * The kept edits brought onto the draft as it is now: merged with what was saved since they were made (`base` is
 * the content of their base revision), or, when the two clash, the kept edits as they were – the person chose
 * them, and undo takes them back.
 */
export function restoredDraft(stash: Stash, base: QuestionnaireDraft | null, current: QuestionnaireDraft): { draft: QuestionnaireDraft; merged: boolean } {
  if (base === null) return { draft: stash.content, merged: false };
  const merged = mergeDrafts(base, current, stash.content);
  return merged.ok ? { draft: merged.merged, merged: true } : { draft: stash.content, merged: false };
}
