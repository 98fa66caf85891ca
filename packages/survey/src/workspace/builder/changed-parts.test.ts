import { describe, expect, test } from "vitest";
import { builderDa } from "./builder-messages.js";
import { changedPart, changedParts, partText, type PartNames } from "./changed-parts.js";

describe("the parts a merge path names", () => {
  test("the questionnaire's own texts and settings", () => {
    expect(changedPart("title.en")).toEqual({ kind: "title" });
    expect(changedPart("description")).toEqual({ kind: "description" });
    expect(changedPart("audience")).toEqual({ kind: "audience" });
    expect(changedPart("reportSections[id=tal].title")).toEqual({ kind: "reportSections" });
    expect(changedPart("reportSections")).toEqual({ kind: "reportSections" });
    expect(changedPart("survey")).toEqual({ kind: "settings" });
    expect(changedPart("survey.showProgressBar")).toEqual({ kind: "settings" });
    expect(changedPart("survey.pages")).toEqual({ kind: "pageOrder" });
  });

  test("pages, elements (nested ones by their own name) and orders", () => {
    expect(changedPart("survey.pages[name=side1]")).toEqual({ kind: "page", name: "side1" });
    expect(changedPart("survey.pages[name=side1].title")).toEqual({ kind: "page", name: "side1" });
    expect(changedPart("survey.pages[name=side1].elements[name=q3].isRequired")).toEqual({ kind: "element", name: "q3" });
    expect(changedPart("survey.pages[name=side1].elements[name=gruppe].elements[name=q9]")).toEqual({ kind: "element", name: "q9" });
    expect(changedPart("survey.pages[name=side1].elements[name=tilbud].templateElements[name=navn].title")).toEqual({ kind: "element", name: "navn" });
    expect(changedPart("survey.pages[name=side1].elements")).toEqual({ kind: "order", container: "side1" });
    expect(changedPart("survey.pages[name=side1].elements[name=gruppe].elements")).toEqual({ kind: "order", container: "gruppe" });
    // an element without a usable name counts on its page
    expect(changedPart("survey.pages[name=side1].elements[2]")).toEqual({ kind: "page", name: "side1" });
  });

  test("each part once, in the order first named", () => {
    expect(
      changedParts(["survey.pages[name=s].elements[name=q].title", "title.da", "survey.pages[name=s].elements[name=q].isRequired", "title.en"]),
    ).toEqual([{ kind: "element", name: "q" }, { kind: "title" }]);
  });

  test("in words", () => {
    const noun = (n: string) => (n === "s" ? builderDa.pageNoun("Baggrund") : builderDa.groupNoun(n));
    const names: PartNames = { element: (n) => (n === "q" ? "Antal borgere" : n), noun, where: (n) => (n === "s" ? builderDa.onPage(noun(n)) : builderDa.inGroup(noun(n))) };
    const words = changedParts([
      "survey.pages[name=s].elements[name=q].title",
      "survey.pages[name=s]",
      "survey.pages[name=s].elements",
      "survey.pages[name=s].elements[name=g].elements",
      "title.da",
    ]).map((part) => partText(part, builderDa, names));
    expect(words).toEqual(["»Antal borgere«", "siden »Baggrund«", "rækkefølgen på siden »Baggrund«", "rækkefølgen i gruppen »g«", "spørgeskemaets titel"]);
    expect(builderDa.merged(words.slice(0, 2))).toBe("En kollega gemte kladden imens. Dine ændringer er flettet med deres, og fra dem kom: »Antal borgere« og siden »Baggrund«.");
  });
});
