import type { OutlinePage } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { builderDa, builderEn } from "./builder-messages.js";
import { containerWords } from "./container-words.js";

const outline: OutlinePage[] = [
  { name: "side1", title: { da: "Baggrund", en: "Background" }, path: "", elements: [] },
  { name: "side2", title: {}, path: "", elements: [] },
];
const title = (name: string) => (name === "tilbud" ? "Tilbuddene" : name);

describe("containers in sentences", () => {
  test("a page by its title, else its number; a group by its title", () => {
    expect(containerWords(outline, "side1", builderDa, "da", title)).toEqual({ noun: "siden »Baggrund«", where: "på siden »Baggrund«", option: "Siden »Baggrund«" });
    expect(containerWords(outline, "side2", builderDa, "da", title)).toEqual({ noun: "side 2", where: "på side 2", option: "Side 2" });
    expect(containerWords(outline, "tilbud", builderDa, "da", title)).toEqual({ noun: "gruppen »Tilbuddene«", where: "i gruppen »Tilbuddene«", option: "Gruppen »Tilbuddene«" });
    expect(containerWords(outline, "side1", builderEn, "en", title).where).toBe("on the page “Background”");
  });

  test("in the drag announcements", () => {
    const { where } = containerWords(outline, "tilbud", builderDa, "da", title);
    expect(builderDa.dragOver("Alder", 2, 5, where)).toBe("»Alder« er nu nummer 2 af 5 i gruppen »Tilbuddene«.");
  });
});
