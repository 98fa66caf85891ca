import { useCallback, useEffect, useState } from "react";
import type { ApiResult } from "../api/api-error.js";
import type { ApiErrorWords } from "./api-error-text.js";
import { inWords, settle, type Loaded, type LoadState } from "./load-state.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

export type { Loaded };

export interface Load<T> {
  loaded: Loaded<T>;
  /** loads again; the last value stays on screen meanwhile */
  reload(): void;
  /** puts a value the page got otherwise (the answer to a save) in place of the loaded one */
  set(value: T): void;
  /** changes the value in place (a comment added); `undefined` when nothing has loaded */
  update(change: (value: T | undefined) => T): void;
}

/**
 * The one way a workspace page loads: one API resource, a failure said in the reader's language by its code
 * (`words` adds the page's own sentences and field labels), and `reload()` to load it again. While reloading, and
 * when the key changes, the last value stays on screen (no flicker back to "Indlæses …"); a late answer for an old
 * key is ignored.
 */
export function useLoad<T>(load: () => Promise<ApiResult<T>>, key: string, words?: ApiErrorWords): Load<T> {
  const { w } = useWorkspaceMessages();
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setState((previous) => settle(previous, result, round > 0));
    });
    return () => {
      live = false;
    };
    // `load` is a new function on every render; the key and the round say when to load again
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const set = useCallback((value: T) => setState({ status: "ok", value }), []);
  const update = useCallback(
    (change: (value: T | undefined) => T) => setState((previous) => ({ status: "ok", value: change(previous.status === "ok" ? previous.value : undefined) })),
    [],
  );
  return { loaded: inWords(state, w, words), reload, set, update };
}
