/**
 * The secretariat's own text for one report section while it is being edited: what is in the field, what the
 * server last confirmed, and what happened to the last save. A reducer, so the editor component stays thin and
 * every transition is tested. Nothing typed is ever thrown away: a failed or refused save keeps the text, and a
 * stale save (a colleague saved first) keeps both texts until the person chooses.
 */

/** A summary as the server returns it (GET /api/campaigns/:id/summaries). Version 0: nothing saved yet. */
export interface SavedSummary {
  text: string;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export type SummaryStatus =
  | { kind: "idle" }
  | { kind: "saving"; text: string }
  | { kind: "saved"; at: string }
  | { kind: "failed"; reason: string; field?: boolean }
  /** a colleague saved a newer version first: theirs is shown beside ours until the person chooses */
  | { kind: "stale"; theirs: SavedSummary };

export interface SummaryDraft {
  text: string;
  saved: SavedSummary;
  status: SummaryStatus;
}

export type SummaryAction =
  | { type: "edit"; text: string }
  | { type: "saveStarted" }
  | { type: "saveSucceeded"; summary: SavedSummary; at: string }
  | { type: "saveFailed"; reason: string; field?: boolean }
  | { type: "saveStale"; theirs: SavedSummary }
  /** keep my text, to be saved on top of their version */
  | { type: "keepMine" }
  /** take their text into the field (mine is lost only by this explicit choice) */
  | { type: "takeTheirs" }
  /** the server's summary changed while the field had no unsaved edits */
  | { type: "refreshed"; summary: SavedSummary };

export const emptySummary: SavedSummary = { text: "", version: 0, updatedBy: null, updatedAt: null };

export function initialDraft(saved: SavedSummary = emptySummary): SummaryDraft {
  return { text: saved.text, saved, status: { kind: "idle" } };
}

/** Whether the field holds text the server has not confirmed. */
export function isDirty(draft: SummaryDraft): boolean {
  return draft.text !== draft.saved.text;
}

/** Whether a save may start now: something to save, no save running, no unresolved collision. */
export function canSave(draft: SummaryDraft): boolean {
  return isDirty(draft) && draft.status.kind !== "saving" && draft.status.kind !== "stale";
}

export function summaryReducer(draft: SummaryDraft, action: SummaryAction): SummaryDraft {
  switch (action.type) {
    case "edit":
      // While a collision waits for a choice, typing goes on in "mine" and the choice stays open.
      if (draft.status.kind === "stale" || draft.status.kind === "saving") return { ...draft, text: action.text };
      return { ...draft, text: action.text, status: draft.status.kind === "failed" ? draft.status : { kind: "idle" } };
    case "saveStarted":
      return canSave(draft) ? { ...draft, status: { kind: "saving", text: draft.text } } : draft;
    case "saveSucceeded":
      return { ...draft, saved: action.summary, status: { kind: "saved", at: action.at } };
    case "saveFailed":
      return { ...draft, status: { kind: "failed", reason: action.reason, ...(action.field ? { field: true } : {}) } };
    case "saveStale":
      return { ...draft, status: { kind: "stale", theirs: action.theirs } };
    case "keepMine":
      if (draft.status.kind !== "stale") return draft;
      // Their version becomes the base, so the next save is accepted and replaces their text with mine.
      return { ...draft, saved: draft.status.theirs, status: { kind: "idle" } };
    case "takeTheirs":
      if (draft.status.kind !== "stale") return draft;
      return { text: draft.status.theirs.text, saved: draft.status.theirs, status: { kind: "idle" } };
    case "refreshed":
      if (action.summary.version <= draft.saved.version) return draft;
      if (isDirty(draft)) return { ...draft, status: { kind: "stale", theirs: action.summary } };
      return { ...draft, text: action.summary.text, saved: action.summary };
  }
}

/** The body of PUT /api/campaigns/:id/summaries/:sectionId: the text and the version it was written on top of. */
export function saveRequest(draft: SummaryDraft): { text: string; baseVersion: number } {
  return { text: draft.text, baseVersion: draft.saved.version };
}
