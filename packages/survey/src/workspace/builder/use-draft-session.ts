import type { QuestionnaireDraft } from "@afrapport/schema";
import { questionnaireApi, type DraftView } from "@afrapport/schema/api";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkspaceApi } from "../api/workspace-api.js";
import { draftReducer, isDirty, retryDelay, saveRequest, startSession, type DraftAction, type DraftSession } from "./draft-save-queue.js";
import { clearStash, writeStash } from "./unsaved-stash.js";

/** How long after the last edit the draft is saved. */
export const saveDelayMs = 800;

export interface DraftSessionHandle {
  session: DraftSession;
  /** an edit of the local draft; `group` joins quick edits of one field into one undo step */
  edit(next: QuestionnaireDraft, group?: string): void;
  undo(): void;
  redo(): void;
  /** sends the save now (after a failure, without waiting for the backoff) */
  saveNow(): void;
  keepMine(): void;
  takeTheirs(): void;
  /** the server's draft replaced the local one (a restored revision) */
  replaced(view: DraftView): void;
  dismissMerge(): void;
  /** saves whatever is unsaved and resolves true once the server has all of it (before publishing) */
  flush(): Promise<boolean>;
}

/**
 * The draft editor's session: edits apply at once and are saved 800 ms after the last one, when the tab is hidden
 * and when the page is left; a failed save is tried again with backoff (and at once when the browser is back
 * online). The transitions are draft-save-queue.ts; this hook only adds the timers and the requests.
 */
export function useDraftSession(api: WorkspaceApi, initial: DraftView): DraftSessionHandle {
  // The ref is the truth, updated synchronously, so two calls in one tick never send the same save twice;
  // the state mirrors it for rendering.
  const ref = useRef<DraftSession | null>(null);
  if (ref.current === null) ref.current = startSession(initial);
  const [session, setSession] = useState<DraftSession>(ref.current);
  const inFlight = useRef<Promise<void> | null>(null);
  const draftId = initial.id;

  const run = useCallback((action: DraftAction) => {
    const next = draftReducer(ref.current!, action);
    if (next === ref.current) return;
    ref.current = next;
    setSession(next);
  }, []);

  const send = useCallback((): Promise<void> => {
    const request = saveRequest(ref.current!);
    if (request === null) return inFlight.current ?? Promise.resolve();
    run({ type: "saveStarted", request });
    const promise = api.call(questionnaireApi.saveDraft, { params: { draftId }, body: { baseRevision: request.baseRevision, content: request.content } }).then((result) => {
      inFlight.current = null;
      run(result.ok ? { type: "saveSucceeded", id: request.id, result: result.value, at: new Date().toISOString() } : { type: "saveFailed", id: request.id, error: result.error });
    });
    inFlight.current = promise;
    return promise;
  }, [api, draftId, run]);

  const dirty = isDirty(session);
  // edits not yet on the server are kept in the browser too, until a save has them
  const present = session.history.present;
  // (kept from an earlier visit until this one has saved something: the page offers them back meanwhile)
  const settled = !dirty && session.inFlight === null && session.savedAt !== null;
  const baseRevision = session.view.revision;
  useEffect(() => {
    if (settled) clearStash(window.localStorage, draftId);
    else if (isDirty(ref.current!)) writeStash(window.localStorage, draftId, { baseRevision, content: present, at: new Date().toISOString() });
  }, [present, settled, baseRevision, draftId]);

  // the debounced save
  const waiting = session.inFlight !== null || session.problem !== null;
  useEffect(() => {
    if (!dirty || waiting) return;
    const timer = setTimeout(() => void send(), saveDelayMs);
    return () => clearTimeout(timer);
  }, [session.history.present, dirty, waiting, send]);

  // the retry after a failure, with backoff, or at once when the connection is back
  const retrying = session.problem?.kind === "retrying" && session.inFlight === null ? session.problem.error : null;
  useEffect(() => {
    if (retrying === null) return;
    const timer = setTimeout(() => void send(), retryDelay(session.failures, retrying));
    const online = () => void send();
    window.addEventListener("online", online);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", online);
    };
  }, [retrying, session.failures, send]);

  // leaving: the tab hidden, the page unloaded, or the editor closed inside the app
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") void send();
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      const current = ref.current!;
      if (!isDirty(current) && current.inFlight === null) return;
      void send();
      // the browser's own "leave the page?" question; its words cannot be chosen
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", hidden);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", hidden);
      window.removeEventListener("beforeunload", beforeUnload);
      void send();
    };
  }, [send]);

  const flush = useCallback(async (): Promise<boolean> => {
    // a few rounds: a save in flight, then the edits made during it, then perhaps one retry
    for (let round = 0; round < 4; round++) {
      const current = ref.current!;
      if (current.inFlight !== null) {
        await inFlight.current;
        continue;
      }
      if (!isDirty(current)) return true;
      if (saveRequest(current) === null) return false;
      await send();
    }
    return !isDirty(ref.current!) && ref.current!.inFlight === null;
  }, [send]);

  return {
    session,
    edit: useCallback((next: QuestionnaireDraft, group?: string) => run({ type: "edit", draft: next, at: Date.now(), ...(group === undefined ? {} : { group }) }), [run]),
    undo: useCallback(() => run({ type: "undo" }), [run]),
    redo: useCallback(() => run({ type: "redo" }), [run]),
    saveNow: useCallback(() => void send(), [send]),
    keepMine: useCallback(() => run({ type: "keepMine" }), [run]),
    takeTheirs: useCallback(() => run({ type: "takeTheirs" }), [run]),
    replaced: useCallback((view: DraftView) => run({ type: "replaced", draft: view }), [run]),
    dismissMerge: useCallback(() => run({ type: "dismissMerge" }), [run]),
    flush,
  };
}
