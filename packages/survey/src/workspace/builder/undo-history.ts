/**
 * Undo and redo over immutable values: the present, what came before it and what an undo put aside. Typing in one
 * field makes an edit per keystroke, so edits of the same `group` close together in time become one step; a
 * structural edit (add, move, delete) gives no group and is always a step of its own.
 */
export interface UndoHistory<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** the group of the step now at the top, while it may still grow */
  group: string | null;
  /** when that group last grew (ms) */
  groupAt: number;
}

export interface RecordOptions {
  /** edits of one group within `coalesceMs` of each other form one step (e.g. "question:q3", "settings:title.da") */
  group?: string;
  /** now, in ms */
  at?: number;
}

/** How many steps back undo reaches; older ones are forgotten. */
export const undoLimit = 100;
/** Edits of one group further apart than this are separate steps. */
export const coalesceMs = 1_000;

export function startHistory<T>(present: T): UndoHistory<T> {
  return { past: [], present, future: [], group: null, groupAt: 0 };
}

/** The history after an edit to `next`. An edit to the very same value changes nothing. */
export function recordEdit<T>(history: UndoHistory<T>, next: T, options: RecordOptions = {}): UndoHistory<T> {
  if (next === history.present) return history;
  const at = options.at ?? 0;
  const group = options.group ?? null;
  if (group !== null && group === history.group && at - history.groupAt <= coalesceMs && history.past.length > 0) {
    return { ...history, present: next, future: [], groupAt: at };
  }
  return { past: [...history.past, history.present].slice(-undoLimit), present: next, future: [], group, groupAt: at };
}

export function canUndo(history: UndoHistory<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: UndoHistory<unknown>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], group: null, groupAt: 0 };
}

export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, group: null, groupAt: 0 };
}

/**
 * Every step carried through `rebase` (e.g. a colleague's change merged into each of them), the present as given.
 * A step `rebase` cannot carry (null) is dropped with everything beyond it, so undo never jumps across a gap.
 */
export function rebaseHistory<T>(history: UndoHistory<T>, present: T, rebase: (step: T) => T | null): UndoHistory<T> {
  const past: T[] = [];
  for (let i = history.past.length - 1; i >= 0; i--) {
    const step = rebase(history.past[i]!);
    if (step === null) break;
    past.unshift(step);
  }
  const future: T[] = [];
  for (const entry of history.future) {
    const step = rebase(entry);
    if (step === null) break;
    future.push(step);
  }
  return { past, present, future, group: null, groupAt: 0 };
}
