import type { QuestionnaireDraft } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { alignCompetences } from "./announcement-copy.js";

const competence = (id: string) => ({ id, title: { da: `${id} da`, en: `${id} en` } });

function offerDraft(rows: unknown[]): QuestionnaireDraft {
  return {
    audience: "offer",
    title: { da: "Tilbud", en: "Offer" },
    reportSections: [{ id: "generelt", title: { da: "Generelt", en: "General" } }],
    survey: {
      pages: [
        { name: "p1", elements: [{ type: "comment", name: "intro" }] },
        {
          name: "p2",
          elements: [
            {
              type: "panel",
              name: "kompetencer",
              elements: [{ type: "matrix", name: "competences", screening: "competences", columns: ["internal", "external", "absent"], rows }],
            },
          ],
        },
      ],
    },
  };
}

const matrixOf = (draft: QuestionnaireDraft) => (draft.survey.pages[1]!.elements![0]!.elements as Record<string, unknown>[])[0]!;
const MATRIX = "survey.pages[1].elements[0].elements[0]";

describe("alignCompetences", () => {
  it("leaves a matrix that already asks about exactly the competences alone", () => {
    const rows = [{ value: "a", text: { da: "A (egen tekst)", en: "A (own text)" } }, "b"];
    const draft = offerDraft(rows);
    expect(alignCompetences(draft, [competence("a"), competence("b")])).toEqual([]);
    expect(matrixOf(draft).rows).toBe(rows);
  });

  it("keeps the wording of rows still wanted, adds the new competences, removes the others, in the competences' order", () => {
    const draft = offerDraft([{ value: "a", text: { da: "A", en: "A" } }, { value: "gone", text: { da: "X", en: "X" } }]);
    const notes = alignCompetences(draft, [competence("new"), competence("a")]);
    expect(matrixOf(draft).rows).toEqual([{ value: "new", text: { da: "new da", en: "new en" } }, { value: "a", text: { da: "A", en: "A" } }]);
    expect(notes).toEqual([
      { path: `${MATRIX}.rows[1]`, code: "competence-row-removed", message: expect.stringContaining('"gone"') },
      { path: `${MATRIX}.rows`, code: "competence-row-added", message: expect.stringContaining('"new"') },
    ]);
  });

  it("reorders rows to the competences' order and drops a duplicate row, noting both", () => {
    const draft = offerDraft(["b", "a"]);
    expect(alignCompetences(draft, [competence("a"), competence("b")])).toEqual([{ path: `${MATRIX}.rows`, code: "competence-rows-reordered", message: expect.any(String) }]);
    expect(matrixOf(draft).rows).toEqual(["a", "b"]);
    const duplicated = offerDraft(["a", "a"]);
    expect(alignCompetences(duplicated, [competence("a")]).map((n) => [n.code, n.path])).toEqual([["competence-row-removed", `${MATRIX}.rows[1]`]]);
    expect(matrixOf(duplicated).rows).toEqual(["a"]);
  });

  it("notes an offer questionnaire without a competences matrix, and ignores municipality questionnaires", () => {
    const without = offerDraft([]);
    without.survey.pages = [without.survey.pages[0]!];
    expect(alignCompetences(without, [competence("a")])).toEqual([{ path: "survey", code: "no-competences-question", message: expect.any(String) }]);
    expect(alignCompetences({ ...offerDraft(["x"]), audience: "municipality" }, [competence("a")])).toEqual([]);
  });
});
