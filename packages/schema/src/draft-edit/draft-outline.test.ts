import { describe, expect, it } from "vitest";
import { builtInDraft, smallDraft } from "../../fixtures/drafts/drafts.js";
import { validateQuestionnaire } from "../validate-questionnaire.js";
import { draftOutline, draftTextOf, elementLocation, findElement } from "./draft-outline.js";

describe("draftOutline", () => {
  it("shows pages, panels and dynamic panels as a tree with the paths validateQuestionnaire uses", () => {
    const outline = draftOutline(smallDraft());
    const shape = outline.map((page) => ({
      page: page.name,
      path: page.path,
      elements: page.elements.map((element) => [element.name, element.builderType, element.path, element.children.map((child) => [child.name, child.builderType, child.path])]),
    }));
    expect(shape).toEqual([
      {
        page: "p1",
        path: "survey.pages[0]",
        elements: [
          ["a", "text", "survey.pages[0].elements[0]", []],
          ["box", "panel", "survey.pages[0].elements[1]", [["b", "radiogroup", "survey.pages[0].elements[1].elements[0]"], ["c", "number", "survey.pages[0].elements[1].elements[1]"]]],
        ],
      },
      {
        page: "p2",
        path: "survey.pages[1]",
        elements: [
          ["kids", "paneldynamic", "survey.pages[1].elements[0]", [["age", "number", "survey.pages[1].elements[0].templateElements[0]"], ["note", "comment", "survey.pages[1].elements[0].templateElements[1]"]]],
          ["d", "comment", "survey.pages[1].elements[1]", []],
        ],
      },
    ]);
    expect(outline[1]?.elements[0]?.title).toEqual({ da: "Børn", en: "Children" });
  });

  it("has an entry for every element of a built-in questionnaire, at a path validateQuestionnaire would report", () => {
    const draft = builtInDraft("kommune-2019");
    const paths: string[] = [];
    const visit = (elements: ReturnType<typeof draftOutline>[number]["elements"]) => elements.forEach((element) => (paths.push(element.path), visit(element.children)));
    draftOutline(draft).forEach((page) => visit(page.elements));
    const broken = JSON.parse(JSON.stringify(draft));
    // a question stripped of its title is reported at exactly the outline's path
    for (const page of broken.survey.pages) for (const element of page.elements) if (element.type !== "html" && element.type !== "panel") delete element.title;
    const issues = validateQuestionnaire({ ...broken, announcement: "a", key: "k", version: "1.0.0" }).issues.filter((issue) => issue.code === "missing-da" && issue.path.endsWith(".title"));
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues) expect(paths).toContain(issue.path.slice(0, -".title".length));
  });

  it("skips what is not a named element", () => {
    const draft = smallDraft();
    draft.survey.pages[0]!.elements!.push({ type: "text" }, "junk" as never);
    expect(draftOutline(draft)[0]?.elements.map((element) => element.name)).toEqual(["a", "box"]);
  });
});

describe("elementLocation and findElement", () => {
  it("find an element at any depth", () => {
    const draft = smallDraft();
    expect(elementLocation(draft, "a")).toEqual({ path: "survey.pages[0].elements[0]", page: "p1", container: "p1", index: 0 });
    expect(elementLocation(draft, "c")).toEqual({ path: "survey.pages[0].elements[1].elements[1]", page: "p1", container: "box", index: 1 });
    expect(elementLocation(draft, "note")).toEqual({ path: "survey.pages[1].elements[0].templateElements[1]", page: "p2", container: "kids", index: 1 });
    expect(findElement(draft, "note")).toMatchObject({ type: "comment", name: "note" });
    const kids = draft.survey.pages[1]!.elements![0] as { templateElements: unknown[] };
    expect(findElement(draft, "note")).toBe(kids.templateElements[1]);
  });

  it("give null for a name that is not there (a page is no element)", () => {
    expect(elementLocation(smallDraft(), "nope")).toBeNull();
    expect(findElement(smallDraft(), "p1")).toBeNull();
  });
});

describe("draftTextOf", () => {
  it("reads a text as { da, en }", () => {
    expect(draftTextOf({ da: "Hej", en: "Hi", de: "Hallo" })).toEqual({ da: "Hej", en: "Hi" });
    expect(draftTextOf("Hej")).toEqual({ da: "Hej" });
    expect(draftTextOf({ default: "Hej" })).toEqual({ da: "Hej" });
    expect(draftTextOf(undefined)).toEqual({});
    expect(draftTextOf(3)).toEqual({});
  });
});
