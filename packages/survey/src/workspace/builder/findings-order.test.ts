import type { FindingsByTarget, OutlineElement, OutlinePage } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { findingsInOrder } from "./findings-order.js";

const f = (path: string) => ({ path, code: "missing-en", message: "no English text" });
const el = (name: string, children: OutlineElement[] = []): OutlineElement => ({ name, type: "text", builderType: "text", title: {}, path: "", children });
const outline: OutlinePage[] = [
  { name: "side1", title: {}, path: "", elements: [el("a"), el("gruppe", [el("inde")])] },
  { name: "side2", title: {}, path: "", elements: [el("b")] },
];

describe("the list of findings", () => {
  test("settings first, then page by page in reading order, nested elements in place; nothing for what has none", () => {
    const byTarget: FindingsByTarget = {
      questionnaire: [f("title.en")],
      pages: new Map([["side2", [f("survey.pages[1].title.en")]]]),
      elements: new Map([
        ["b", [f("b")]],
        ["inde", [f("inde1"), f("inde2")]],
        ["a", []],
      ]),
    };
    expect(findingsInOrder(byTarget, outline).map((group) => [group.target, group.findings.length])).toEqual([
      [{ kind: "settings" }, 1],
      [{ kind: "element", name: "inde" }, 2],
      [{ kind: "page", name: "side2" }, 1],
      [{ kind: "element", name: "b" }, 1],
    ]);
  });

  test("none at all gives an empty list", () => {
    expect(findingsInOrder({ questionnaire: [], pages: new Map(), elements: new Map() }, outline)).toEqual([]);
  });
});
