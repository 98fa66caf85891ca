import type { OutlineElement, OutlinePage } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { focusAfterRemoval, settingsSelection, validSelection } from "./editor-selection.js";

const el = (name: string, children: OutlineElement[] = []): OutlineElement => ({ name, type: "text", builderType: "text", title: {}, path: "", children });
const outline: OutlinePage[] = [{ name: "side1", title: {}, path: "", elements: [el("a"), el("gruppe", [el("inde")])] }];

describe("the editor's selection", () => {
  test("stays while what it names is there, nested elements too", () => {
    expect(validSelection({ kind: "element", name: "inde" }, outline)).toEqual({ kind: "element", name: "inde" });
    expect(validSelection({ kind: "page", name: "side1" }, outline)).toEqual({ kind: "page", name: "side1" });
    expect(validSelection(settingsSelection, outline)).toBe(settingsSelection);
  });

  test("falls back to the settings when it is gone", () => {
    expect(validSelection({ kind: "element", name: "væk" }, outline)).toBe(settingsSelection);
    expect(validSelection({ kind: "page", name: "side9" }, outline)).toBe(settingsSelection);
  });

  test("after a deletion focus goes to the next, else the previous, else nowhere in the list", () => {
    expect(focusAfterRemoval(["a", "b", "c"], "b")).toBe("c");
    expect(focusAfterRemoval(["a", "b", "c"], "c")).toBe("b");
    expect(focusAfterRemoval(["a"], "a")).toBeNull();
    expect(focusAfterRemoval(["a"], "x")).toBeNull();
  });
});
