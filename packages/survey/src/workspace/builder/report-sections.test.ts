import { DraftEditError, type QuestionnaireDraft } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { addReportSection, removeReportSection, retitleReportSection, sectionUsage } from "./report-sections.js";

const draft: QuestionnaireDraft = {
  audience: "municipality",
  title: { da: "T" },
  reportSections: [
    { id: "generelt", title: { da: "Generelt" } },
    { id: "tal", title: { da: "Tal" } },
    { id: "afsnit-3", title: { da: "Tomt" } },
  ],
  survey: {
    pages: [
      { name: "side1", elements: [{ type: "text", name: "a", reportSection: "tal" }, { type: "panel", name: "g", elements: [{ type: "text", name: "b", reportSection: "tal" }, { type: "text", name: "c", reportSection: "generelt" }] }] },
      { name: "side2", elements: [] },
    ],
  },
};

describe("report sections in the editor", () => {
  test("counts the elements naming each section, inside panels too", () => {
    expect(Object.fromEntries(sectionUsage(draft))).toEqual({ generelt: 1, tal: 2, "afsnit-3": 0 });
  });

  test("a new section gets an id no other has", () => {
    const { draft: next, id } = addReportSection(draft, "Nyt afsnit");
    expect(id).toBe("afsnit-4");
    expect(next.reportSections.at(-1)).toEqual({ id: "afsnit-4", title: { da: "Nyt afsnit" } });
    expect(draft.reportSections).toHaveLength(3);
  });

  test("retitles and removes by id, never the last one", () => {
    expect(retitleReportSection(draft, "tal", { da: "Tal", en: "Figures" }).reportSections[1]).toEqual({ id: "tal", title: { da: "Tal", en: "Figures" } });
    expect(removeReportSection(draft, "afsnit-3").reportSections.map((s) => s.id)).toEqual(["generelt", "tal"]);
    const one = { ...draft, reportSections: [draft.reportSections[0]!] };
    expect(() => removeReportSection(one, "generelt")).toThrow(DraftEditError);
  });
});
