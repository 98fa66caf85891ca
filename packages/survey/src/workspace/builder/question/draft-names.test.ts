import type { QuestionnaireDraft } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { draftNames } from "./draft-names.js";

describe("draftNames", () => {
  it("gathers element names at every depth and calculated values, in lower case", () => {
    const draft: QuestionnaireDraft = {
      audience: "municipality",
      title: { da: "T" },
      reportSections: [{ id: "s", title: { da: "S" } }],
      survey: {
        pages: [
          { name: "side1", elements: [{ type: "text", name: "Navn" }, { type: "panel", name: "gruppe", elements: [{ type: "comment", name: "inde" }] }] },
          { name: "side2", elements: [{ type: "paneldynamic", name: "tilbud", templateElements: [{ type: "text", name: "tilbudNavn" }] }] },
        ],
        calculatedValues: [{ name: "Total", expression: "1" }],
      },
    };
    expect([...draftNames(draft)].sort()).toEqual(["gruppe", "inde", "navn", "tilbud", "tilbudnavn", "total"]);
  });
});
