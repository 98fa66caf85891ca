import type { QuestionnaireDraft } from "@afrapport/schema";
import type { DraftView, SavedDraft } from "@afrapport/schema/api";
import { describe, expect, test } from "vitest";
import type { ApiError } from "../api/api-error.js";
import {
  classifySaveError,
  draftReducer,
  isDirty,
  isEditable,
  localDraft,
  retryDelay,
  saveRequest,
  saveState,
  startSession,
  type DraftAction,
  type DraftSession,
} from "./draft-save-queue.js";

function draft(titles: Record<string, string>, title = "Spørgeskema"): QuestionnaireDraft {
  return {
    audience: "municipality",
    title: { da: title },
    reportSections: [{ id: "generelt", title: { da: "Generelt" } }],
    survey: { pages: [{ name: "side1", elements: Object.entries(titles).map(([name, da]) => ({ type: "text", name, title: { da } })) }] },
  };
}

function view(revision: number, content: QuestionnaireDraft, access: "edit" | "read" = "edit"): DraftView {
  return {
    id: "d1",
    announcementId: "spiseforstyrrelser",
    key: "kommune-2026",
    revision,
    content,
    findings: [],
    basedOn: null,
    regionCode: "1084",
    sharedWith: [],
    createdAt: "2026-01-05T10:00:00.000Z",
    createdBy: null,
    updatedAt: "2026-01-05T10:00:00.000Z",
    updatedBy: null,
    access,
  };
}

const saved = (revision: number, content: QuestionnaireDraft, merged = false, fromTheirs: string[] = []): SavedDraft => ({ draft: view(revision, structuredClone(content)), merged, fromTheirs });
const networkDown: ApiError = { status: 0, code: "network", message: "" };

function run(session: DraftSession, ...actions: DraftAction[]): DraftSession {
  return actions.reduce(draftReducer, session);
}

/** Edits, then starts the save the queue asks for. */
function editAndSend(session: DraftSession, next: QuestionnaireDraft): { session: DraftSession; id: number } {
  const edited = draftReducer(session, { type: "edit", draft: next, at: 0 });
  const request = saveRequest(edited);
  if (request === null) throw new Error("expected a save");
  return { session: draftReducer(edited, { type: "saveStarted", request }), id: request.id };
}

