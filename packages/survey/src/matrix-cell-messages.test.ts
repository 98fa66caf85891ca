import { findQuestionnaire, gravideRusmiddel } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import type { Model, QuestionMatrixDynamicModel, QuestionMatrixModel } from "survey-core";
import { cellMessageText, cellPlace, missingCellText, missingRowsText } from "./matrix-cell-messages.js";
import { createQuestionnaireModel } from "./questionnaire-model.js";

// Issue 13: a required cell in the table of offers said only "Besvar venligst spørgsmålet."; it now names the column
// and the row, in Danish and English. A matrix that needs every row says which rows are missing.

function model(key: "kommune-2019" | "tilbud-2019"): Model {
  const questionnaire = findQuestionnaire(gravideRusmiddel, key, "1.0.0");
  if (questionnaire === undefined) throw new Error(`${key} is built in`);
  return createQuestionnaireModel(questionnaire);
}

/** The offers table with the rows given, checked by survey-core: each cell's messages by row and column. */
function offerCellErrors(rows: Record<string, unknown>[], locale: "da" | "en" = "da"): Record<string, string[]>[] {
  const m = model("kommune-2019");
  m.locale = locale;
  m.data = { refersToOffers: true, offersUsed: rows };
  const offers = m.getQuestionByName("offersUsed") as QuestionMatrixDynamicModel;
  offers.validate(true);
  return offers.visibleRows.map((row) =>
    Object.fromEntries(row.cells.filter((cell) => cell.question.errors.length > 0).map((cell) => [cell.column.name, cell.question.errors.map((e) => e.getText())])),
  );
}

describe("the texts", () => {
  it("names a dynamic row by its number and, when written, its name", () => {
    expect(missingCellText({ column: "Driftsherre", rowNumber: 2, rowName: "Solsikken" }, "da")).toBe("Udfyld »Driftsherre« i række 2 (Solsikken).");
    expect(missingCellText({ column: "Operator", rowNumber: 1 }, "en")).toBe("Fill in “Operator” in row 1.");
  });

  it("names a fixed row by its title", () => {
    expect(missingCellText({ column: "Antal", rowTitle: "2019" }, "da")).toBe("Udfyld »Antal« i rækken »2019«.");
    expect(cellMessageText({ column: "Antal", rowNumber: 3 }, "Angiv et tal.", "da")).toBe("»Antal« i række 3: Angiv et tal.");
    expect(missingRowsText(["Familiebehandling", "Psykiatrisk behandling"], "en")).toBe("Answer every row. Missing: Familiebehandling, Psykiatrisk behandling.");
  });
});

describe("survey-core's messages in the table of offers", () => {
  it("say which column of which offer is missing", () => {
    const errors = offerCellErrors([{ name: "Døgntilbuddet Solsikken", legalBasis: ["sel-107"] }, { operator: "regional" }]);
    expect(errors).toEqual([
      { operator: ["Udfyld »Driftsherre« i række 1 (Døgntilbuddet Solsikken)."] },
      { name: ["Udfyld »Tilbuddets navn« i række 2."], legalBasis: ["Udfyld »Lovgrundlag« i række 2."] },
    ]);
  });

  it("in English too", () => {
    expect(offerCellErrors([{ name: "Solsikken", operator: "private" }], "en")).toEqual([{ legalBasis: ["Fill in “Legal basis” in row 1 (Solsikken)."] }]);
  });

  it("gives the place of a cell question, and none for a question outside a table", () => {
    const m = model("kommune-2019");
    m.data = { refersToOffers: true, offersUsed: [{ name: "Solsikken" }] };
    const row = (m.getQuestionByName("offersUsed") as QuestionMatrixDynamicModel).visibleRows[0]!;
    expect(cellPlace(row.getQuestionByColumnName("legalBasis"))).toEqual({ column: "Lovgrundlag", rowNumber: 1, rowName: "Solsikken" });
    // the name cell itself is not named after what is written in it
    expect(cellPlace(row.getQuestionByColumnName("name"))).toEqual({ column: "Tilbuddets navn", rowNumber: 1 });
    expect(cellPlace(m.getQuestionByName("refersToOffers"))).toBeUndefined();
  });
});

describe("a matrix that needs every row", () => {
  it("names the rows still missing", () => {
    const m = model("tilbud-2019");
    m.data = { competences: { familie: "internal", rusmiddel: "external" } };
    const competences = m.getQuestionByName("competences") as QuestionMatrixModel;
    competences.validate(true);
    expect(competences.errors.map((e) => e.getText())).toEqual(["Besvar alle rækker. Mangler: Svangerskab og jordemoderfaglighed, Psykiatrisk behandling."]);
  });
});
