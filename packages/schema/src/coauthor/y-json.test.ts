import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { writeIdList, writeText } from "./y-json.js";

function text(initial: string): Y.Text {
  const doc = new Y.Doc();
  const value = doc.getText("t");
  value.insert(0, initial);
  return value;
}

describe("writeText", () => {
  it("ends with the next text, whatever both are", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 20 }), (before, after) => {
      const value = text(before);
      writeText(value, after);
      expect(value.toString()).toBe(after);
    }));
  });

  it("changes only the characters between the common prefix and suffix", () => {
    const value = text("Hvor mange borgere");
    const deltas: unknown[] = [];
    value.observe((event) => deltas.push(event.delta));
    value.doc!.transact(() => writeText(value, "Hvor mange unge borgere"));
    expect(deltas).toEqual([[{ retain: 11 }, { insert: "unge " }]]);
  });

  it("never splits a surrogate pair", () => {
    const value = text("a😀b");
    const deltas: unknown[] = [];
    value.observe((event) => deltas.push(event.delta));
    value.doc!.transact(() => writeText(value, "a😃b"));
    // both emoji share their high surrogate; the change still takes the whole character
    expect(deltas).toEqual([[{ retain: 1 }, { delete: 2 }, { insert: "😃" }]]);
  });
});

describe("writeIdList", () => {
  it("ends with the next list and keeps the longest common subsequence in place", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 8 }), fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 8 }), (before, after) => {
      const doc = new Y.Doc();
      const list = doc.getArray<string>("l");
      list.insert(0, before);
      writeIdList(list, after);
      expect(list.toArray()).toEqual(after);
    }));
  });

  it("moves one id with one deletion and one insertion", () => {
    const doc = new Y.Doc();
    const list = doc.getArray<string>("l");
    list.insert(0, ["a", "b", "c", "d"]);
    const deltas: unknown[] = [];
    list.observe((event) => deltas.push(event.delta));
    doc.transact(() => writeIdList(list, ["b", "c", "d", "a"]));
    expect(deltas).toEqual([[{ delete: 1 }, { retain: 3 }, { insert: ["a"] }]]);
  });
});
