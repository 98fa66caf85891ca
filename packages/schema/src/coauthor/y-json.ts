import * as Y from "yjs";
import { isRecord } from "../json-value.js";

// JSON values inside a Y.Doc, written as small changes: an object is a Y.Map (a changed key touches only that key),
// an array a Y.Array (changed by index between a common prefix and suffix), a string a Y.Text changed only where its
// characters changed, so two people typing in one text merge character-wise. Names and types stay plain strings:
// merging two renames character by character would make a name neither of them wrote.

export type JsonObject = Record<string, unknown>;

/** Keys whose string values are identifiers, replaced whole rather than merged character-wise. */
const atomicKeys: ReadonlySet<string> = new Set(["name", "type", "id", "audience", "cellType", "inputType", "valueName"]);

/** A stored key beginning with "@" is reserved (element lists, markers); a JSON key beginning with "@" gets one more. */
export const childrenPrefix = "@children:";
export const storedKey = (key: string) => (key.startsWith("@") ? `@${key}` : key);
/** The JSON key a stored key holds, or undefined for a reserved key. */
export const jsonKey = (stored: string) => (stored.startsWith("@@") ? stored.slice(1) : stored.startsWith("@") ? undefined : stored);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Changes the text to `next` by deleting and inserting only between their common prefix and suffix. */
export function writeText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  // never split a surrogate pair: the two halves would be merged apart
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shortest - start && current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  if (end > 0 && isHighSurrogate(current.charCodeAt(current.length - 1 - end))) end--;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted !== "") text.insert(start, inserted);
}

/** The JSON a stored value holds (a Y.Map's reserved keys are left out). */
export function readValue(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map) return readPlainObject(value);
  if (value instanceof Y.Array) return value.toArray().map(readValue);
  return value;
}

/** Keys in a fixed order, so every peer reads the same JSON whatever order the keys reached it in. */
export function orderedKeys(keys: Iterable<string>): string[] {
  const rank = (key: string) => (key === "type" ? 0 : key === "name" ? 1 : 2);
  return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function readPlainObject(map: Y.Map<unknown>): JsonObject {
  const object: JsonObject = {};
  const keys = new Map<string, string>();
  for (const stored of map.keys()) {
    const key = jsonKey(stored);
    if (key !== undefined) keys.set(key, stored);
  }
  for (const key of orderedKeys(keys.keys())) object[key] = readValue(map.get(keys.get(key) as string));
  return object;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    return keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length && keys.every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

/** A fresh stored value for `value`: primitives as they are, strings as Y.Text unless atomic, containers empty (fill after integrating). */
function fresh(value: unknown, atomic: boolean): unknown {
  if (typeof value === "string") return atomic ? value : new Y.Text(value);
  if (Array.isArray(value)) return new Y.Array();
  if (isRecord(value)) return new Y.Map();
  return value;
}

function fill(stored: unknown, value: unknown): void {
  if (stored instanceof Y.Map && isRecord(value)) writeObject(stored, value);
  else if (stored instanceof Y.Array && Array.isArray(value)) writeArray(stored, value);
}

/** Whether `stored` can be changed in place into `value` (same kind of container, or a text into a string). */
function updatable(stored: unknown, value: unknown, atomic: boolean): boolean {
  if (stored instanceof Y.Text) return typeof value === "string" && !atomic;
  if (stored instanceof Y.Map) return isRecord(value);
  if (stored instanceof Y.Array) return Array.isArray(value);
  return false;
}

function update(stored: unknown, value: unknown): void {
  if (stored instanceof Y.Text) writeText(stored, value as string);
  else fill(stored, value);
}

/** Sets one key of a map to a JSON value, changing as little as possible. */
export function writeKey(map: Y.Map<unknown>, key: string, value: unknown): void {
  const stored = storedKey(key);
  const atomic = atomicKeys.has(key);
  if (value === undefined) {
    if (map.has(stored)) map.delete(stored);
    return;
  }
  const current = map.get(stored);
  if (updatable(current, value, atomic)) {
    update(current, value);
    return;
  }
  if (map.has(stored) && !(current instanceof Y.AbstractType) && current === value) return;
  fill(map.set(stored, fresh(value, atomic)), value);
}

/** Makes a map hold `object`'s keys (reserved keys the caller keeps are listed in `keep`). */
export function writeObject(map: Y.Map<unknown>, object: JsonObject, keep: ReadonlySet<string> = new Set()): void {
  const wanted = new Set(Object.keys(object).filter((key) => object[key] !== undefined).map(storedKey));
  for (const stored of [...map.keys()]) {
    if (!wanted.has(stored) && !keep.has(stored)) map.delete(stored);
  }
  for (const key of Object.keys(object)) writeKey(map, key, object[key]);
}

/** Makes an array hold `values`: the differing middle between a common prefix and suffix is changed index by index. */
export function writeArray(array: Y.Array<unknown>, values: readonly unknown[]): void {
  const current = array.toArray().map(readValue);
  let start = 0;
  while (start < current.length && start < values.length && sameJson(current[start], values[start])) start++;
  let end = 0;
  while (end < current.length - start && end < values.length - start && sameJson(current[current.length - 1 - end], values[values.length - 1 - end])) end++;
  const oldMiddle = current.length - start - end;
  const newMiddle = values.length - start - end;
  const common = Math.min(oldMiddle, newMiddle);
  for (let i = start; i < start + common; i++) {
    const stored = array.get(i);
    if (updatable(stored, values[i], false)) update(stored, values[i]);
    else {
      array.delete(i, 1);
      array.insert(i, [fresh(values[i], false)]);
      fill(array.get(i), values[i]);
    }
  }
  if (oldMiddle > common) array.delete(start + common, oldMiddle - common);
  for (let i = start + common; i < start + newMiddle; i++) {
    array.insert(i, [fresh(values[i], false)]);
    fill(array.get(i), values[i]);
  }
}

/** Makes a list of ids equal `next`, keeping the longest common subsequence in place so only moved ids are touched. */
export function writeIdList(array: Y.Array<string>, next: readonly string[]): void {
  const current = array.toArray();
  const n = current.length;
  const m = next.length;
  // lengths of the longest common subsequence of current[i..] and next[j..]
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = current[i] === next[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const keep = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (current[i] === next[j]) {
      keep.add(i);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  for (let i = n - 1; i >= 0; i--) if (!keep.has(i)) array.delete(i, 1);
  const kept = array.toArray();
  let at = 0;
  for (const id of next) {
    if (kept[at] === id) {
      at++;
      continue;
    }
    array.insert(at, [id]);
    kept.splice(at, 0, id);
    at++;
  }
}
