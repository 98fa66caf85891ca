import type { AnswerConflict, Answers } from "@afrapport/schema";

/** Which answer the person keeps for a question both they and a colleague changed. */
export type ConflictSide = "theirs" | "mine";

/**
 * The person's choices while resolving collisions: one per conflicting question, none made for them. Pure data
 * with pure transitions, so the component only renders it.
 */
export interface ConflictResolution {
  conflicts: AnswerConflict[];
  choices: Partial<Record<string, ConflictSide>>;
}

export function startResolution(conflicts: AnswerConflict[]): ConflictResolution {
  return { conflicts, choices: {} };
}

export function choose(state: ConflictResolution, question: string, side: ConflictSide): ConflictResolution {
  if (!state.conflicts.some((c) => c.question === question)) return state;
  return { ...state, choices: { ...state.choices, [question]: side } };
}

/** Chooses one side for every question not yet decided. */
export function chooseRemaining(state: ConflictResolution, side: ConflictSide): ConflictResolution {
  const choices = { ...state.choices };
  for (const c of state.conflicts) choices[c.question] ??= side;
  return { ...state, choices };
}

/** The questions still waiting for a choice, in the order they were reported. */
export function unresolved(state: ConflictResolution): string[] {
  return state.conflicts.filter((c) => state.choices[c.question] === undefined).map((c) => c.question);
}

export function isResolved(state: ConflictResolution): boolean {
  return unresolved(state).length === 0;
}

/**
 * The answers with every choice applied: the chosen value, or no answer when the chosen side had cleared it.
 * Throws while a choice is missing: nothing is decided for the person.
 */
export function applyResolution(state: ConflictResolution, answers: Answers): Answers {
  const missing = unresolved(state);
  if (missing.length > 0) throw new Error(`no choice made for: ${missing.join(", ")}`);
  const result: Answers = { ...answers };
  for (const c of state.conflicts) {
    const value = state.choices[c.question] === "theirs" ? c.theirs : c.mine;
    if (value === undefined) delete result[c.question];
    else result[c.question] = structuredClone(value);
  }
  return result;
}
