/**
 * Edits made while the live connection was down, kept in the browser (localStorage) as a Yjs update of the whole
 * document, so closing or reloading the tab before the connection is back loses nothing: the next visit merges
 * them into the shared document after its first sync – a CRDT update merges with whatever happened meanwhile, and
 * one the server already has changes nothing. Dropped once the connection has been in sync for a moment.
 */
export const liveStashKey = (draftId: string) => `afrapport.kladde.live.${draftId}`;

type StashStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function encodeUpdate(update: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < update.length; i += chunk) binary += String.fromCharCode(...update.subarray(i, i + chunk));
  return btoa(binary);
}

export function decodeUpdate(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export function writeLiveStash(storage: StashStorage, draftId: string, update: Uint8Array, at: string): void {
  try {
    storage.setItem(liveStashKey(draftId), JSON.stringify({ update: encodeUpdate(update), at }));
  } catch {
    // storage full or switched off: the edits are still in the open tab's document
  }
}

export function readLiveStash(storage: StashStorage, draftId: string): { update: Uint8Array; at: string } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(liveStashKey(draftId)) ?? "null");
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const { update, at } = raw as Record<string, unknown>;
  if (typeof update !== "string" || typeof at !== "string") return null;
  const bytes = decodeUpdate(update);
  return bytes === null || bytes.length === 0 ? null : { update: bytes, at };
}

export function clearLiveStash(storage: StashStorage, draftId: string): void {
  try {
    storage.removeItem(liveStashKey(draftId));
  } catch {
    // nothing kept, nothing to clear
  }
}
