import { describe, expect, it } from "vitest";
import { canSave, initialDraft, isDirty, saveRequest, summaryReducer, type SavedSummary, type SummaryAction, type SummaryDraft } from "./summary-draft.js";

const v1: SavedSummary = { text: "Målgruppen er stabil.", version: 1, updatedBy: "Anne", updatedAt: "2026-03-01T10:00:00Z" };
const run = (draft: SummaryDraft, ...actions: SummaryAction[]) => actions.reduce(summaryReducer, draft);

describe("the summary being edited", () => {
  it("starts clean from the server's text and becomes dirty on typing", () => {
    const draft = initialDraft(v1);
    expect(isDirty(draft)).toBe(false);
    expect(canSave(draft)).toBe(false);
    const edited = summaryReducer(draft, { type: "edit", text: "Målgruppen vokser." });
    expect(isDirty(edited)).toBe(true);
    expect(saveRequest(edited)).toEqual({ text: "Målgruppen vokser.", baseVersion: 1 });
  });

  it("saves once at a time and records the time of the save", () => {
    const saving = run(initialDraft(v1), { type: "edit", text: "Ny tekst" }, { type: "saveStarted" });
    expect(saving.status.kind).toBe("saving");
    expect(canSave(saving)).toBe(false);
    expect(summaryReducer(saving, { type: "saveStarted" })).toBe(saving);
    const v2 = { ...v1, text: "Ny tekst", version: 2 };
    const saved = summaryReducer(saving, { type: "saveSucceeded", summary: v2, at: "2026-03-01T13:32:00Z" });
    expect(saved.status).toEqual({ kind: "saved", at: "2026-03-01T13:32:00Z" });
    expect(isDirty(saved)).toBe(false);
  });

  it("keeps the text typed during a save; it is still dirty afterwards", () => {
    const draft = run(initialDraft(v1), { type: "edit", text: "A" }, { type: "saveStarted" }, { type: "edit", text: "AB" });
    const saved = summaryReducer(draft, { type: "saveSucceeded", summary: { ...v1, text: "A", version: 2 }, at: "t" });
    expect(saved.text).toBe("AB");
    expect(canSave(saved)).toBe(true);
  });

  it("keeps the text when a save fails", () => {
    const failed = run(initialDraft(v1), { type: "edit", text: "Vigtig tekst" }, { type: "saveStarted" }, { type: "saveFailed", reason: "Ingen forbindelse" });
    expect(failed.text).toBe("Vigtig tekst");
    expect(failed.status).toEqual({ kind: "failed", reason: "Ingen forbindelse" });
    expect(canSave(failed)).toBe(true);
  });

  it("on a stale save shows both texts and loses neither until the person chooses", () => {
    const theirs = { text: "Kollegaens tekst", version: 3, updatedBy: "Bo", updatedAt: "t" };
    const stale = run(initialDraft(v1), { type: "edit", text: "Min tekst" }, { type: "saveStarted" }, { type: "saveStale", theirs });
    expect(stale.text).toBe("Min tekst");
    expect(stale.status).toEqual({ kind: "stale", theirs });
    expect(canSave(stale)).toBe(false);

    const mine = summaryReducer(stale, { type: "keepMine" });
    expect(mine.text).toBe("Min tekst");
    expect(saveRequest(mine)).toEqual({ text: "Min tekst", baseVersion: 3 });
    expect(canSave(mine)).toBe(true);

    const taken = summaryReducer(stale, { type: "takeTheirs" });
    expect(taken.text).toBe("Kollegaens tekst");
    expect(isDirty(taken)).toBe(false);
  });

  it("takes a colleague's newer text when nothing is unsaved, and asks when something is", () => {
    const newer = { ...v1, text: "Nyere", version: 2 };
    expect(summaryReducer(initialDraft(v1), { type: "refreshed", summary: newer }).text).toBe("Nyere");
    const dirty = summaryReducer(initialDraft(v1), { type: "edit", text: "Min" });
    expect(summaryReducer(dirty, { type: "refreshed", summary: newer }).status.kind).toBe("stale");
    expect(summaryReducer(dirty, { type: "refreshed", summary: v1 })).toBe(dirty);
  });
});
