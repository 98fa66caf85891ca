import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expressionVariables, formatIssuePath, validateQuestionnaire } from "./validate-questionnaire.js";

const fixtures = fileURLToPath(new URL("../fixtures/questionnaires/", import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(`${fixtures}${file}`, "utf8"));
const files = readdirSync(fixtures).filter((f) => f.endsWith(".json")).sort();

interface InvalidFixture {
  description: string;
  expectIssues: { code: string; path: string }[];
  questionnaire: unknown;
}

const validOffer = () => read("valid-offer.json") as { survey: { pages: { elements: Record<string, unknown>[] }[] } } & Record<string, unknown>;
const codesAndPaths = (json: unknown) => {
  const result = validateQuestionnaire(json);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
};

describe("validateQuestionnaire on the fixtures", () => {
  it.each(files.filter((f) => f.startsWith("valid-")))("%s passes", (file) => {
    const json = read(file);
    const result = validateQuestionnaire(json);
    expect(result.issues).toEqual([]);
    expect(result.ok && result.questionnaire).toEqual(json);
  });

  it.each(files.filter((f) => f.startsWith("invalid-")))("%s fails with exactly the expected issues", (file) => {
    const fixture = read(file) as InvalidFixture;
    const result = validateQuestionnaire(fixture.questionnaire);
    expect(result.ok, fixture.description).toBe(false);
    expect(codesAndPaths(fixture.questionnaire), fixture.description).toEqual(fixture.expectIssues);
    for (const issue of result.issues) expect(issue.message.trim()).not.toBe("");
  });

  it("has an invalid fixture for every kind of defect it checks", () => {
    const codes = new Set(files.filter((f) => f.startsWith("invalid-")).flatMap((f) => (read(f) as InvalidFixture).expectIssues.map((i) => i.code)));
    for (const code of [
      "invalid-structure", "unknown-property", "unknown-type", "duplicate-name", "duplicate-choice", "invalid-expression",
      "unknown-reference", "not-localized", "missing-da", "missing-en", "missing-aggregation", "unknown-aggregation",
      "aggregation-mismatch", "unexpected-aggregation", "missing-report-section", "unknown-report-section",
      "unknown-screening", "duplicate-screening", "screening-not-offer", "screening-mismatch",
    ]) {
      expect(codes, code).toContain(code);
    }
  });
});

describe("validateQuestionnaire", () => {
  it("never throws, whatever it gets", () => {
    const cyclic: Record<string, unknown> = { announcement: "a" };
    cyclic.self = cyclic;
    const survey = { pages: [{ name: "p", elements: [{ type: "text", name: "a" }] }] };
    const cyclicSurvey = { pages: [{ name: "p", elements: [{ type: "text", name: "a" }] }] } as Record<string, unknown>;
    cyclicSurvey.loop = cyclicSurvey;
    for (const input of [null, undefined, 42, "x", [], {}, { survey: 5 }, { survey }, { survey: cyclicSurvey }, cyclic, { survey: { pages: [{ name: "p", elements: [null] }] } }]) {
      const result = validateQuestionnaire(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it("reports structural and survey defects in one run", () => {
    const json = validOffer();
    delete json.version;
    json.survey.pages[0]!.elements[1]!.visibleIf = "{nobody} = 1";
    expect(codesAndPaths(json)).toEqual([
      { code: "invalid-structure", path: "version" },
      { code: "unknown-reference", path: "survey.pages[0].elements[1].visibleIf" },
    ]);
  });

  it("returns the parsed questionnaire only when there is no issue", () => {
    const result = validateQuestionnaire(validOffer());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.questionnaire.audience).toBe("offer");
  });

  it("knows {row.x} inside a matrix, {panel.x} inside a dynamic panel and {item} in choicesVisibleIf", () => {
    const json = validOffer();
    const elements = json.survey.pages[0]!.elements;
    elements.push({
      type: "paneldynamic", name: "visits", title: { da: "Besøg", en: "Visits" }, aggregation: "none", reportSection: "profil",
      templateElements: [
        { type: "text", name: "place", title: { da: "Sted", en: "Place" } },
        { type: "comment", name: "why", title: { da: "Hvorfor", en: "Why" }, visibleIf: "{panel.place} notempty and {panelIndex} > 0" },
        { type: "comment", name: "bad", title: { da: "Dårlig", en: "Bad" }, visibleIf: "{panel.plac} notempty" },
      ],
    });
    elements.push({
      type: "radiogroup", name: "pick", title: { da: "Vælg", en: "Pick" }, aggregation: "choiceCounts", reportSection: "profil",
      choices: [{ value: "a", text: { da: "A", en: "A" } }], choicesVisibleIf: "{item} != {OPERATOR}",
      visibleIf: "{item} = 'a'",
    });
    expect(codesAndPaths(json)).toEqual([
      { code: "unknown-reference", path: "survey.pages[0].elements[9].templateElements[2].visibleIf" },
      { code: "unknown-reference", path: "survey.pages[0].elements[10].visibleIf" },
    ]);
  });

  it("knows calculated values, valueName and expression questions, and names that differ only in case", () => {
    const json = validOffer();
    (json.survey as Record<string, unknown>).calculatedValues = [{ name: "total", expression: "sum({flow.2017}, {flow.2018}, {Flow.2019})" }];
    json.survey.pages[0]!.elements.push(
      { type: "expression", name: "perStaff", title: { da: "Pr. medarbejder", en: "Per staff" }, expression: "{total} / {staffCount}", aggregation: "none", reportSection: "profil" },
      { type: "text", name: "x", valueName: "xValue", title: { da: "X", en: "X" }, aggregation: "none", reportSection: "profil" },
      { type: "comment", name: "y", visibleIf: "{xvalue} notempty and {perStaff} > 1", title: { da: "Y", en: "Y" }, aggregation: "texts", reportSection: "profil" },
      { type: "comment", name: "offername", title: { da: "Z", en: "Z" }, aggregation: "texts", reportSection: "profil" },
    );
    expect(codesAndPaths(json)).toEqual([{ code: "duplicate-name", path: "survey.pages[0].elements[12].name" }]);
  });

  it("needs no aggregation inside a dynamic panel's template, and checks its names in their own namespace", () => {
    const json = validOffer();
    json.survey.pages[0]!.elements.push({
      type: "paneldynamic", name: "visits", title: { da: "Besøg", en: "Visits" }, aggregation: "none", reportSection: "profil",
      templateElements: [
        { type: "text", name: "offerName", title: { da: "Sted", en: "Place" } },
        { type: "text", name: "offerName", title: { da: "Sted", en: "Place" } },
      ],
    });
    expect(codesAndPaths(json)).toEqual([{ code: "duplicate-name", path: "survey.pages[0].elements[9].templateElements[1].name" }]);
  });
});

describe("formatIssuePath", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(formatIssuePath(["survey", "pages", 1, "elements", 0, "name"])).toBe("survey.pages[1].elements[0].name");
    expect(formatIssuePath([])).toBe("");
    expect(formatIssuePath([0, "a"])).toBe("[0].a");
  });
});

describe("expressionVariables", () => {
  it("lists the variables an expression reads", () => {
    expect(expressionVariables("{a} = 1 and {b.c} > {d[0].e} or sum({f}, {a}) > 2")).toEqual(["a", "b.c", "d[0].e", "f"]);
    expect(expressionVariables("{a} = = 1")).toBeUndefined();
  });
});
