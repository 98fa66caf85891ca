import { useRef } from "react";

let counter = 0;
const newKey = () => `row-${(counter += 1)}`;

/**
 * Stable React keys for the rows of a list the panel edits in place. A row keeps its key when it moves, so its
 * fields – and the one with the focus – move with it rather than staying at the old index with another row's text.
 * When the list's length changes from outside (undo, a colleague's edit), the keys start over.
 */
export function useRowKeys(count: number) {
  const keys = useRef<string[]>([]);
  if (keys.current.length !== count) keys.current = Array.from({ length: count }, newKey);
  return {
    keys: keys.current,
    added() {
      keys.current = [...keys.current, newKey()];
    },
    removed(index: number) {
      keys.current = keys.current.filter((_, i) => i !== index);
    },
    moved(index: number, direction: -1 | 1) {
      const next = [...keys.current];
      const target = index + direction;
      if (target < 0 || target >= next.length) return;
      [next[index], next[target]] = [next[target]!, next[index]!];
      keys.current = next;
    },
    /** several rows appended at once (pasted choices) */
    appended(count: number) {
      keys.current = [...keys.current, ...Array.from({ length: count }, newKey)];
    },
  };
}
