import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findingCodes, findingText } from "./finding-text.js";

const source = (file: string) => readFileSync(new URL(file, import.meta.url), "utf8");

/** The code literals of a source file: `code: "x"`, `issue(path, "x", …)`, `note(path, "x", …)`, and `missing-${locale}`. */
function codesIn(text: string): string[] {
  const codes = new Set<string>();
  for (const match of text.matchAll(/\bcode: "([a-z][a-z-]*)"/g)) codes.add(match[1]!);
  for (const match of text.matchAll(/\b(?:issue|note)\([^,()]+(?:\([^()]*\))?[^,()]*, "([a-z][a-z-]*)"/g)) codes.add(match[1]!);
  if (/code: `missing-\$\{locale\}`/.test(text)) ["missing-da", "missing-en"].forEach((code) => codes.add(code));
  return [...codes];
}

const producers = {
  validateQuestionnaire: source("../../../../schema/src/validate-questionnaire.ts"),
  questionnaireFromDraft: source("../../../../schema/src/questionnaire-draft.ts"),
  importSurveyJson: source("../../../../schema/src/import-survey-json.ts"),
  copyToAnnouncement: source("../../../../server/src/draft/announcement-copy.ts"),
};

describe("findingText", () => {
  it.each(Object.entries(producers))("has words for every code %s produces", (_, text) => {
    const codes = codesIn(text);
    expect(codes.length).toBeGreaterThan(1);
    expect(findingCodes).toEqual(expect.arrayContaining(codes));
    for (const code of codes) {
      const finding = { path: "survey.pages[0].elements[0].title.en", code, message: "English message" };
      expect(findingText(finding, "da"), code).not.toBe("English message");
      expect(findingText(finding, "en"), code).not.toBe("English message");
    }
  });

  it("finds the codes validateQuestionnaire's own documentation lists", () => {
    const documented = /Codes: (.+?)\.\n \*\//s.exec(producers.validateQuestionnaire)?.[1]?.match(/`([a-z-]+)`/g)?.map((code) => code.slice(1, -1));
    expect(documented?.length).toBeGreaterThan(20);
    expect(codesIn(producers.validateQuestionnaire)).toEqual(expect.arrayContaining(documented!));
  });

  it("says a language is missing, and of which part", () => {
    expect(findingText({ path: "survey.pages[0].elements[2].title.en", code: "missing-en", message: "no English text" }, "da")).toBe("Titlen mangler på engelsk.");
    expect(findingText({ path: "survey.pages[0].elements[2].title.en", code: "missing-en", message: "no English text" }, "en")).toBe("The title is missing in English.");
    expect(findingText({ path: "survey.pages[1].elements[0].choices[2].text.en", code: "missing-en", message: "no English text" }, "da")).toBe("Valgmulighed 3: teksten mangler på engelsk.");
    expect(findingText({ path: "survey.pages[1].elements[0].choices[2].text.en", code: "missing-en", message: "no English text" }, "en")).toBe("Choice 3: the text is missing in English.");
    expect(findingText({ path: "survey.pages[0].elements[1].columns[1].choices[0].text.da", code: "missing-da", message: "no Danish text" }, "da")).toBe("Kolonne 2, valgmulighed 1: teksten mangler på dansk.");
    expect(findingText({ path: "survey.pages[0].elements[1].items[0].title", code: "missing-da", message: "item has no title" }, "da")).toBe("Punkt 1: titlen mangler på dansk.");
    expect(findingText({ path: "survey.pages[0].elements[1].rows[3]", code: "missing-da", message: "row has no text" }, "da")).toBe("Række 4: teksten mangler på dansk.");
    expect(findingText({ path: "reportSections[1].title.en", code: "missing-en", message: "no English text" }, "da")).toBe("Rapportafsnit 2: titlen mangler på engelsk.");
    expect(findingText({ path: "description.da", code: "missing-da", message: "no Danish text" }, "da")).toBe("Beskrivelsen mangler på dansk.");
    expect(findingText({ path: "survey.pages[0].elements[1].labelTrue.en", code: "missing-en", message: "no English text" }, "da")).toBe("Teksten for »ja« mangler på engelsk.");
    expect(findingText({ path: "survey.pages[0].elements[1].validators[0].text.en", code: "missing-en", message: "no English text" }, "da")).toBe("Valideringsregel 1: teksten mangler på engelsk.");
    expect(findingText({ path: "survey.pages[0].elements[0].templateElements[1].title.en", code: "missing-en", message: "no English text" }, "da")).toBe("Titlen mangler på engelsk.");
  });

  it("names the reference a condition cannot resolve and the condition it sits in", () => {
    const finding = { path: "survey.pages[0].elements[3].visibleIf", code: "unknown-reference", message: "{gone} refers to no question or calculated value" };
    expect(findingText(finding, "da")).toBe("Betingelsen for at vise det henviser til »gone«, som ikke findes i spørgeskemaet.");
    expect(findingText(finding, "en")).toBe("The condition for showing it refers to “gone”, which is not in the questionnaire.");
    expect(findingText({ ...finding, message: "{row.x} can only be used inside a matrix" }, "da")).toBe("Betingelsen for at vise det henviser til »row.x«, som ikke kan bruges her.");
    expect(findingText({ path: "survey.pages[0].elements[3].enableIf", code: "invalid-expression", message: '"{a} =" does not parse' }, "da")).toBe(
      "Betingelsen for at kunne udfylde det kan ikke læses. Ret udtrykket, eller vælg betingelsen igen.",
    );
  });

  it("says what an aggregation or a screening role needs", () => {
    expect(findingText({ path: "survey.pages[0].elements[0].aggregation", code: "aggregation-mismatch", message: 'aggregation "sum" needs a text question with "inputType": "number", not "comment"' }, "da")).toBe("Summering kræver et talspørgsmål.");
    expect(findingText({ path: "survey.pages[0].elements[0].aggregation", code: "aggregation-mismatch", message: 'aggregation "offerList" needs the columns "operator"' }, "en")).toBe("A list of offers needs a dynamic matrix with the columns “name” and “operator”.");
    expect(findingText({ path: "survey.pages[0].elements[0].screening", code: "screening-mismatch", message: 'screening role "competences" needs a matrix, not "text"' }, "da")).toMatch(/^Rollen »kompetencer« kræver en matrix/);
  });

  it("tells the import's notes apart from validation's findings of the same code", () => {
    expect(findingText({ path: "survey.pages[0].elements[0].reportSection", code: "unknown-report-section", message: 'report section "x" is not among the draft\'s; the question feeds "generelt"' }, "da")).toMatch(/standardafsnittet/);
    expect(findingText({ path: "survey.pages[0].elements[0].reportSection", code: "unknown-report-section", message: 'reportSection "x" is not among the questionnaire\'s reportSections' }, "da")).toBe("Rapportafsnittet findes ikke i spørgeskemaet. Vælg et andet.");
    expect(findingText({ path: "survey.pages[0].elements[0].foo", code: "unknown-property", message: 'Unknown property "foo". Kept as it was; survey-core ignores it.' }, "da")).toBe("Egenskaben »foo« kendes ikke af SurveyJS; den er bevaret, men bruges ikke.");
    expect(findingText({ path: "survey.pages[0].elements[0]", code: "named", message: 'the text is named "question1"' }, "da")).toBe("Elementet havde intet navn og hedder nu »question1«.");
    expect(findingText({ path: "survey.pages[0]", code: "missing-translation", message: "no English text for title, choices[0].text" }, "da")).toBe("Nogle tekster mangler på engelsk.");
  });

  it("names the competence row a copy removed or added", () => {
    expect(findingText({ path: "survey.pages[1].elements[3].rows[2]", code: "competence-row-removed", message: 'row "familie" removed: it is not a competence of the new announcement' }, "da")).toBe(
      "Række 3: rækken »familie« er fjernet, fordi den ikke er en kompetence i den nye udmelding.",
    );
    expect(findingText({ path: "survey.pages[1].elements[3].rows", code: "competence-row-added", message: 'row "jura" added for the competence "Law"; check its wording' }, "en")).toBe(
      "The row “jura” is added for a competence of the new announcement. Check its wording.",
    );
  });

  it("falls back to the finding's own message for a code it does not know", () => {
    expect(findingText({ path: "survey", code: "brand-new", message: "something new" }, "da")).toBe("something new");
    expect(findingText({ path: "survey", code: "toString", message: "inherited" }, "da")).toBe("inherited");
  });

  it("writes every sentence as a sentence, in both languages", () => {
    for (const code of findingCodes) {
      for (const path of ["title.en", "survey.pages[0].elements[1].choices[0].text.en", "survey", ""]) {
        for (const locale of ["da", "en"] as const) {
          const text = findingText({ path, code, message: "m" }, locale);
          expect(text, `${code} ${path} ${locale}`).toMatch(/^[A-ZÆØÅ].*[.]$/s);
          expect(text).not.toContain("undefined");
        }
      }
    }
  });
});
