import { mergeDrafts, type DraftConflict, type QuestionnaireDraft } from "@afrapport/schema";
import { DraftConflictSchema, DraftViewSchema, type DraftView, type SavedDraft } from "@afrapport/schema/api";
import type { ApiError } from "../api/api-error.js";
import { canRedo, canUndo, rebaseHistory, recordEdit, redo, startHistory, undo, type UndoHistory } from "./undo-history.js";

/**
 * A draft while it is edited: the local content (the present of an undo history) applied at once, and the saves
 * that carry it to the server, one at a time, each on the revision it started from. Nothing typed is ever thrown
 * away: a failed save keeps the content and is tried again; a colleague's save is merged under the local edits
 * made meanwhile; a real conflict waits for the person to choose. A reducer, so the page stays thin and every
 * transition is tested; the timers (debounce, backoff) live in the hook.
 */
export interface DraftSession {
  history: UndoHistory<QuestionnaireDraft>;
  /** the server's latest word on the draft: revision, findings, access, who changed it last */
  view: DraftView;
  /**
   * The content the server holds at `view.revision`, the base of the next save. The very object of the local
   * draft when nothing is unsaved, so "unsaved" is a reference comparison.
   */
  saved: QuestionnaireDraft;
  inFlight: SaveRequest | null;
  /** the id the next save gets, so a late answer to an abandoned save is recognised and ignored */
  nextId: number;
  /** failed attempts in a row, for the backoff */
  failures: number;
  problem: SaveProblem | null;
  /** when the last save succeeded (ISO); null: nothing saved since the page opened */
  savedAt: string | null;
  /** the last save was merged with a colleague's: what came from them */
  merge: { fromTheirs: string[]; at: string } | null;
}

export interface SaveRequest {
  id: number;
  content: QuestionnaireDraft;
  baseRevision: number;
}

export type SaveProblem =
  /** the server could not be reached or failed: tried again after `retryDelay` */
  | { kind: "retrying"; error: ApiError }
  /** a colleague saved meanwhile and the edits conflict: the person chooses theirs or mine */
  | { kind: "conflict"; current: DraftView; conflicts: DraftConflict[] }
  /** the draft was published or discarded meanwhile: nothing more can be saved */
  | { kind: "closed"; current: DraftView | null }
  /** refused (invalid, no longer allowed): not tried again until the next edit */
  | { kind: "refused"; error: ApiError };

export type DraftAction =
  | { type: "edit"; draft: QuestionnaireDraft; group?: string; at: number }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "saveStarted"; request: SaveRequest }
  | { type: "saveSucceeded"; id: number; result: SavedDraft; at: string }
  | { type: "saveFailed"; id: number; error: ApiError }
  /** after a conflict: their draft replaces mine (mine stays one undo away) */
  | { type: "takeTheirs" }
  /** after a conflict: mine is saved on top of theirs */
  | { type: "keepMine" }
  /** the server's draft replaced the local one by the person's choice (a restored revision) */
  | { type: "replaced"; draft: DraftView }
  | { type: "dismissMerge" };

export function startSession(view: DraftView): DraftSession {
  return { history: startHistory(view.content), view, saved: view.content, inFlight: null, nextId: 1, failures: 0, problem: null, savedAt: null, merge: null };
}

export function localDraft(session: DraftSession): QuestionnaireDraft {
  return session.history.present;
}

/** Whether the local draft holds edits the server has not confirmed. */
export function isDirty(session: DraftSession): boolean {
  return session.history.present !== session.saved;
}

/** Whether the person can change the draft here: allowed to, and it is still open. */
export function isEditable(session: DraftSession): boolean {
  return session.view.access === "edit" && session.problem?.kind !== "closed";
}

export function undoable(session: DraftSession): boolean {
  return isEditable(session) && canUndo(session.history);
}

export function redoable(session: DraftSession): boolean {
  return isEditable(session) && canRedo(session.history);
}

/** The save to send now, or null: nothing unsaved, one on its way, or waiting for the person (conflict, refusal). */
export function saveRequest(session: DraftSession): SaveRequest | null {
  if (!isDirty(session) || session.inFlight !== null || !isEditable(session)) return null;
  if (session.problem !== null && session.problem.kind !== "retrying") return null;
  return { id: session.nextId, content: session.history.present, baseRevision: session.view.revision };
}

/** What the header says about saving. */
export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "retrying"; error: ApiError }
  | { kind: "conflict" }
  | { kind: "closed" }
  | { kind: "refused"; error: ApiError };

export function saveState(session: DraftSession): SaveState {
  const problem = session.problem;
  if (problem !== null && problem.kind !== "retrying") return problem.kind === "refused" ? { kind: "refused", error: problem.error } : { kind: problem.kind };
  if (session.inFlight !== null) return { kind: "saving" };
  if (problem !== null) return { kind: "retrying", error: problem.error };
  if (isDirty(session)) return { kind: "pending" };
  return { kind: "saved", at: session.savedAt };
}

/** How long to wait before trying a failed save again: as the server asks, else 1, 2, 4 … seconds up to 30. */
export function retryDelay(failures: number, error?: ApiError): number {
  if (error?.retryAfterSeconds !== undefined) return Math.max(1_000, error.retryAfterSeconds * 1_000);
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
}

