import type { KeyValueStorage } from "./offline-queue.js";

/** A KeyValueStorage in memory: for tests, and for hosts without Web Storage (answers then last one visit). */
export function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}
