import { describe, expect, it } from "vitest";
import { memoryStorage } from "./memory-storage.js";
import { PendingStore, pendingKey, reconcilePending, type KeyValueStorage, type PendingAnswers } from "./offline-queue.js";

const pending = (over: Partial<PendingAnswers> = {}): PendingAnswers => ({
  baseRevision: 3,
  base: { a: "1" },
  answers: { a: "1", b: "typed offline" },
  changedAt: "2026-11-23T10:00:00.000Z",
  ...over,
});

describe("PendingStore", () => {
  it("keeps pending answers per link and forgets them on clear", () => {
    const storage = memoryStorage();
    const one = new PendingStore(storage, "token-one");
    const two = new PendingStore(storage, "token-two");
    expect(one.write(pending())).toBe(true);
    expect(one.read()).toEqual(pending());
    expect(two.read()).toBeUndefined();
    expect(storage.map.has(pendingKey("token-one"))).toBe(true);
    one.clear();
    expect(one.read()).toBeUndefined();
  });

  it("ignores what it cannot read (corrupt JSON, another shape) instead of failing the page", () => {
    const storage = memoryStorage();
    const store = new PendingStore(storage, "t");
    storage.setItem(pendingKey("t"), "{not json");
    expect(store.read()).toBeUndefined();
    storage.setItem(pendingKey("t"), JSON.stringify({ baseRevision: "3", answers: {} }));
    expect(store.read()).toBeUndefined();
  });

  it("reports a full or disabled storage as a failed write, and works without storage at all", () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(new PendingStore(full, "t").write(pending())).toBe(false);
    const none = new PendingStore(undefined, "t");
    expect(none.write(pending())).toBe(false);
    expect(none.read()).toBeUndefined();
    none.clear();
  });
});

describe("reconcilePending", () => {
  it("shows the saved answers when nothing waits on the device", () => {
    expect(reconcilePending(undefined, { revision: 3, answers: { a: "1" } }, true)).toEqual({ kind: "clean", answers: { a: "1" } });
  });

  it("resends the device's answers when the server is still where they started", () => {
    const result = reconcilePending(pending(), { revision: 3, answers: { a: "1" } }, true);
    expect(result).toEqual({ kind: "resend", answers: { a: "1", b: "typed offline" }, fromTheirs: [] });
  });

  it("merges with a colleague's later save question by question", () => {
    const result = reconcilePending(pending(), { revision: 5, answers: { a: "1", c: "colleague" } }, true);
    expect(result).toEqual({ kind: "resend", answers: { a: "1", b: "typed offline", c: "colleague" }, fromTheirs: ["c"] });
  });

  it("recognises that a keepalive save from the last visit already got through", () => {
    const result = reconcilePending(pending(), { revision: 4, answers: { a: "1", b: "typed offline" } }, true);
    expect(result).toEqual({ kind: "clean", answers: { a: "1", b: "typed offline" } });
  });

  it("reports a collision when a colleague changed the same question, and keeps mine in the form meanwhile", () => {
    const result = reconcilePending(
      pending({ answers: { a: "mine", b: "typed offline" } }),
      { revision: 6, answers: { a: "theirs" } },
      true,
    );
    expect(result.kind).toBe("conflicts");
    if (result.kind !== "conflicts") return;
    expect(result.conflicts).toEqual([{ question: "a", base: "1", mine: "mine", theirs: "theirs" }]);
    expect(result.answers).toEqual({ a: "mine", b: "typed offline" });
  });

  it("names the unsent questions when the response can no longer be changed", () => {
    const result = reconcilePending(pending(), { revision: 4, answers: { a: "1" } }, false);
    expect(result).toEqual({ kind: "locked", answers: { a: "1" }, unsent: ["b"] });
    expect(reconcilePending(pending(), { revision: 4, answers: { a: "1", b: "typed offline" } }, false).kind).toBe("clean");
  });
});
