import type { Answers } from "./question-meta.js";

/** A question both sides changed, to different values: the person has to choose. */
export interface AnswerConflict {
  question: string;
  /** the value both started from; undefined when the question was unanswered */
  base: unknown;
  /** the value I sent; undefined when I cleared the answer */
  mine: unknown;
  /** the value already saved by someone else; undefined when they cleared it */
  theirs: unknown;
}

export interface MergeAnswersResult {
  /**
   * The merged answers. A conflicting question keeps `theirs` (the saved state) until the person chooses,
   * so applying the result never loses what someone else saved.
   */
  merged: Answers;
  /** questions whose value in `merged` came from `theirs` alone (someone else changed them, I did not) */
  fromTheirs: string[];
  /** questions both sides changed to different values */
  conflicts: AnswerConflict[];
}

/**
 * A three-way merge of answers, question by question (top-level key, deep equality): changed only by me → mine;
 * only by them → theirs; by both to the same value → that value; by both to different values → a conflict.
 * A question removed (or set to undefined) on one side counts as a change on that side.
 *
 * `base` is the state both sides started from (the revision a save was based on), `mine` the full state the person
 * sends, `theirs` the current saved state. Pure: the inputs are not changed, and no value is shared by reference
 * with `mine` or `theirs` in a way that lets a later edit of the result reach them (values are copied).
 */
export function mergeAnswers(base: Answers, mine: Answers, theirs: Answers): MergeAnswersResult {
  const entries: [string, unknown][] = [];
  const fromTheirs: string[] = [];
  const conflicts: AnswerConflict[] = [];
  for (const question of unionOfKeys(base, mine, theirs)) {
    const b = own(base, question);
    const m = own(mine, question);
    const t = own(theirs, question);
    const mineChanged = !answersEqual(b, m);
    const theirsChanged = !answersEqual(b, t);
    let value: unknown;
    if (mineChanged && theirsChanged && !answersEqual(m, t)) {
      conflicts.push({ question, base: copy(b), mine: copy(m), theirs: copy(t) });
      value = t;
    } else if (mineChanged) {
      value = m;
    } else {
      value = t;
      if (theirsChanged) fromTheirs.push(question);
    }
    if (value !== undefined) entries.push([question, copy(value)]);
  }
  // Object.fromEntries defines own properties, so a question named like a prototype key stays plain data.
  return { merged: Object.fromEntries(entries), fromTheirs, conflicts };
}

/**
 * Deep equality of answer values (JSON data): primitives by value, arrays by element in order, objects by their
 * own keys in any order. A key whose value is undefined counts as absent, as it would after a JSON round trip.
 */
export function answersEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => answersEqual(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...definedKeys(left), ...definedKeys(right)]);
  for (const key of keys) {
    if (!answersEqual(own(left, key), own(right, key))) return false;
  }
  return true;
}

function unionOfKeys(...records: Answers[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}

function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

/** The own value of a key; never an inherited one (a question called "constructor" is just a question). */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
