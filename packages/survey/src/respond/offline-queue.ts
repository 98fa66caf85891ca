import { answersEqual, mergeAnswers, type AnswerConflict, type Answers } from "@afrapport/schema";

/**
 * Answers not yet confirmed by the server, kept on this device per link: written on every edit, removed when a
 * save succeeds. `base` is the saved state the edits started from (at `baseRevision`), so that when the server
 * moved on meanwhile the edits can be merged question by question instead of overwriting a colleague's work.
 */
export interface PendingAnswers {
  baseRevision: number;
  base: Answers;
  answers: Answers;
  /** ISO time of the last edit */
  changedAt: string;
}

/** The part of the Web Storage API the queue needs; `localStorage` in the browser, a Map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function pendingKey(token: string): string {
  return `afrapport:pending:${token}`;
}

export class PendingStore {
  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly token: string,
  ) {}

  read(): PendingAnswers | undefined {
    let text: string | null;
    try {
      text = this.storage?.getItem(pendingKey(this.token)) ?? null;
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const value = JSON.parse(text) as unknown;
      return isPendingAnswers(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** False when the device refused (storage full or disabled); the caller then says so instead of promising. */
  write(pending: PendingAnswers): boolean {
    if (this.storage === undefined) return false;
    try {
      this.storage.setItem(pendingKey(this.token), JSON.stringify(pending));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(pendingKey(this.token));
    } catch {
      // nothing to do: the entry is stale at worst and is merged (to no change) on the next load
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPendingAnswers(value: unknown): value is PendingAnswers {
  return (
    isRecord(value) &&
    typeof value.baseRevision === "number" &&
    isRecord(value.base) &&
    isRecord(value.answers) &&
    typeof value.changedAt === "string"
  );
}

/** What to do with answers found on the device when the page loads the saved state. */
export type Reconciliation =
  /** nothing unsent (or it already reached the server): show the saved answers */
  | { kind: "clean"; answers: Answers }
  /** unsent edits merged into the saved state without collisions: show them and save */
  | { kind: "resend"; answers: Answers; fromTheirs: string[] }
  /** a colleague changed the same questions meanwhile: the person chooses; `answers` shows mine where they collide */
  | { kind: "conflicts"; answers: Answers; fromTheirs: string[]; conflicts: AnswerConflict[] }
  /** the response can no longer be changed (submitted, closed): the unsent edits cannot be saved */
  | { kind: "locked"; answers: Answers; unsent: string[] };

/**
 * Merges answers left on the device with the state the server has now. Pure. When the server is still at the
 * revision the edits were based on they simply win; when it moved on (a colleague saved, or a keepalive save
 * from the last visit got through) the three-way merge keeps both sides and reports real collisions.
 */
export function reconcilePending(
  pending: PendingAnswers | undefined,
  server: { revision: number; answers: Answers },
  editable: boolean,
): Reconciliation {
  if (pending === undefined) return { kind: "clean", answers: server.answers };
  const base = pending.baseRevision === server.revision ? server.answers : pending.base;
  const { merged, fromTheirs, conflicts } = mergeAnswers(base, pending.answers, server.answers);
  if (!editable) {
    const unsent = Object.keys({ ...merged, ...server.answers }).filter((q) => !answersEqual(merged[q], server.answers[q]));
    for (const c of conflicts) if (!unsent.includes(c.question)) unsent.push(c.question);
    return unsent.length === 0 ? { kind: "clean", answers: server.answers } : { kind: "locked", answers: server.answers, unsent };
  }
  if (conflicts.length > 0) return { kind: "conflicts", answers: withMine(merged, conflicts), fromTheirs, conflicts };
  if (answersEqual(merged, server.answers)) return { kind: "clean", answers: server.answers };
  return { kind: "resend", answers: merged, fromTheirs };
}

/** The merged answers with my side of every collision, so the form keeps showing what the person typed. */
export function withMine(merged: Answers, conflicts: AnswerConflict[]): Answers {
  const result: Answers = { ...merged };
  for (const c of conflicts) {
    if (c.mine === undefined) delete result[c.question];
    else result[c.question] = structuredClone(c.mine);
  }
  return result;
}
