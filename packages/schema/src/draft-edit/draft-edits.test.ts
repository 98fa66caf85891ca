import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtInDraft, smallDraft } from "../../fixtures/drafts/drafts.js";
import type { QuestionnaireDraft } from "../questionnaire-draft.js";
import { DraftEditError } from "./draft-edit-error.js";
import {
  addElement,
  addPage,
  duplicateElement,
  moveElement,
  movePage,
  removeElement,
  removePage,
  updateElement,
  updatePage,
  updateQuestionnaire,
} from "./draft-edits.js";
import { draftOutline, elementLocation, findElement } from "./draft-outline.js";
import { draftElements } from "./draft-tree.js";
import { newElement } from "./new-element.js";

const names = (draft: QuestionnaireDraft) => draftElements(draft).map((entry) => entry.name);
const pageNames = (draft: QuestionnaireDraft) => draft.survey.pages.map((page) => page.name);
const containerOf = (draft: QuestionnaireDraft, name: string) => {
  const location = elementLocation(draft, name);
  return location && [location.container, location.index];
};

/** Runs an edit and checks it left its input as it was. */
function pure<T>(draft: QuestionnaireDraft, edit: (draft: QuestionnaireDraft) => T): T {
  const before = JSON.stringify(draft);
  const result = edit(draft);
  expect(JSON.stringify(draft)).toBe(before);
  return result;
}

function refusal(edit: () => unknown): string {
  try {
    edit();
  } catch (error) {
    if (error instanceof DraftEditError) return error.code;
    throw error;
  }
  throw new Error("the edit was not refused");
}

describe("pages", () => {
  it("adds a page with a unique name, last or at an index", () => {
    const { draft, name } = pure(smallDraft(), (d) => addPage(d));
    expect(name).toBe("side1");
    expect(pageNames(draft)).toEqual(["p1", "p2", "side1"]);
    expect(draft.survey.pages[2]).toEqual({ name: "side1", elements: [] });
    const second = addPage(draft, { index: 0 });
    expect(second.name).toBe("side2");
    expect(pageNames(second.draft)).toEqual(["side2", "p1", "p2", "side1"]);
    expect(pageNames(addPage(draft, { index: 99 }).draft).at(-1)).toBe("side2");
  });

  it("removes a page but never the last one", () => {
    const draft = pure(smallDraft(), (d) => removePage(d, "p1"));
    expect(pageNames(draft)).toEqual(["p2"]);
    expect(names(draft)).toEqual(["kids", "age", "note", "d"]);
    expect(refusal(() => removePage(draft, "p2"))).toBe("last-page");
    expect(refusal(() => removePage(draft, "nope"))).toBe("no-such-page");
  });

  it("moves a page to an index, clamped", () => {
    expect(pageNames(pure(smallDraft(), (d) => movePage(d, "p2", 0)))).toEqual(["p2", "p1"]);
    expect(pageNames(movePage(smallDraft(), "p1", 5))).toEqual(["p2", "p1"]);
    expect(pageNames(movePage(smallDraft(), "p1", -3))).toEqual(["p1", "p2"]);
    expect(refusal(() => movePage(smallDraft(), "nope", 0))).toBe("no-such-page");
  });

  it("patches a page, undefined removing a key, and checks a new name", () => {
    const draft = pure(smallDraft(), (d) => updatePage(d, "p1", { title: { da: "Første", en: "First" }, visibleIf: "{a} notempty" }));
    expect(draft.survey.pages[0]).toMatchObject({ name: "p1", title: { da: "Første", en: "First" }, visibleIf: "{a} notempty" });
    expect(updatePage(draft, "p1", { visibleIf: undefined }).survey.pages[0]).not.toHaveProperty("visibleIf");
    expect(pageNames(updatePage(draft, "p1", { name: "intro" }))).toEqual(["intro", "p2"]);
    expect(refusal(() => updatePage(draft, "p1", { name: "P2" }))).toBe("name-taken");
    expect(refusal(() => updatePage(draft, "p1", { name: "a" }))).toBe("name-taken");
    expect(refusal(() => updatePage(draft, "p1", { name: "1st page" }))).toBe("invalid-name");
    expect(refusal(() => updatePage(draft, "p1", { elements: "x" }))).toBe("invalid-patch");
  });
});

