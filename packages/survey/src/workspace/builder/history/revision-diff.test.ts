import type { QuestionnaireDraft } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { revisionDiff } from "./revision-diff.js";

const base: QuestionnaireDraft = {
  audience: "municipality",
  title: { da: "Prøve" },
  reportSections: [{ id: "s", title: { da: "Afsnit" } }],
  survey: {
    pages: [
      {
        name: "p1",
        elements: [
          { type: "text", name: "count", title: { da: "Antal" }, aggregation: "sum", reportSection: "s" },
          { type: "radiogroup", name: "kind", title: { da: "Art" }, choices: ["a", "b"], aggregation: "choice-count", reportSection: "s" },
          { type: "panel", name: "box", elements: [{ type: "comment", name: "note", title: { da: "Note" }, aggregation: "text", reportSection: "s" }] },
        ],
      },
      { name: "p2", elements: [] },
    ],
  },
};

/** A copy of the base with the elements of page 1 changed. */
function edited(change: (elements: Record<string, unknown>[], draft: QuestionnaireDraft) => void): QuestionnaireDraft {
  const copy = structuredClone(base);
  change(copy.survey.pages[0]!.elements!, copy);
  return copy;
}

describe("revisionDiff", () => {
  it("says nothing differs between equal drafts", () => {
    const diff = revisionDiff(base, structuredClone(base));
    expect(diff.same).toBe(true);
    expect(diff.changed).toEqual([]);
  });

  it("lists questions added and removed with their titles, nested ones too", () => {
    const next = edited((elements) => {
      elements.splice(1, 1);
      (elements[1]!.elements as Record<string, unknown>[]).push({ type: "text", name: "extra", title: { da: "Ekstra", en: "Extra" } });
    });
    const diff = revisionDiff(base, next);
    expect(diff.added).toEqual([{ name: "extra", type: "text", title: { da: "Ekstra", en: "Extra" } }]);
    expect(diff.removed).toEqual([{ name: "kind", type: "radiogroup", title: { da: "Art" } }]);
    expect(diff.same).toBe(false);
  });

  it("names what changed in a question by the diff's kinds, each once", () => {
    const next = edited((elements) => {
      elements[1]!.choices = ["a"];
      elements[1]!.title = { da: "Art af tilbud" };
      elements[0]!.isRequired = true;
    });
    const diff = revisionDiff(base, next);
    expect(diff.changed.map((c) => [c.name, c.kinds.sort()])).toEqual([
      ["count", ["required-added"]],
      ["kind", ["choice-removed", "text-changed"]],
    ]);
    expect(diff.changed[1]!.title).toEqual({ da: "Art af tilbud" });
  });

  it("sees a rename through previousNames", () => {
    const next = edited((elements) => {
      elements[0]!.name = "antal";
      elements[0]!.previousNames = ["count"];
    });
    expect(revisionDiff(base, next).renamed).toEqual([{ from: "count", to: "antal", title: { da: "Antal" } }]);
  });

  it("lists pages added and removed apart from the other changes", () => {
    const next = edited((_elements, draft) => {
      draft.survey.pages[1]!.name = "p3";
      draft.title = { da: "Ny titel" };
    });
    const diff = revisionDiff(base, next);
    expect(diff.pages).toEqual({ added: ["p3"], removed: ["p2"] });
    expect(diff.other).toEqual(["title-changed"]);
  });

  it("compares by name when the diff cannot read a draft", () => {
    const next = edited((elements) => {
      elements[0]!.title = { da: "Antal i alt" };
      elements.push({ type: "text", name: "fresh" }, { type: "html", name: "info" });
    });
    const failing = () => {
      throw new Error("cannot read");
    };
    const diff = revisionDiff(base, next, failing);
    expect(diff.added.map((q) => q.name)).toEqual(["fresh"]);
    expect(diff.changed.map((q) => [q.name, q.kinds])).toEqual([["count", []]]);
    expect(diff.removed).toEqual([]);
    expect(diff.other).toEqual([]);
    expect(diff.same).toBe(false);
  });
});
