import { describe, expect, it } from "vitest";
import { checkMerge, mergeMap, resolveKey } from "./named-offer-merge.js";

describe("offer merges", () => {
  const merges = mergeMap([
    { from: "a|", into: "b|" },
    { from: "b|", into: "c|" },
    { from: "x|", into: "c|" },
  ]);

  it("resolve along chains; a key without a merge is its own root", () => {
    expect(resolveKey(merges, "a|")).toBe("c|");
    expect(resolveKey(merges, "b|")).toBe("c|");
    expect(resolveKey(merges, "x|")).toBe("c|");
    expect(resolveKey(merges, "c|")).toBe("c|");
    expect(resolveKey(merges, "other|")).toBe("other|");
  });
  it("refuse a merge into itself and a merge that closes a cycle, directly or through a chain", () => {
    expect(checkMerge(merges, "d|", "d|")).toEqual({ kind: "self" });
    expect(checkMerge(merges, "c|", "a|")).toEqual({ kind: "cycle", root: "c|" });
    expect(checkMerge(mergeMap([{ from: "a|", into: "b|" }]), "b|", "a|")).toEqual({ kind: "cycle", root: "b|" });
  });
  it("refuse a second merge of the same key, and see a repeated one as unchanged", () => {
    expect(checkMerge(merges, "a|", "x|")).toEqual({ kind: "already-merged", into: "b|" });
    expect(checkMerge(merges, "a|", "b|")).toEqual({ kind: "unchanged" });
  });
  it("allow a merge into a merged key (it resolves to that key's root) and of a root into another key", () => {
    expect(checkMerge(merges, "d|", "a|")).toBeUndefined();
    expect(checkMerge(merges, "c|", "d|")).toBeUndefined();
  });
  it("stop at a stored cycle instead of looping", () => {
    expect(resolveKey(new Map([["p|", "q|"], ["q|", "p|"]]), "p|")).toBe("q|");
  });
});