describe("elements", () => {
  it("adds an element to a page, a panel or a dynamic panel's template", () => {
    const base = smallDraft();
    const element = newElement(base, "text");
    expect(containerOf(pure(base, (d) => addElement(d, element, { container: "p1", index: 1 })), element.name as string)).toEqual(["p1", 1]);
    expect(containerOf(addElement(base, element, { container: "box" }), element.name as string)).toEqual(["box", 2]);
    expect(containerOf(addElement(base, element, { container: "kids", index: 0 }), element.name as string)).toEqual(["kids", 0]);
    expect(containerOf(addElement(base, element, { container: "p2", index: -4 }), element.name as string)).toEqual(["p2", 0]);
  });

  it("adds to a page that has no elements yet", () => {
    const base = smallDraft();
    const { draft } = addPage(base);
    delete draft.survey.pages[2]!.elements;
    expect(containerOf(addElement(draft, newElement(draft, "text"), { container: "side1" }), "spoergsmaal1")).toEqual(["side1", 0]);
  });

  it("refuses a taken or invalid name (nested ones too) and an unknown container", () => {
    const base = smallDraft();
    expect(refusal(() => addElement(base, { type: "text", name: "A" }, { container: "p1" }))).toBe("name-taken");
    expect(refusal(() => addElement(base, { type: "text", name: "p1" }, { container: "p1" }))).toBe("name-taken");
    expect(refusal(() => addElement(base, { type: "panel", name: "fresh", elements: [{ type: "text", name: "c" }] }, { container: "p1" }))).toBe("name-taken");
    expect(refusal(() => addElement(base, { type: "text", name: "ny spørgsmål" }, { container: "p1" }))).toBe("invalid-name");
    expect(refusal(() => addElement(base, { type: "text" }, { container: "p1" }))).toBe("invalid-name");
    expect(refusal(() => addElement(base, { type: "text", name: "x" }, { container: "nope" }))).toBe("no-such-container");
    expect(refusal(() => addElement(base, { type: "text", name: "x" }, { container: "a" }))).toBe("no-such-container");
  });

  it("removes an element and what it holds", () => {
    const draft = pure(smallDraft(), (d) => removeElement(d, "box"));
    expect(names(draft)).toEqual(["a", "kids", "age", "note", "d"]);
    expect(names(removeElement(smallDraft(), "age"))).toEqual(["a", "box", "b", "c", "kids", "note", "d"]);
    expect(refusal(() => removeElement(smallDraft(), "nope"))).toBe("no-such-element");
  });

  it("moves an element within its container, counting the index after it is taken out", () => {
    const draft = pure(smallDraft(), (d) => moveElement(d, "a", { container: "p1", index: 1 }));
    expect(draftOutline(draft)[0]?.elements.map((element) => element.name)).toEqual(["box", "a"]);
    expect(draftOutline(moveElement(smallDraft(), "c", { container: "box", index: 0 }))[0]?.elements[1]?.children.map((child) => child.name)).toEqual(["c", "b"]);
  });

  it("moves an element between pages and into and out of panels", () => {
    let draft = moveElement(smallDraft(), "a", { container: "box", index: 1 });
    expect(containerOf(draft, "a")).toEqual(["box", 1]);
    expect(draft.survey.pages[0]?.elements).toHaveLength(1);
    draft = moveElement(draft, "b", { container: "p2", index: 2 });
    expect(containerOf(draft, "b")).toEqual(["p2", 2]);
    draft = moveElement(draft, "box", { container: "kids", index: 0 });
    expect(containerOf(draft, "box")).toEqual(["kids", 0]);
    expect(containerOf(draft, "a")).toEqual(["box", 0]);
    expect(names(draft).sort()).toEqual(names(smallDraft()).sort());
  });

  it("refuses to move a panel into itself or a panel inside it", () => {
    let draft = addElement(smallDraft(), { type: "panel", name: "inner", elements: [] }, { container: "box" });
    expect(refusal(() => moveElement(draft, "box", { container: "box", index: 0 }))).toBe("into-itself");
    expect(refusal(() => moveElement(draft, "box", { container: "inner", index: 0 }))).toBe("into-itself");
    expect(refusal(() => moveElement(draft, "box", { container: "nope", index: 0 }))).toBe("no-such-container");
    expect(refusal(() => moveElement(draft, "nope", { container: "p1", index: 0 }))).toBe("no-such-element");
    draft = moveElement(draft, "inner", { container: "p2", index: 0 });
    expect(containerOf(draft, "inner")).toEqual(["p2", 0]);
  });

  it("patches an element, undefined removing a key", () => {
    const draft = pure(smallDraft(), (d) => updateElement(d, "c", { isRequired: true, title: { da: "Antal", en: "Number" } }));
    expect(findElement(draft, "c")).toMatchObject({ isRequired: true, title: { da: "Antal", en: "Number" }, aggregation: "sum" });
    expect(findElement(updateElement(draft, "c", { isRequired: undefined }), "c")).not.toHaveProperty("isRequired");
    expect(refusal(() => updateElement(draft, "nope", { isRequired: true }))).toBe("no-such-element");
  });

  it("renames through renameElement when a patch gives a new name", () => {
    const draft = updateElement(smallDraft(), "a", { name: "navn", isRequired: true });
    expect(findElement(draft, "navn")).toMatchObject({ isRequired: true });
    expect(findElement(draft, "b")?.visibleIf).toBe("{navn} notempty");
    expect(refusal(() => updateElement(draft, "navn", { name: "b" }))).toBe("name-taken");
  });

  it("keeps what an edit does not touch as the same objects", () => {
    const base = smallDraft();
    const draft = updateElement(base, "a", { isRequired: true });
    expect(draft.survey.pages[1]).toBe(base.survey.pages[1]);
    expect(findElement(draft, "box")).toBe(findElement(base, "box"));
    expect(draft.reportSections).toBe(base.reportSections);
  });
});

