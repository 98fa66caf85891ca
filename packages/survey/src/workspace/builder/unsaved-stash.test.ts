import type { QuestionnaireDraft } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { clearStash, readStash, restoredDraft, stashKey, writeStash } from "./unsaved-stash.js";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

const draft = (q1: string, title = "T"): QuestionnaireDraft => ({
  audience: "municipality",
  title: { da: title },
  reportSections: [{ id: "generelt", title: { da: "Generelt" } }],
  survey: { pages: [{ name: "side1", elements: [{ type: "text", name: "q1", title: { da: q1 } }] }] },
});

describe("unsaved edits kept in the browser", () => {
  test("written, read back while they differ from the server's draft, cleared", () => {
    const storage = memoryStorage();
    writeStash(storage, "d1", { baseRevision: 4, content: draft("Mit"), at: "2026-01-05T14:02:00.000Z" });
    expect(readStash(storage, "d1", draft("Serverens"))).toEqual({ baseRevision: 4, content: draft("Mit"), at: "2026-01-05T14:02:00.000Z" });
    // the server has them already: nothing to offer
    expect(readStash(storage, "d1", draft("Mit"))).toBeNull();
    expect(readStash(storage, "d2", draft("Serverens"))).toBeNull();
    clearStash(storage, "d1");
    expect(readStash(storage, "d1", draft("Serverens"))).toBeNull();
  });

  test("anything malformed is ignored", () => {
    const storage = memoryStorage();
    storage.setItem(stashKey("d1"), "{not json");
    expect(readStash(storage, "d1", draft("x"))).toBeNull();
    storage.setItem(stashKey("d1"), JSON.stringify({ baseRevision: 1, content: { audience: "nobody" }, at: "t" }));
    expect(readStash(storage, "d1", draft("x"))).toBeNull();
  });

  test("a full or blocked storage never breaks editing", () => {
    const storage = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); }, removeItem: () => { throw new Error("SecurityError"); } };
    expect(() => writeStash(storage, "d1", { baseRevision: 1, content: draft("x"), at: "t" })).not.toThrow();
    expect(() => clearStash(storage, "d1")).not.toThrow();
  });

  test("restoring merges them with what was saved since, or takes them as they were when the two clash", () => {
    const stash = { baseRevision: 3, content: draft("Mit", "T"), at: "t" };
    expect(restoredDraft(stash, draft("Gammel", "T"), draft("Gammel", "Ny titel"))).toEqual({ draft: draft("Mit", "Ny titel"), merged: true });
    expect(restoredDraft(stash, draft("Gammel", "T"), draft("Deres", "T"))).toEqual({ draft: draft("Mit", "T"), merged: false });
    expect(restoredDraft(stash, null, draft("Deres"))).toEqual({ draft: draft("Mit"), merged: false });
  });
});
