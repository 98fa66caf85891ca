import { describe, expect, it } from "vitest";
import { copyNoteText } from "./copy-note-text.js";
import { questionnairesDa, questionnairesEn } from "./questionnaires-messages.js";

const competences = [
  { id: "ernaering", title: { da: "Ernæringsfaglig indsats", en: "Nutrition" } },
  { id: "psykiatri", title: { da: "Psykiatrisk behandling", en: "Psychiatric treatment" } },
];
const note = (code: string, message: string) => ({ draftId: "d1", key: "tilbud-2019", path: "survey.pages[2].elements[0].rows", code, message });

describe("copyNoteText", () => {
  it("says what the copy changed in the competence matrix, naming the competence in the reader's language", () => {
    const added = note("competence-row-added", 'row "ernaering" added for the competence "Nutrition"; check its wording');
    expect(copyNoteText(added, competences, questionnairesDa, "da")).toBe("Rækken »Ernæringsfaglig indsats« er tilføjet i kompetencematrixen. Tjek formuleringen.");
    expect(copyNoteText(added, competences, questionnairesEn, "en")).toContain("“Nutrition”");
    const removed = note("competence-row-removed", 'row "psykiatri" removed: it is not a competence of the new announcement');
    expect(copyNoteText(removed, competences, questionnairesDa, "da")).toContain("»Psykiatrisk behandling«");
    // a row that named no competence at all keeps its value
    const stray = note("competence-row-removed", 'row "jordemoder" removed: it is not a competence of the new announcement');
    expect(copyNoteText(stray, competences, questionnairesDa, "da")).toContain("»jordemoder«");
    expect(copyNoteText(note("competence-rows-reordered", "rows put in the order"), competences, questionnairesDa, "da")).toBe(questionnairesDa.copyNoteRowsReordered);
    expect(copyNoteText(note("no-competences-question", "no matrix"), competences, questionnairesDa, "da")).toBe(questionnairesDa.copyNoteNoCompetences);
  });

  it("gives any other code the words of a draft finding, never the server's English", () => {
    const text = copyNoteText(note("missing-en", "title.en is missing"), competences, questionnairesDa, "da");
    expect(text).not.toBe("title.en is missing");
    expect(text.length).toBeGreaterThan(0);
  });
});
