import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listQuestions } from "./list-questions.js";
import type { QuestionnaireVersion } from "./questionnaire.js";

const questionnaire = JSON.parse(
  readFileSync(new URL("../fixtures/questionnaires/valid-offer.json", import.meta.url), "utf8"),
) as QuestionnaireVersion;

describe("listQuestions", () => {
  it("lists every question in document order, entering panels and leaving out html", () => {
    const questions = listQuestions(questionnaire);
    expect(questions.map((q) => [q.name, q.type, q.page, q.path])).toEqual([
      ["offerName", "text", "om", "survey.pages[0].elements[1]"],
      ["operator", "dropdown", "om", "survey.pages[0].elements[2]"],
      ["staffCount", "text", "om", "survey.pages[0].elements[3]"],
      ["experienceYears", "text", "om", "survey.pages[0].elements[4]"],
      ["flow", "multipletext", "om", "survey.pages[0].elements[5]"],
      ["hasAgreement", "boolean", "om", "survey.pages[0].elements[6].elements[0]"],
      ["agreements", "file", "om", "survey.pages[0].elements[6].elements[1]"],
      ["paragraphs", "checkbox", "om", "survey.pages[0].elements[7]"],
      ["notes", "comment", "om", "survey.pages[0].elements[8]"],
      ["competences", "matrix", "kompetencer", "survey.pages[1].elements[0]"],
      ["partners", "matrixdynamic", "kompetencer", "survey.pages[1].elements[1]"],
      ["cooperation", "radiogroup", "kompetencer", "survey.pages[1].elements[2]"],
    ]);
  });

  it("reads the custom properties into meta and keeps the raw JSON", () => {
    const flow = listQuestions(questionnaire).find((q) => q.name === "flow");
    expect(flow?.meta).toEqual({ aggregation: "sumPerYear", reportSection: "screening", screening: "flow" });
    expect(flow?.element.items).toHaveLength(3);
  });

  it("lists a paneldynamic as one question, not its template", () => {
    const survey = {
      pages: [{ name: "p", elements: [{ type: "paneldynamic", name: "visits", aggregation: "none", reportSection: "s", templateElements: [{ type: "text", name: "place" }] }] }],
    };
    expect(listQuestions({ survey }).map((q) => q.name)).toEqual(["visits"]);
  });
});