describe("duplicateElement", () => {
  it("puts a copy right after the original under a new name", () => {
    const { draft, name } = pure(smallDraft(), (d) => duplicateElement(d, "a"));
    expect(name).toBe("a2");
    expect(containerOf(draft, "a2")).toEqual(["p1", 1]);
    expect({ ...findElement(draft, "a2"), name: "a" }).toEqual(findElement(draft, "a"));
  });

  it("renames the elements inside a copied panel and points their references to the copies", () => {
    const { draft, name } = duplicateElement(smallDraft(), "box");
    expect(name).toBe("box2");
    expect(draftOutline(draft)[0]?.elements[2]?.children.map((child) => child.name)).toEqual(["b2", "c2"]);
    // b's condition names a, outside the panel: it stays
    expect(findElement(draft, "b2")?.visibleIf).toBe("{a} notempty");

    const kids = duplicateElement(smallDraft(), "kids");
    expect(draftOutline(kids.draft)[1]?.elements[1]?.children.map((child) => child.name)).toEqual(["age2", "note2"]);
    expect(findElement(kids.draft, "note2")?.visibleIf).toBe("{panel.age2} > 3");
    expect(findElement(kids.draft, "note")?.visibleIf).toBe("{panel.age} > 3");
  });

  it("copies a question's own reference to itself as one to the copy", () => {
    let draft = updateElement(smallDraft(), "a", { title: { da: "Du skrev {a}", en: "You wrote {a}" } });
    draft = duplicateElement(draft, "a").draft;
    expect(findElement(draft, "a2")?.title).toEqual({ da: "Du skrev {a2}", en: "You wrote {a2}" });
  });

  it("leaves out previousNames and the screening role from the copy", () => {
    const base = builtInDraft("tilbud-2019");
    const staff = updateElement(base, "staffCount", { previousNames: ["staff"] });
    const { draft, name } = duplicateElement(staff, "staffCount");
    expect(findElement(draft, name)).not.toHaveProperty("screening");
    expect(findElement(draft, name)).not.toHaveProperty("previousNames");
    expect(findElement(draft, "staffCount")).toMatchObject({ screening: "staff", previousNames: ["staff"] });
  });

  it("refuses an unknown element", () => {
    expect(refusal(() => duplicateElement(smallDraft(), "nope"))).toBe("no-such-element");
  });
});

describe("updateQuestionnaire", () => {
  it("patches the draft's own properties", () => {
    const draft = pure(smallDraft(), (d) => updateQuestionnaire(d, { title: { da: "Ny" }, description: { da: "Om" }, audience: "offer" }));
    expect(draft).toMatchObject({ title: { da: "Ny" }, description: { da: "Om" }, audience: "offer" });
    expect(updateQuestionnaire(draft, { description: undefined })).not.toHaveProperty("description");
    expect(updateQuestionnaire(draft, {})).toEqual(draft);
  });

  it("keeps at least one report section", () => {
    expect(refusal(() => updateQuestionnaire(smallDraft(), { reportSections: [] }))).toBe("last-report-section");
    const sections = [{ id: "x", title: { da: "X" } }];
    expect(updateQuestionnaire(smallDraft(), { reportSections: sections }).reportSections).toBe(sections);
  });
});

