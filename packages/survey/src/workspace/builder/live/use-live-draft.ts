import type { QuestionnaireDraft } from "@afrapport/schema";
import { useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore } from "react";
import { WebsocketProvider } from "y-websocket";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { connectionReducer, firstSyncTimeoutMs, liveState, startConnection, type LiveState } from "./live-connection.js";
import { LiveDraftStore, type LiveSnapshot } from "./live-draft-store.js";
import { clearLiveStash, readLiveStash, writeLiveStash } from "./live-stash.js";
import { peersOf, presenceColor, type Peer, type PresenceFocus } from "./presence.js";

/** How long the connection must be in sync before the kept offline edits are dropped from the browser. */
const confirmMs = 2_000;
/** How long after an offline edit it is written to the browser's storage. */
const stashDelayMs = 300;

export interface LiveDraftHandle {
  state: LiveState;
  snapshot: LiveSnapshot;
  peers: Peer[];
  /** an edit of the draft, written into the shared document; `group` joins quick edits of one field into one undo step */
  edit(next: QuestionnaireDraft, group?: string): void;
  undo(): void;
  redo(): void;
  /** where this person is, for the others */
  setFocus(focus: PresenceFocus): void;
  /** resolves true once the server has every change made here (before publishing) */
  flush(): Promise<boolean>;
  /** when edits kept from an earlier visit were merged in (ISO), for a notice */
  stashMergedAt: string | null;
}

/** The live endpoint's base (the draft's id and `/live` are added by the provider). */
export function liveServerUrl(location: Pick<Location, "protocol" | "host">): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/api/questionnaires/drafts`;
}

/**
 * The draft as a shared document on the live connection (y-websocket, the co-authoring contract): connected,
 * synced, the draft read from it, edits written into it, undo of one's own edits, who else is here and where, and
 * edits made offline kept in the browser until the connection has them. The connection's states are
 * live-connection.ts; the document's view is live-draft-store.ts; this hook wires them to the socket and the page.
 */
export function useLiveDraft(draftId: string, user: { id: string; name: string }, canEdit: boolean): LiveDraftHandle {
  const [{ doc, store }] = useState(() => {
    const created = new Y.Doc();
    return { doc: created, store: new LiveDraftStore(created) };
  });
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [connection, dispatch] = useReducer(connectionReducer, typeof navigator === "undefined" ? true : navigator.onLine, startConnection);
  const state = liveState(connection);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [peers, setPeers] = useState<Peer[]>([]);
  const [stashMergedAt, setStashMergedAt] = useState<string | null>(null);
  const awarenessRef = useRef<Awareness | null>(null);
  const providerRef = useRef<WebsocketProvider | null>(null);
  const focusRef = useRef<PresenceFocus>({ element: null, field: null });

  // The document and its store live as long as the component (no cleanup: StrictMode's trial unmount would leave
  // a destroyed store behind); the connection below is what is opened and closed with the effects.

  useEffect(() => {
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { id: user.id, name: user.name, color: presenceColor(user.id) }, focus: focusRef.current });
    const provider = new WebsocketProvider(liveServerUrl(window.location), `${draftId}/live`, doc, { awareness, maxBackoffTime: 5_000 });
    awarenessRef.current = awareness;
    providerRef.current = provider;
    let firstSync = true;

    provider.on("status", ({ status }) => dispatch({ type: "socket", status }));
    provider.on("closed", ({ code }) => dispatch({ type: "closed", code }));
    provider.on("sync", (synced: boolean) => {
      dispatch({ type: "synced", synced });
      if (!synced || !firstSync) return;
      firstSync = false;
      // edits an earlier visit made offline: merged now that the document holds the server's draft
      const kept = readLiveStash(window.localStorage, draftId);
      if (kept !== null && canEdit) {
        Y.applyUpdate(doc, kept.update, "stash");
        setStashMergedAt(kept.at);
      }
    });
    const showPeers = () => setPeers(peersOf(awareness.getStates(), doc.clientID, user.id));
    awareness.on("change", showPeers);
    const online = () => {
      dispatch({ type: "online", online: true });
      provider.connect();
    };
    // a socket the browser kept open while offline would take edits nowhere: closed at once, reopened when back
    const offline = () => {
      dispatch({ type: "online", online: false });
      provider.disconnect();
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    const gaveUp = setTimeout(() => dispatch({ type: "gaveUp" }), firstSyncTimeoutMs);
    return () => {
      clearTimeout(gaveUp);
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      awareness.off("change", showPeers);
      providerRef.current = null;
      awarenessRef.current = null;
      provider.destroy();
      awareness.destroy();
    };
  }, [doc, draftId, user.id, user.name, canEdit]);

  // a connection that never came through, or that the server ended, is not tried again
  const over = state.kind === "unavailable" || state.kind === "ended";
  useEffect(() => {
    if (over) providerRef.current?.disconnect();
  }, [over]);

  // one's own edits made while not connected are kept in the browser; dropped after a while in sync
  const connected = state.kind === "connected";
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => writeLiveStash(window.localStorage, draftId, Y.encodeStateAsUpdate(doc), new Date().toISOString());
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (connected || !(store.isOwn(origin) || origin === "stash")) return;
      clearTimeout(timer);
      timer = setTimeout(keep, stashDelayMs);
    };
    doc.on("update", onUpdate);
    const confirm = connected ? setTimeout(() => clearLiveStash(window.localStorage, draftId), confirmMs) : undefined;
    const leaving = () => {
      if (timer !== undefined) keep();
    };
    window.addEventListener("pagehide", leaving);
    return () => {
      doc.off("update", onUpdate);
      clearTimeout(confirm);
      window.removeEventListener("pagehide", leaving);
      if (timer !== undefined) {
        clearTimeout(timer);
        keep();
      }
    };
  }, [doc, store, draftId, connected]);

  const setFocus = useCallback((focus: PresenceFocus) => {
    const current = focusRef.current;
    if (current.element === focus.element && current.field === focus.field) return;
    focusRef.current = focus;
    awarenessRef.current?.setLocalStateField("focus", focus);
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    for (let waited = 0; waited <= 5_000; waited += 100) {
      const socket = providerRef.current?.ws;
      if (stateRef.current.kind === "connected" && socket !== null && socket !== undefined && socket.bufferedAmount === 0) return true;
      if (stateRef.current.kind === "ended" || stateRef.current.kind === "unavailable") return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }, []);

  return {
    state,
    snapshot,
    peers,
    edit: useCallback((next: QuestionnaireDraft, group?: string) => store.edit(next, group), [store]),
    undo: useCallback(() => store.undo(), [store]),
    redo: useCallback(() => store.redo(), [store]),
    setFocus,
    flush,
    stashMergedAt,
  };
}
