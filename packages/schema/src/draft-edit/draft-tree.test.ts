import { describe, expect, it } from "vitest";
import { smallDraft } from "../../fixtures/drafts/drafts.js";
import { draftElements, nestedElements, pathOf, updateIn, usedNames } from "./draft-tree.js";

describe("draftElements", () => {
  it("walks pages, panels and templates in document order with where each element sits", () => {
    const entries = draftElements(smallDraft()).map(({ name, page, container, index, ancestors, template }) => ({ name, page, container, index, ancestors, template }));
    expect(entries).toEqual([
      { name: "a", page: "p1", container: "p1", index: 0, ancestors: [], template: undefined },
      { name: "box", page: "p1", container: "p1", index: 1, ancestors: [], template: undefined },
      { name: "b", page: "p1", container: "box", index: 0, ancestors: ["box"], template: undefined },
      { name: "c", page: "p1", container: "box", index: 1, ancestors: ["box"], template: undefined },
      { name: "kids", page: "p2", container: "p2", index: 0, ancestors: [], template: undefined },
      { name: "age", page: "p2", container: "kids", index: 0, ancestors: ["kids"], template: "kids" },
      { name: "note", page: "p2", container: "kids", index: 1, ancestors: ["kids"], template: "kids" },
      { name: "d", page: "p2", container: "p2", index: 1, ancestors: [], template: undefined },
    ]);
    expect(pathOf(draftElements(smallDraft())[6]!.segments)).toBe("survey.pages[1].elements[0].templateElements[1]");
  });

  it("lists the names in use in lower case, pages included", () => {
    expect([...usedNames(smallDraft())].sort()).toEqual(["a", "age", "b", "box", "c", "d", "kids", "note", "p1", "p2"]);
  });

  it("finds the elements nested in an element", () => {
    const draft = smallDraft();
    const box = draftElements(draft)[1]!.element;
    expect(nestedElements(box).map((element) => element.name)).toEqual(["b", "c"]);
    expect(nestedElements(draftElements(draft)[0]!.element)).toEqual([]);
  });
});

describe("updateIn", () => {
  it("copies only the objects on the way to the change", () => {
    const root = { a: { b: [{ c: 1 }, { c: 2 }] }, d: { e: 3 } };
    const next = updateIn(root, ["a", "b", 1, "c"], (value) => (value as number) + 10);
    expect(next).toEqual({ a: { b: [{ c: 1 }, { c: 12 }] }, d: { e: 3 } });
    expect(root.a.b[1]).toEqual({ c: 2 });
    expect(next.d).toBe(root.d);
    expect(next.a.b[0]).toBe(root.a.b[0]);
    expect(Array.isArray(next.a.b)).toBe(true);
  });

  it("creates what is missing on the way", () => {
    expect(updateIn({} as Record<string, unknown>, ["x", "y"], () => 1)).toEqual({ x: { y: 1 } });
  });
});
