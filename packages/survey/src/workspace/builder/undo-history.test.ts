import { describe, expect, test } from "vitest";
import { canRedo, canUndo, coalesceMs, rebaseHistory, recordEdit, redo, startHistory, undo, undoLimit } from "./undo-history.js";

describe("undo history", () => {
  test("undo and redo walk back and forth through the edits", () => {
    let h = startHistory("a");
    h = recordEdit(h, "b");
    h = recordEdit(h, "c");
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe("b");
    h = undo(h);
    expect(h.present).toBe("a");
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe("c");
    expect(redo(h)).toBe(h);
  });

  test("a new edit after an undo drops what was undone", () => {
    let h = recordEdit(recordEdit(startHistory("a"), "b"), "c");
    h = recordEdit(undo(h), "d");
    expect(h.past).toEqual(["a", "b"]);
    expect(h.future).toEqual([]);
    expect(h.present).toBe("d");
  });

  test("an edit to the very same value is no step", () => {
    const h = recordEdit(startHistory("a"), "b");
    expect(recordEdit(h, "b")).toBe(h);
  });

  test("typing in one field within a second is one step; another field or a pause starts a new one", () => {
    let h = startHistory("");
    h = recordEdit(h, "H", { group: "title", at: 0 });
    h = recordEdit(h, "He", { group: "title", at: 300 });
    const third = 300 + coalesceMs;
    h = recordEdit(h, "Hej", { group: "title", at: third });
    expect(h.past).toEqual([""]);
    h = recordEdit(h, "Hej!", { group: "title", at: third + coalesceMs + 1 });
    expect(h.past).toEqual(["", "Hej"]);
    h = recordEdit(h, "Hej! x", { group: "description", at: third + coalesceMs + 2 });
    expect(h.past).toEqual(["", "Hej", "Hej!"]);
    // a structural edit never joins the typing before it
    h = recordEdit(h, "moved", { at: third + coalesceMs + 3 });
    expect(h.past.at(-1)).toBe("Hej! x");
  });

  test("undo ends a group, so typing after it is a step of its own", () => {
    let h = recordEdit(startHistory(""), "a", { group: "t", at: 0 });
    h = recordEdit(h, "ab", { group: "t", at: 10 });
    h = recordEdit(undo(h), "x", { group: "t", at: 20 });
    expect(h.past).toEqual([""]);
    expect(undo(h).present).toBe("");
  });

  test("keeps the last hundred steps", () => {
    let h = startHistory(0);
    for (let i = 1; i <= undoLimit + 20; i++) h = recordEdit(h, i);
    expect(h.past).toHaveLength(undoLimit);
    expect(h.past[0]).toBe(20);
  });

  test("rebasing carries every step and stops at the first one that cannot be carried", () => {
    let h = startHistory("a");
    for (const v of ["b", "c", "d", "e"]) h = recordEdit(h, v);
    h = undo(h); // present d, future [e]
    const rebased = rebaseHistory(h, "D+", (step) => (step === "b" ? null : `${step}+`));
    expect(rebased.present).toBe("D+");
    expect(rebased.past).toEqual(["c+"]);
    expect(rebased.future).toEqual(["e+"]);
  });
});
