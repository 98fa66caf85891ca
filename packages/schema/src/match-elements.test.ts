import { describe, expect, it } from "vitest";
import { matchElements } from "./match-elements.js";
import type { ElementJson } from "./survey-elements.js";

describe("matchElements", () => {
  const q = (name: string, previousNames?: string[]): ElementJson => ({ type: "text", name, ...(previousNames ? { previousNames } : {}) });
  const pairs = (before: ElementJson[], after: ElementJson[]) =>
    Object.fromEntries([...matchElements(before, after)].map(([old, element]) => [old, element.name]));

  it("prefers an explicit rename over a new question reusing the old name", () => {
    expect(pairs([q("a")], [q("b", ["a"]), q("a")])).toEqual({ a: "b" });
  });

  it("keeps a reused name when previousNames are stale", () => {
    expect(pairs([q("b", ["a"]), q("a")], [q("b", ["a"]), q("a")])).toEqual({ a: "a", b: "b" });
  });

  it("follows a swap of names", () => {
    expect(pairs([q("a"), q("b")], [q("a", ["b"]), q("c", ["a"])])).toEqual({ a: "c", b: "a" });
  });

  it("matches each question once and leaves the rest unmatched", () => {
    expect(pairs([q("a"), q("b"), q("x")], [q("c", ["a", "b"]), q("y")])).toEqual({ a: "c" });
  });
});