describe("any sequence of edits", () => {
  type Edit =
    | { kind: "add"; type: "text" | "panel" | "paneldynamic" | "checkbox"; target: number; index: number }
    | { kind: "duplicate" | "remove"; target: number }
    | { kind: "move"; target: number; to: number; index: number }
    | { kind: "addPage"; index: number }
    | { kind: "movePage"; target: number; index: number };

  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant("add" as const), type: fc.constantFrom("text" as const, "panel" as const, "paneldynamic" as const, "checkbox" as const), target: fc.nat(40), index: fc.integer({ min: -1, max: 8 }) }),
    fc.record({ kind: fc.constantFrom("duplicate" as const, "remove" as const), target: fc.nat(40) }),
    fc.record({ kind: fc.constant("move" as const), target: fc.nat(40), to: fc.nat(40), index: fc.integer({ min: -1, max: 8 }) }),
    fc.record({ kind: fc.constant("addPage" as const), index: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant("movePage" as const), target: fc.nat(10), index: fc.nat(5) }),
  );

  const containers = (draft: QuestionnaireDraft) => [...draft.survey.pages.map((page) => page.name), ...draftElements(draft).filter((entry) => entry.element.type === "panel" || entry.element.type === "paneldynamic").map((entry) => entry.name)];
  const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
  /** the element JSON by name, with its nested elements' names only */
  const content = (draft: QuestionnaireDraft) =>
    new Map(draftElements(draft).map((entry) => [entry.name, JSON.stringify({ ...entry.element, elements: undefined, templateElements: undefined })]));

  it("keeps names unique, keeps every element it does not remove, and never changes its input", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let draft = smallDraft();
        for (const step of edits) {
          const before = JSON.stringify(draft);
          const expected = content(draft);
          const all = names(draft);
          let next = draft;
          let added: string[] = [];
          let removed: string[] = [];
          try {
            switch (step.kind) {
              case "add": {
                const element = newElement(draft, step.type);
                next = addElement(draft, element, { container: pick(containers(draft), step.target)!, index: step.index < 0 ? undefined : step.index });
                added = [element.name as string];
                break;
              }
              case "duplicate": {
                const name = pick(all, step.target);
                if (name === undefined) continue;
                const result = duplicateElement(draft, name);
                next = result.draft;
                added = names(next).filter((n) => !all.includes(n));
                expect(elementLocation(next, result.name)?.index).toBe(elementLocation(draft, name)!.index + 1);
                break;
              }
              case "remove": {
                const name = pick(all, step.target);
                if (name === undefined) continue;
                next = removeElement(draft, name);
                removed = all.filter((n) => !names(next).includes(n));
                expect(removed).toContain(name);
                break;
              }
              case "move": {
                const name = pick(all, step.target);
                if (name === undefined) continue;
                const container = pick(containers(draft), step.to)!;
                next = moveElement(draft, name, { container, index: step.index });
                expect(elementLocation(next, name)?.container).toBe(container);
                break;
              }
              case "addPage":
                next = addPage(draft, { index: step.index }).draft;
                break;
              case "movePage":
                next = movePage(draft, pick(pageNames(draft), step.target)!, step.index);
                break;
            }
          } catch (error) {
            // the only refusal a random sequence may meet: moving a panel into itself
            expect(error).toBeInstanceOf(DraftEditError);
            expect((error as DraftEditError).code).toBe("into-itself");
            continue;
          } finally {
            expect(JSON.stringify(draft)).toBe(before);
          }
          const after = names(next);
          expect(new Set(after.map((n) => n.toLowerCase())).size).toBe(after.length);
          expect(new Set(pageNames(next)).size).toBe(next.survey.pages.length);
          expect(after.sort()).toEqual([...all.filter((n) => !removed.includes(n)), ...added].sort());
          // every element that stays is unchanged, wherever it went (only duplicates are new)
          const now = content(next);
          for (const [name, json] of expected) if (!removed.includes(name)) expect(now.get(name)).toBe(json);
          draft = next;
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
