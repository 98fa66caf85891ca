import { deepEqual, ownValue } from "./json-value.js";
import type { Answers } from "./question-meta.js";

// The package's one structural equality, under the name the server and the survey package import.
export { deepEqual as answersEqual } from "./json-value.js";

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
    const b = ownValue(base, question);
    const m = ownValue(mine, question);
    const t = ownValue(theirs, question);
    const mineChanged = !deepEqual(b, m);
    const theirsChanged = !deepEqual(b, t);
    let value: unknown;
    if (mineChanged && theirsChanged && !deepEqual(m, t)) {
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

function unionOfKeys(...records: Answers[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
