import { describe, expect, it } from "vitest";
import { fixtureReport } from "../report/report-fixture.js";
import { targetNames } from "./target-names.js";

describe("what a comment is about", () => {
  const report = { municipality: fixtureReport(), offer: null };

  it("names a section by its title in the page's language, and a response by its respondent", () => {
    expect(targetNames(report, [], "da")({ type: "section", sectionId: "maalgruppe" })).toBe("Målgruppen");
    expect(targetNames(report, [], "en")({ type: "section", sectionId: "maalgruppe" })).toBe("The target group");
    expect(targetNames(report, [], "da")({ type: "response", respondentId: "r-1" })).toBe("Frederiksberg");
  });

  it("prefers the summaries' titles and falls back to the id", () => {
    const name = targetNames(undefined, [{ sectionId: "maalgruppe", title: { da: "Målgruppe", en: "Group" } }], "da");
    expect(name({ type: "section", sectionId: "maalgruppe" })).toBe("Målgruppe");
    expect(name({ type: "response", respondentId: "x" })).toBe("x");
  });
});
