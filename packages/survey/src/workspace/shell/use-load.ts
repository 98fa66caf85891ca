import { useCallback, useEffect, useState } from "react";
import type { ApiError, ApiResult } from "../api/api-error.js";

export type Loaded<T> = { status: "loading" } | { status: "ok"; value: T } | { status: "error"; error: ApiError };

/**
 * Loads one API resource for a page and loads it again on `reload()`. While reloading, the last value stays on
 * screen (no flicker back to "Indlæses …"); a late answer for an old key is ignored.
 */
export function useLoad<T>(load: () => Promise<ApiResult<T>>, key: string): { loaded: Loaded<T>; reload(): void; set(value: T): void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ status: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      setLoaded((previous) =>
        result.ok ? { status: "ok", value: result.value } : previous.status === "ok" && round > 0 ? previous : { status: "error", error: result.error },
      );
    });
    return () => {
      live = false;
    };
    // `load` is a new function on every render; the key and the round say when to load again
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const set = useCallback((value: T) => setLoaded({ status: "ok", value }), []);
  return { loaded, reload, set };
}