describe("the draft's save queue", () => {
  const base = draft({ q1: "Alder", q2: "Antal" });

  test("an edit is applied at once and saved on the revision it started from", () => {
    const start = startSession(view(3, base));
    expect(isDirty(start)).toBe(false);
    expect(saveRequest(start)).toBeNull();
    expect(saveState(start)).toEqual({ kind: "saved", at: null });

    const mine = draft({ q1: "Alder i år", q2: "Antal" });
    const edited = draftReducer(start, { type: "edit", draft: mine, at: 0 });
    expect(localDraft(edited)).toBe(mine);
    expect(saveState(edited)).toEqual({ kind: "pending" });
    const request = saveRequest(edited)!;
    expect(request).toMatchObject({ content: mine, baseRevision: 3 });

    const sending = draftReducer(edited, { type: "saveStarted", request });
    expect(saveState(sending)).toEqual({ kind: "saving" });
    // one save at a time
    expect(saveRequest(draftReducer(sending, { type: "edit", draft: draft({ q1: "x" }), at: 1 }))).toBeNull();

    const done = draftReducer(sending, { type: "saveSucceeded", id: request.id, result: saved(4, mine), at: "2026-01-05T14:02:00.000Z" });
    expect(isDirty(done)).toBe(false);
    expect(done.view.revision).toBe(4);
    expect(done.saved).toBe(mine);
    expect(saveState(done)).toEqual({ kind: "saved", at: "2026-01-05T14:02:00.000Z" });
  });

  test("edits made while a save is on its way stay and go with the next save, on the new revision", () => {
    const { session, id } = editAndSend(startSession(view(3, base)), draft({ q1: "A", q2: "Antal" }));
    const later = draft({ q1: "AB", q2: "Antal" });
    const typed = draftReducer(session, { type: "edit", draft: later, at: 10 });
    const done = draftReducer(typed, { type: "saveSucceeded", id, result: saved(4, draft({ q1: "A", q2: "Antal" })), at: "t" });
    expect(localDraft(done)).toBe(later);
    expect(isDirty(done)).toBe(true);
    expect(saveRequest(done)).toMatchObject({ content: later, baseRevision: 4 });
  });

  test("undoing back to what the server has leaves nothing to save", () => {
    const { session, id } = editAndSend(startSession(view(3, base)), draft({ q1: "A", q2: "Antal" }));
    const done = draftReducer(session, { type: "saveSucceeded", id, result: saved(4, localDraft(session)), at: "t" });
    const edited = draftReducer(done, { type: "edit", draft: draft({ q1: "B", q2: "Antal" }), at: 5_000 });
    expect(isDirty(edited)).toBe(true);
    expect(isDirty(draftReducer(edited, { type: "undo" }))).toBe(false);
    expect(isDirty(run(edited, { type: "undo" }, { type: "redo" }))).toBe(true);
  });

  test("a save merged with a colleague's brings their change in, and says what came from them", () => {
    const mine = draft({ q1: "Alder i år", q2: "Antal" });
    const { session, id } = editAndSend(startSession(view(3, base)), mine);
    const merged = draft({ q1: "Alder i år", q2: "Antal borgere" });
    const done = draftReducer(session, { type: "saveSucceeded", id, result: saved(5, merged, true, ["survey.pages[name=side1].elements[name=q2].title"]), at: "t" });
    expect(localDraft(done)).toEqual(merged);
    expect(isDirty(done)).toBe(false);
    expect(done.merge?.fromTheirs).toEqual(["survey.pages[name=side1].elements[name=q2].title"]);
    // undo goes back to before my edit, and keeps the colleague's
    expect(localDraft(draftReducer(done, { type: "undo" }))).toEqual(draft({ q1: "Alder", q2: "Antal borgere" }));
    expect(draftReducer(done, { type: "dismissMerge" }).merge).toBeNull();
  });

  test("edits made during a merged save are carried onto the merged draft", () => {
    const sent = draft({ q1: "Alder i år", q2: "Antal" });
    const { session, id } = editAndSend(startSession(view(3, base)), sent);
    const meanwhile = draft({ q1: "Alder i år", q2: "Antal" }, "Ny titel");
    const typed = draftReducer(session, { type: "edit", draft: meanwhile, at: 10 });
    const theirs = draft({ q1: "Alder i år", q2: "Antal borgere" });
    const done = draftReducer(typed, { type: "saveSucceeded", id, result: saved(5, theirs, true, ["x"]), at: "t" });
    expect(localDraft(done)).toEqual(draft({ q1: "Alder i år", q2: "Antal borgere" }, "Ny titel"));
    expect(saveRequest(done)).toMatchObject({ baseRevision: 5 });
  });

  test("edits during a merged save that clash with the colleague's wait for a choice", () => {
    const { session, id } = editAndSend(startSession(view(3, base)), draft({ q1: "Alder i år", q2: "Antal" }));
    const meanwhile = draft({ q1: "Alder i år", q2: "Mit antal" });
    const typed = draftReducer(session, { type: "edit", draft: meanwhile, at: 10 });
    const theirs = draft({ q1: "Alder i år", q2: "Deres antal" });
    const done = draftReducer(typed, { type: "saveSucceeded", id, result: saved(5, theirs, true), at: "t" });
    expect(done.problem?.kind).toBe("conflict");
    expect(localDraft(done)).toBe(meanwhile);
    expect(saveRequest(done)).toBeNull();
    const kept = draftReducer(done, { type: "keepMine" });
    expect(saveRequest(kept)).toMatchObject({ content: meanwhile, baseRevision: 5 });
  });

  test("a conflict (409) keeps my draft and lets me keep it or take theirs", () => {
    const mine = draft({ q1: "Mit", q2: "Antal" });
    const { session, id } = editAndSend(startSession(view(3, base)), mine);
    const theirs = view(4, draft({ q1: "Deres", q2: "Antal" }));
    const error: ApiError = {
      status: 409,
      code: "stale_revision",
      message: "",
      body: { error: { code: "stale_revision", message: "" }, current: theirs, conflicts: [{ path: "survey.pages[name=side1].elements[name=q1].title", element: "q1", message: "both changed" }] },
    };
    const conflict = draftReducer(session, { type: "saveFailed", id, error });
    expect(saveState(conflict)).toEqual({ kind: "conflict" });
    expect(localDraft(conflict)).toBe(mine);
    expect(saveRequest(conflict)).toBeNull();
    // typing goes on meanwhile and is kept
    const typed = draftReducer(conflict, { type: "edit", draft: draft({ q1: "Mit!", q2: "Antal" }), at: 1 });
    expect(localDraft(typed)).toEqual(draft({ q1: "Mit!", q2: "Antal" }));

    const kept = draftReducer(typed, { type: "keepMine" });
    expect(saveRequest(kept)).toMatchObject({ content: localDraft(typed), baseRevision: 4 });

    const taken = draftReducer(typed, { type: "takeTheirs" });
    expect(localDraft(taken)).toEqual(theirs.content);
    expect(isDirty(taken)).toBe(false);
    expect(taken.view.revision).toBe(4);
    // mine is one undo away, and undoing it makes it the edit to save
    const back = draftReducer(taken, { type: "undo" });
    expect(localDraft(back)).toEqual(draft({ q1: "Mit!", q2: "Antal" }));
    expect(saveRequest(back)).toMatchObject({ baseRevision: 4 });
  });

  test("network failures are retried with backoff and the edit is kept", () => {
    const mine = draft({ q1: "Mit", q2: "Antal" });
    const { session, id } = editAndSend(startSession(view(3, base)), mine);
    const failed = draftReducer(session, { type: "saveFailed", id, error: networkDown });
    expect(saveState(failed)).toEqual({ kind: "retrying", error: networkDown });
    expect(failed.failures).toBe(1);
    const again = saveRequest(failed)!;
    expect(again).toMatchObject({ content: mine, baseRevision: 3 });
    const failedTwice = run(failed, { type: "saveStarted", request: again }, { type: "saveFailed", id: again.id, error: { status: 503, code: "internal", message: "" } });
    expect(failedTwice.failures).toBe(2);
    const last = saveRequest(failedTwice)!;
    const done = run(failedTwice, { type: "saveStarted", request: last }, { type: "saveSucceeded", id: last.id, result: saved(4, mine), at: "t" });
    expect(done.failures).toBe(0);
    expect(saveState(done).kind).toBe("saved");
  });

  test("retry delays double up to half a minute, or follow the server's Retry-After", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelay(n))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(retryDelay(1, { status: 429, code: "rate_limited", message: "", retryAfterSeconds: 12 })).toBe(12_000);
  });

  test("a refused save is not tried again until the next edit", () => {
    const { session, id } = editAndSend(startSession(view(3, base)), draft({ q1: "Mit", q2: "Antal" }));
    const refused = draftReducer(session, { type: "saveFailed", id, error: { status: 400, code: "validation_failed", message: "", field: "content.survey" } });
    expect(saveState(refused).kind).toBe("refused");
    expect(saveRequest(refused)).toBeNull();
    const edited = draftReducer(refused, { type: "edit", draft: draft({ q1: "Mit2", q2: "Antal" }), at: 1 });
    expect(saveRequest(edited)).not.toBeNull();
  });

  test("a draft published or discarded meanwhile becomes read-only, the local draft kept", () => {
    const mine = draft({ q1: "Mit", q2: "Antal" });
    const { session, id } = editAndSend(startSession(view(3, base)), mine);
    const closed = draftReducer(session, {
      type: "saveFailed",
      id,
      error: { status: 409, code: "conflict", message: "", body: { error: { code: "conflict", message: "" }, current: view(4, base), conflicts: [] } },
    });
    expect(saveState(closed)).toEqual({ kind: "closed" });
    expect(isEditable(closed)).toBe(false);
    expect(localDraft(closed)).toBe(mine);
    expect(draftReducer(closed, { type: "edit", draft: base, at: 1 })).toBe(closed);
    expect(saveRequest(closed)).toBeNull();
  });

  test("a restored revision replaces the draft as one undoable step, and a late answer to an older save is ignored", () => {
    const { session, id } = editAndSend(startSession(view(3, base)), draft({ q1: "Mit", q2: "Antal" }));
    const restored = view(5, draft({ q1: "Gammel", q2: "Antal" }));
    const replaced = draftReducer(session, { type: "replaced", draft: restored });
    expect(localDraft(replaced)).toBe(restored.content);
    expect(isDirty(replaced)).toBe(false);
    expect(draftReducer(replaced, { type: "saveSucceeded", id, result: saved(4, base), at: "t" })).toBe(replaced);
    expect(localDraft(draftReducer(replaced, { type: "undo" }))).toEqual(draft({ q1: "Mit", q2: "Antal" }));
  });

  test("a read-only draft takes no edits", () => {
    const start = startSession(view(3, base, "read"));
    expect(draftReducer(start, { type: "edit", draft: draft({}), at: 0 })).toBe(start);
    expect(isEditable(start)).toBe(false);
  });

  test("errors are sorted into retry, conflict, closed and refusal", () => {
    expect(classifySaveError(networkDown).kind).toBe("retrying");
    expect(classifySaveError({ status: 502, code: "internal", message: "" }).kind).toBe("retrying");
    expect(classifySaveError({ status: 429, code: "rate_limited", message: "" }).kind).toBe("retrying");
    // others saved at the same moment: no conflicts listed, so trying again merges
    expect(classifySaveError({ status: 409, code: "stale_revision", message: "", body: { current: view(4, base), conflicts: [] } }).kind).toBe("retrying");
    expect(classifySaveError({ status: 409, code: "conflict", message: "", body: { current: view(4, base), conflicts: [] } }).kind).toBe("closed");
    expect(classifySaveError({ status: 403, code: "forbidden", message: "" }).kind).toBe("refused");
    expect(classifySaveError({ status: 404, code: "not_found", message: "" }).kind).toBe("refused");
  });
});