/** What a failed save means for the queue. */
export function classifySaveError(error: ApiError): SaveProblem {
  if (error.status === 409) {
    const body = (typeof error.body === "object" && error.body !== null ? error.body : {}) as { current?: unknown; conflicts?: unknown };
    const current = DraftViewSchema.safeParse(body.current);
    const conflicts = DraftConflictSchema.array().safeParse(body.conflicts ?? []);
    if (error.code === "stale_revision" && current.success && conflicts.success && conflicts.data.length > 0) {
      return { kind: "conflict", current: current.data, conflicts: conflicts.data };
    }
    // Two others saved at the very same moment: the next try merges with what they stored.
    if (error.code === "stale_revision") return { kind: "retrying", error };
    return { kind: "closed", current: current.success ? current.data : null };
  }
  if (error.status === 0 || error.code === "network" || error.status === 408 || error.status === 429 || error.status >= 500) return { kind: "retrying", error };
  return { kind: "refused", error };
}

export function draftReducer(session: DraftSession, action: DraftAction): DraftSession {
  switch (action.type) {
    case "edit": {
      if (!isEditable(session)) return session;
      const history = recordEdit(session.history, action.draft, { at: action.at, ...(action.group === undefined ? {} : { group: action.group }) });
      if (history === session.history) return session;
      // a refusal was about the content as it was; the edit may have fixed it
      return { ...session, history, problem: session.problem?.kind === "refused" ? null : session.problem };
    }
    case "undo":
    case "redo": {
      if (!isEditable(session)) return session;
      const history = action.type === "undo" ? undo(session.history) : redo(session.history);
      return { ...session, history, problem: session.problem?.kind === "refused" ? null : session.problem };
    }
    case "saveStarted":
      if (action.request.id !== session.nextId || session.inFlight !== null) return session;
      return { ...session, inFlight: action.request, nextId: session.nextId + 1 };
    case "saveSucceeded":
      return saveSucceeded(session, action.id, action.result, action.at);
    case "saveFailed": {
      if (session.inFlight?.id !== action.id) return session;
      const problem = classifySaveError(action.error);
      if (problem.kind === "conflict") {
        return { ...session, inFlight: null, failures: 0, problem };
      }
      if (problem.kind === "closed") {
        return { ...session, inFlight: null, failures: 0, problem, view: problem.current ?? session.view };
      }
      return { ...session, inFlight: null, failures: problem.kind === "retrying" ? session.failures + 1 : 0, problem };
    }
    case "takeTheirs": {
      if (session.problem?.kind !== "conflict") return session;
      const current = session.problem.current;
      return { ...session, history: recordEdit(session.history, current.content), view: current, saved: current.content, problem: null, failures: 0 };
    }
    case "keepMine": {
      if (session.problem?.kind !== "conflict") return session;
      // Their revision becomes the base, so the next save is stored as it is and replaces their edits with mine.
      const current = session.problem.current;
      return { ...session, view: current, saved: current.content, problem: null, failures: 0 };
    }
    case "replaced":
      return {
        ...session,
        history: recordEdit(session.history, action.draft.content),
        view: action.draft,
        saved: action.draft.content,
        inFlight: null,
        problem: null,
        failures: 0,
      };
    case "dismissMerge":
      return { ...session, merge: null };
  }
}

function saveSucceeded(session: DraftSession, id: number, result: SavedDraft, at: string): DraftSession {
  const sent = session.inFlight;
  if (sent === null || sent.id !== id) return session;
  const done = { ...session, inFlight: null, failures: 0, problem: null, savedAt: at };
  if (!result.merged) {
    // Stored as sent: keep our own object as the base, so an unchanged draft compares equal by reference.
    return { ...done, view: { ...result.draft, content: sent.content }, saved: sent.content };
  }
  const theirs = result.draft.content;
  const merge = { fromTheirs: result.fromTheirs, at };
  const local = session.history.present;
  if (local === sent.content) {
    return { ...done, view: result.draft, saved: theirs, merge, history: rebaseHistory(session.history, theirs, (step) => carry(sent.content, theirs, step)) };
  }
  // Edits made while the save was on its way: carried onto the merged draft like a colleague's edit.
  const rebased = carry(sent.content, theirs, local);
  if (rebased === null) {
    const conflict = mergeDrafts(sent.content, theirs, local);
    const conflicts = conflict.ok ? [] : conflict.conflicts;
    return { ...done, view: result.draft, saved: theirs, merge, problem: { kind: "conflict", current: result.draft, conflicts } };
  }
  return { ...done, view: result.draft, saved: theirs, merge, history: rebaseHistory(session.history, rebased, (step) => carry(sent.content, theirs, step)) };
}

/** `step` with what `theirs` changed since `base` merged in; null when the two conflict. */
function carry(base: QuestionnaireDraft, theirs: QuestionnaireDraft, step: QuestionnaireDraft): QuestionnaireDraft | null {
  if (step === base) return theirs;
  const merged = mergeDrafts(base, theirs, step);
  return merged.ok ? merged.merged : null;
}

