import { useEffect, useRef, useState } from "react";

/**
 * The value, passed on at most once per `ms`: the first change after a quiet spell at once, then the latest one at
 * the end of each interval. Keeps a costly rebuild (a survey-core model) to a few a second while someone types.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = last.current + ms - Date.now();
    if (wait <= 0) {
      last.current = Date.now();
      setShown(() => value);
      return;
    }
    const timer = setTimeout(() => {
      last.current = Date.now();
      setShown(() => value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
