/**
 * Editing the approval path as a list of step names: add, rename, move up or down, remove. Pure functions on a
 * plain array (each returns a new one), and the check that runs before the list is saved.
 */

export const maxStepNameLength = 200;

export function addStep(steps: readonly string[], name = ""): string[] {
  return [...steps, name];
}

export function renameStep(steps: readonly string[], index: number, name: string): string[] {
  return steps.map((step, i) => (i === index ? name : step));
}

export function removeStep(steps: readonly string[], index: number): string[] {
  return steps.filter((_, i) => i !== index);
}

/** Moves a step one place up (-1) or down (+1); at either end the list is returned unchanged. */
export function moveStep(steps: readonly string[], index: number, direction: -1 | 1): string[] {
  const target = index + direction;
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export type StepProblem = "empty" | "tooLong" | "duplicate";

export interface StepsCheck {
  /** the names as they will be saved (trimmed) */
  steps: string[];
  /** the problem of each step by index; empty when the list can be saved */
  problems: Map<number, StepProblem>;
  /** the list itself is empty */
  none: boolean;
}

/** Checks the list before saving: every name filled in, not too long, no name twice (case-insensitive). */
export function checkSteps(steps: readonly string[]): StepsCheck {
  const trimmed = steps.map((step) => step.trim());
  const problems = new Map<number, StepProblem>();
  const seen = new Set<string>();
  trimmed.forEach((step, i) => {
    const key = step.toLocaleLowerCase("da");
    if (step === "") problems.set(i, "empty");
    else if (step.length > maxStepNameLength) problems.set(i, "tooLong");
    else if (seen.has(key)) problems.set(i, "duplicate");
    seen.add(key);
  });
  return { steps: trimmed, problems, none: trimmed.length === 0 };
}

/**
 * Whether a step may move: not past either end, and never into or out of the decided steps at the top (the
 * server keeps a decided step's place and name; decisions go in order, so the decided steps are the first ones).
 */
export function canMove(index: number, direction: -1 | 1, length: number, lockedCount: number): boolean {
  const target = index + direction;
  return index >= lockedCount && target >= lockedCount && target >= 0 && target < length;
}

/** How many steps at the top have a decision (and so keep their place and name). */
export function lockedStepCount(decidedPositions: readonly number[]): number {
  return decidedPositions.length === 0 ? 0 : Math.max(...decidedPositions);
}
