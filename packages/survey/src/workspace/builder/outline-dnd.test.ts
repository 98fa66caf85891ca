import type { BuilderQuestionType, OutlineElement, OutlinePage } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { containerDropId, containerItems, containerOf, dragTargetOf, isWithin, moveItem, placeOf, stepTarget, type ContainerItems } from "./outline-dnd.js";

const el = (name: string, builderType: BuilderQuestionType, children: OutlineElement[] = []): OutlineElement => ({
  name,
  type: builderType === "number" ? "text" : builderType,
  builderType,
  title: { da: name },
  path: "",
  children,
});
const page = (name: string, elements: OutlineElement[]): OutlinePage => ({ name, title: {}, path: "", elements });

const outline: OutlinePage[] = [
  page("side1", [el("a", "text"), el("b", "number"), el("gruppe", "panel", [el("g1", "text"), el("indre", "panel", [el("i1", "text")])])]),
  page("side2", [el("c", "radiogroup"), el("tilbud", "paneldynamic", [])]),
  page("side3", []),
];
const items = containerItems(outline);
const list = (map: ContainerItems) => Object.fromEntries(map);

describe("the outline's containers for dragging", () => {
  test("every page, panel and dynamic panel is a container, empty ones too", () => {
    expect(list(items)).toEqual({
      side1: ["a", "b", "gruppe"],
      gruppe: ["g1", "indre"],
      indre: ["i1"],
      side2: ["c", "tilbud"],
      tilbud: [],
      side3: [],
    });
    expect(containerOf(items, "i1")).toBe("indre");
    expect(placeOf(items, "b")).toEqual({ container: "side1", index: 1, count: 3 });
    expect(placeOf(items, "nope")).toBeNull();
  });

  test("a panel lies within itself and its ancestors' drag, not its siblings'", () => {
    expect(isWithin(items, "indre", "gruppe")).toBe(true);
    expect(isWithin(items, "gruppe", "gruppe")).toBe(true);
    expect(isWithin(items, "side1", "gruppe")).toBe(false);
    expect(isWithin(items, "tilbud", "gruppe")).toBe(false);
  });

  test("drop ids of containers are told apart from element names", () => {
    expect(dragTargetOf(containerDropId("side3"))).toEqual({ kind: "container", container: "side3" });
    expect(dragTargetOf("a")).toEqual({ kind: "item", name: "a" });
  });
});

describe("moving an element while dragging", () => {
  test("within a container it takes the target's place, as arrayMove does", () => {
    expect(moveItem(items, "a", { kind: "item", name: "gruppe" }).get("side1")).toEqual(["b", "gruppe", "a"]);
    expect(moveItem(items, "gruppe", { kind: "item", name: "a" }).get("side1")).toEqual(["gruppe", "a", "b"]);
  });

  test("to another page it goes before the element it is over, or after it past its middle", () => {
    const before = moveItem(items, "a", { kind: "item", name: "tilbud" });
    expect(before.get("side1")).toEqual(["b", "gruppe"]);
    expect(before.get("side2")).toEqual(["c", "a", "tilbud"]);
    expect(moveItem(items, "a", { kind: "item", name: "tilbud" }, true).get("side2")).toEqual(["c", "tilbud", "a"]);
  });

  test("onto an empty page or an empty dynamic panel it goes last there", () => {
    expect(moveItem(items, "c", { kind: "container", container: "side3" }).get("side3")).toEqual(["c"]);
    expect(moveItem(items, "c", { kind: "container", container: "tilbud" }).get("tilbud")).toEqual(["c"]);
  });

  test("into and out of panels", () => {
    const into = moveItem(items, "b", { kind: "item", name: "i1" });
    expect(into.get("indre")).toEqual(["b", "i1"]);
    const out = moveItem(items, "i1", { kind: "item", name: "a" });
    expect(out.get("indre")).toEqual([]);
    expect(out.get("side1")).toEqual(["i1", "a", "b", "gruppe"]);
  });

  test("never into itself, onto itself or nowhere: the same map back", () => {
    expect(moveItem(items, "gruppe", { kind: "item", name: "i1" })).toBe(items);
    expect(moveItem(items, "gruppe", { kind: "container", container: "gruppe" })).toBe(items);
    expect(moveItem(items, "a", { kind: "item", name: "a" })).toBe(items);
    expect(moveItem(items, "zzz", { kind: "item", name: "a" })).toBe(items);
    expect(moveItem(items, "a", { kind: "container", container: "nowhere" })).toBe(items);
  });

  test("the input map is never changed", () => {
    const before = JSON.stringify(list(items));
    moveItem(items, "a", { kind: "item", name: "c" });
    moveItem(items, "a", { kind: "item", name: "b" });
    expect(JSON.stringify(list(items))).toBe(before);
  });
});

describe("one step up or down", () => {
  const pages = ["side1", "side2", "side3"];
  test("within the container", () => {
    expect(stepTarget(items, pages, "b", -1)).toEqual({ container: "side1", index: 0 });
    expect(stepTarget(items, pages, "b", 1)).toEqual({ container: "side1", index: 2 });
    expect(stepTarget(items, pages, "g1", 1)).toEqual({ container: "gruppe", index: 1 });
  });

  test("past the end of a page onto the next page, first there; past the start onto the previous, last there", () => {
    expect(stepTarget(items, pages, "gruppe", 1)).toEqual({ container: "side2", index: 0 });
    expect(stepTarget(items, pages, "c", -1)).toEqual({ container: "side1", index: 3 });
    expect(stepTarget(items, pages, "tilbud", 1)).toEqual({ container: "side3", index: 0 });
  });

  test("not past the questionnaire's ends, and not out of a panel", () => {
    expect(stepTarget(items, pages, "a", -1)).toBeNull();
    expect(stepTarget(items, pages, "i1", 1)).toBeNull();
    expect(stepTarget(items, pages, "g1", -1)).toBeNull();
  });
});
