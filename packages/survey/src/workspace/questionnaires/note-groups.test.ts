import { importSurveyJson } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { groupNotes } from "./note-groups.js";
import { questionnairesDa as q } from "./questionnaires-messages.js";

// A SurveyJS file as SurveyJS Creator writes it: Danish texts only, no Afrapport properties.
const survey = {
  title: "Kommunernes forbrug",
  pages: [
    {
      name: "p1",
      title: "Målgruppen",
      elements: [
        { type: "text", name: "antal", title: "Antal borgere" },
        { type: "panel", name: "detaljer", elements: [{ type: "comment", name: "uddyb" }] },
      ],
    },
  ],
};

describe("groupNotes", () => {
  it("says which page or question each note of an import concerns, the questionnaire for the rest", () => {
    const imported = importSurveyJson(survey, { language: "da", audience: "municipality" });
    if (!imported.ok) throw new Error("the survey should import");
    const groups = groupNotes(imported.draft, imported.notes, q, "da");
    const subjects = groups.map((group) => group.subject);
    expect(subjects).toContain("Spørgeskemaet");
    expect(subjects).toContain("Side 1: Målgruppen");
    expect(subjects).toContain("Antal borgere (antal)");
    // a question without a title is named by its name, inside its panel rather than on the panel
    expect(subjects).toContain("Spørgsmålet uddyb");
    // every note lands in exactly one group
    expect(groups.flatMap((group) => group.notes)).toHaveLength(imported.notes.length);
    const antal = groups.find((group) => group.subject === "Antal borgere (antal)")!;
    expect(antal.notes.every((note) => note.path.startsWith("survey.pages[0].elements[0]"))).toBe(true);
  });

  it("names a note outside every element by the questionnaire", () => {
    const imported = importSurveyJson(survey, { language: "da", audience: "municipality" });
    if (!imported.ok) throw new Error("the survey should import");
    const groups = groupNotes(imported.draft, [{ path: "title", code: "missing-translation", message: "" }], q, "en");
    expect(groups).toEqual([{ subject: "Spørgeskemaet", notes: [{ path: "title", code: "missing-translation", message: "" }] }]);
  });
});
