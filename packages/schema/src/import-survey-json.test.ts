import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { defaultReportSection, importSurveyJson, type ImportNote, type ImportSurveyJsonResult } from "./import-survey-json.js";
import { QuestionnaireDraftSchema, questionnaireFromDraft } from "./questionnaire-draft.js";

const imported = (json: unknown, options: Parameters<typeof importSurveyJson>[1] = { language: "da" }) => {
  const result = importSurveyJson(json, options);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
};
const codes = (notes: ImportNote[]) => notes.map((n) => `${n.code} ${n.path}`);
const firstPage = (result: Extract<ImportSurveyJsonResult, { ok: true }>) => result.draft.survey.pages[0] as { name: string; elements: Record<string, unknown>[] };

describe("importSurveyJson: structure", () => {
  it("puts top-level elements on one page and names what has no name as survey-core does", () => {
    const result = imported({ elements: [{ type: "text", title: "A" }, { type: "panel", elements: [{ type: "comment", title: "B" }] }] });
    const page = firstPage(result);
    expect(page.name).toBe("page1");
    expect(page.elements.map((e) => e.name)).toEqual(["question1", "panel1"]);
    expect((page.elements[1]?.elements as Record<string, unknown>[])[0]?.name).toBe("question2");
    expect(codes(result.notes)).toEqual(expect.arrayContaining([
      "wrapped-in-page survey.elements",
      "named survey.pages[0].elements[0]",
      "named survey.pages[0].elements[1]",
      "named survey.pages[0].elements[1].elements[0]",
    ]));
    expect(QuestionnaireDraftSchema.safeParse(result.draft).success).toBe(true);
  });

  it("reads legacy top-level and page `questions`", () => {
    const top = imported({ questions: [{ type: "text", name: "a", title: "A" }] });
    expect(firstPage(top).elements.map((e) => e.name)).toEqual(["a"]);
    expect(codes(top.notes)).toContain("wrapped-in-page survey.questions");

    const paged = imported({ pages: [{ name: "p", questions: [{ type: "text", name: "a", title: "A" }] }] });
    expect(firstPage(paged)).toMatchObject({ name: "p", elements: [{ name: "a" }] });
    expect(firstPage(paged)).not.toHaveProperty("questions");
    expect(codes(paged.notes)).toContain("legacy-questions survey.pages[0].elements");
  });

  it("follows survey-core where several lists compete: the last one wins, the others are noted", () => {
    const result = imported({ pages: [{ name: "p", elements: [{ type: "text", name: "lost" }] }], elements: [{ type: "text", name: "kept" }] });
    expect(result.draft.survey.pages).toHaveLength(1);
    expect(firstPage(result).elements.map((e) => e.name)).toEqual(["kept"]);
    expect(codes(result.notes)).toContain("ignored-by-surveyjs survey.pages");
  });

  it("names unnamed pages and starts an empty survey with one empty page", () => {
    const result = imported({ pages: [{ name: "first", elements: [{ type: "text", name: "a" }] }, { elements: [{ type: "text", name: "b" }] }] });
    expect(result.draft.survey.pages.map((p) => p.name)).toEqual(["first", "page1"]);
    const empty = imported({});
    expect(empty.draft.survey.pages).toEqual([{ name: "page1", elements: [] }]);
    expect(codes(empty.notes)).toContain("empty-survey survey.pages");
  });
});

describe("importSurveyJson: texts", () => {
  it("takes plain strings as the chosen language and notes the missing one per element", () => {
    const result = imported({ title: "Titel", elements: [{ type: "radiogroup", name: "q", title: "Spørgsmål", choices: ["a", "b|Bee", 3, { value: "c" }] }] });
    const question = firstPage(result).elements[0];
    expect(result.draft.title).toEqual({ da: "Titel" });
    expect(question?.title).toEqual({ da: "Spørgsmål" });
    expect(question?.choices).toEqual([
      { value: "a", text: { da: "a" } },
      { value: "b", text: { da: "Bee" } },
      3,
      { value: "c", text: { da: "c" } },
    ]);
    const missing = result.notes.filter((n) => n.code === "missing-translation");
    expect(missing.map((n) => n.path)).toEqual(["title", "survey.pages[0].elements[0]"]);
    expect(missing[1]?.message).toContain("English");
    expect(missing[1]?.message).toContain("choices[1].text");
  });

  it("maps SurveyJS's localized strings: `default` is the chosen language unless it has its own text", () => {
    const json = {
      elements: [
        { type: "text", name: "a", title: { default: "Hello", de: "Hallo" } },
        { type: "text", name: "b", title: { default: "Hello", da: "Hej" } },
        { type: "text", name: "c", title: { da: "Hej", en: "Hi" } },
        { type: "text", name: "d", title: { fr: "Salut" } },
      ],
    };
    const english = firstPage(imported(json, { language: "en" })).elements.map((e) => e.title);
    expect(english).toEqual([{ en: "Hello" }, { en: "Hello", da: "Hej" }, { da: "Hej", en: "Hi" }, { en: "Salut" }]);
    const result = imported(json, { language: "da" });
    expect(firstPage(result).elements.map((e) => e.title)).toEqual([{ da: "Hello" }, { da: "Hej", en: "Hello" }, { da: "Hej", en: "Hi" }, { da: "Salut" }]);
    expect(codes(result.notes)).toEqual(expect.arrayContaining(["dropped-locales survey.pages[0].elements[0]"]));
  });

  it("localizes every property survey-core calls localizable: validators, html, columns, rows, items, survey texts", () => {
    const result = imported({
      completedHtml: "<p>Tak</p>",
      elements: [
        { type: "html", name: "h", html: "<b>Hej</b>" },
        { type: "text", name: "n", title: "Antal", inputType: "number", validators: [{ type: "numeric", minValue: 0, text: "Mindst 0" }], placeholder: "0" },
        { type: "matrixdropdown", name: "m", title: "M", columns: [{ name: "c", title: "C", cellType: "dropdown", choices: ["x"] }], rows: ["r"] },
        { type: "multipletext", name: "mt", title: "MT", items: [{ name: "i", title: "I", placeholder: "skriv" }] },
      ],
    });
    const [html, number, matrix, multiple] = firstPage(result).elements;
    expect(result.draft.survey.completedHtml).toEqual({ da: "<p>Tak</p>" });
    expect(html?.html).toEqual({ da: "<b>Hej</b>" });
    expect(number?.validators).toEqual([{ type: "numeric", minValue: 0, text: { da: "Mindst 0" } }]);
    expect(number?.placeholder).toEqual({ da: "0" });
    expect(matrix?.columns).toEqual([{ name: "c", title: { da: "C" }, cellType: "dropdown", choices: [{ value: "x", text: { da: "x" } }] }]);
    expect(matrix?.rows).toEqual([{ value: "r", text: { da: "r" } }]);
    expect(multiple?.items).toEqual([{ name: "i", title: { da: "I" }, placeholder: { da: "skriv" } }]);
  });

  it("gives a question without a title its name, as SurveyJS shows it", () => {
    const result = imported({ elements: [{ type: "text", name: "age" }, { type: "text", name: "hidden", titleLocation: "hidden" }] });
    expect(firstPage(result).elements.map((e) => e.title)).toEqual([{ da: "age" }, undefined]);
    expect(codes(result.notes)).toContain("title-from-name survey.pages[0].elements[0].title");
  });
});

describe("importSurveyJson: aggregation and report section", () => {
  const aggregationOf = (element: Record<string, unknown>) => firstPage(imported({ elements: [{ name: "q", title: "Q", ...element }] })).elements[0]?.aggregation;

  it.each([
    [{ type: "text" }, "texts"],
    [{ type: "text", inputType: "number" }, "sum"],
    [{ type: "text", inputType: "email" }, "texts"],
    [{ type: "comment" }, "texts"],
    [{ type: "radiogroup", choices: [1] }, "choiceCounts"],
    [{ type: "checkbox", choices: [1] }, "choiceCounts"],
    [{ type: "dropdown", choices: [1] }, "choiceCounts"],
    [{ type: "tagbox", choices: [1] }, "choiceCounts"],
    [{ type: "boolean" }, "choiceCounts"],
    [{ type: "matrix", columns: [1], rows: [1] }, "choiceCounts"],
    [{ type: "file" }, "files"],
    [{ type: "expression", expression: "1" }, "none"],
    [{ type: "multipletext", items: [{ name: "2020", inputType: "number" }, { name: "2021", inputType: "number" }] }, "sumPerYear"],
    [{ type: "multipletext", items: [{ name: "a", title: "A" }] }, "none"],
    [{ type: "matrixdynamic", columns: [{ name: "name", title: "N" }, { name: "operator", title: "O" }] }, "offerList"],
    [{ type: "rating" }, "none"],
    [{ type: "ranking", choices: [1, 2] }, "none"],
  ])("%j → %s", (element, aggregation) => {
    expect(aggregationOf(element)).toBe(aggregation);
  });

  it("leaves display elements and dynamic panels' template questions without aggregation", () => {
    const page = firstPage(imported({ elements: [{ type: "html", name: "h", html: "x" }, { type: "image", name: "i" }, { type: "paneldynamic", name: "pd", title: "PD", templateElements: [{ type: "text", name: "t", title: "T" }] }] }));
    expect(page.elements[0]).not.toHaveProperty("aggregation");
    expect(page.elements[1]).not.toHaveProperty("aggregation");
    expect(page.elements[2]).toMatchObject({ aggregation: "none", reportSection: "generelt" });
    expect((page.elements[2]?.templateElements as Record<string, unknown>[])[0]).not.toHaveProperty("aggregation");
  });

  it("notes what it inferred, and puts every question in the default section", () => {
    const result = imported({ elements: [{ type: "text", name: "a", title: "A" }, { type: "rating", name: "b", title: "B" }] });
    expect(codes(result.notes)).toEqual(expect.arrayContaining([
      "inferred-aggregation survey.pages[0].elements[0].aggregation",
      "no-aggregation survey.pages[0].elements[1].aggregation",
      "default-report-section survey",
    ]));
    expect(result.draft.reportSections).toEqual([defaultReportSection]);
    expect(firstPage(result).elements.map((e) => e.reportSection)).toEqual(["generelt", "generelt"]);
  });

  it("keeps a known aggregation and a report section among the given ones", () => {
    const sections = [{ id: "tal", title: { da: "Tal", en: "Numbers" } }];
    const result = imported(
      { elements: [{ type: "text", name: "a", title: "A", aggregation: "none", reportSection: "tal" }, { type: "text", name: "b", title: "B", aggregation: "bogus", reportSection: "andet" }] },
      { language: "da", reportSections: sections, defaultSection: { id: "rest", title: { da: "Rest" } } },
    );
    expect(firstPage(result).elements.map((e) => [e.aggregation, e.reportSection])).toEqual([["none", "tal"], ["texts", "rest"]]);
    expect(result.draft.reportSections.map((s) => s.id)).toEqual(["tal", "rest"]);
    expect(codes(result.notes)).toEqual(expect.arrayContaining(["unknown-report-section survey.pages[0].elements[1].reportSection"]));
  });
});

describe("importSurveyJson: what it cannot understand", () => {
  it("keeps unknown properties and element types, and notes them", () => {
    const result = imported({ elements: [{ type: "text", name: "a", title: "A", myWidgetOption: 1 }, { type: "my-widget", name: "w" }] });
    const page = firstPage(result);
    expect(page.elements[0]?.myWidgetOption).toBe(1);
    expect(page.elements[1]).toEqual({ type: "my-widget", name: "w" });
    expect(codes(result.notes)).toEqual(expect.arrayContaining([
      "unknown-property survey.pages[0].elements[0].myWidgetOption",
      "unknown-type survey.pages[0].elements[1]",
    ]));
  });

  it("moves the survey's title and description to the draft and drops its locale setting with a note", () => {
    const result = imported({ title: { default: "T", da: "T-da" }, description: "D", locale: "de", elements: [{ type: "text", name: "a", title: "A" }] }, { language: "en" });
    expect(result.draft.title).toEqual({ en: "T", da: "T-da" });
    expect(result.draft.description).toEqual({ en: "D" });
    expect(result.draft.survey).not.toHaveProperty("title");
    expect(result.draft.survey).not.toHaveProperty("locale");
    expect(codes(result.notes)).toEqual(expect.arrayContaining(["moved-to-draft survey.title", "dropped-locale-setting survey.locale"]));
  });

  it("takes the title, description and audience given in the options", () => {
    const result = imported({ title: "ignored", elements: [] }, { language: "da", title: { da: "Min", en: "Mine" }, audience: "offer" });
    expect(result.draft).toMatchObject({ title: { da: "Min", en: "Mine" }, audience: "offer" });
    expect(codes(result.notes)).not.toContain("assumed-audience audience");
  });

  it("does not change its input", () => {
    const json = { questions: [{ type: "text", title: "A" }] };
    const copy = structuredClone(json);
    imported(json);
    expect(json).toEqual(copy);
  });
});

describe("importSurveyJson: bad input", () => {
  const errorsOf = (json: unknown) => {
    const result = importSurveyJson(json, { language: "da" });
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors.map((e) => e.code);
  };

  it("refuses what is not JSON", () => {
    expect(errorsOf("{ not json")).toEqual(["invalid-json"]);
    const cyclic: Record<string, unknown> = { elements: [] };
    cyclic.self = cyclic;
    expect(errorsOf(cyclic)).toEqual(["invalid-json"]);
    expect(errorsOf({ n: 1n })).toEqual(["invalid-json"]);
  });

  it("refuses what is not a survey object", () => {
    for (const json of [null, undefined, 42, true, [], [{ type: "text" }], "[1]"]) expect(errorsOf(json), JSON.stringify(json)).toEqual(["not-a-survey"]);
  });

  it("refuses what survey-core itself cannot load", () => {
    expect(errorsOf({ pages: [{ elements: [null] }] })).toEqual(["survey-load-failed"]);
    expect(() => new Model({ pages: [{ elements: [null] }] })).toThrow();
  });

  it("accepts a JSON string of a survey", () => {
    expect(imported(JSON.stringify({ elements: [{ type: "text", name: "a" }] })).draft.survey.pages).toHaveLength(1);
  });

  it("never throws, whatever JSON it gets", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const keys = ["pages", "elements", "questions", "type", "name", "title", "choices", "columns", "rows", "items", "templateElements", "validators", "default", "da", "en"];
    const types = ["text", "panel", "paneldynamic", "matrixdropdown", "radiogroup", "multipletext", "html", "nope"];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 5 || r < 0.2) return [null, 0, -1.5, "", "x|y", true, "2020"][Math.floor(random() * 7)];
      if (r < 0.3) return types[Math.floor(random() * types.length)];
      if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [keys[Math.floor(random() * keys.length)], value(depth + 1)]));
    };
    let deep: unknown = { type: "text", name: "deep" };
    for (let i = 0; i < 200; i++) deep = { type: "panel", elements: [deep] };
    for (const json of [...Array.from({ length: 120 }, () => value(0)), { elements: [deep] }, { pages: [[]] }, { pages: [1, "x"] }, { elements: { a: 1 } }]) {
      let thrown: unknown;
      let result: ImportSurveyJsonResult | undefined;
      try {
        result = importSurveyJson(json, { language: "da" });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(json)).toBeUndefined();
      if (result && !result.ok) {
        expect(result.errors.map((e) => e.code), JSON.stringify(json)).not.toContain("internal-error");
        if (result.errors.some((e) => e.code === "survey-load-failed")) expect(() => new Model(json)).toThrow();
      }
      if (result?.ok) {
        const survey = result.draft.survey;
        expect(() => new Model(survey)).not.toThrow();
      }
    }
  }, 60_000);
});

describe("a draft becomes a questionnaire version", () => {
  const survey = {
    title: "Spørgeskema",
    elements: [
      { type: "text", name: "antal", title: "Antal", inputType: "number" },
      { type: "radiogroup", name: "valg", title: "Valg", choices: [{ value: "ja", text: "Ja" }, { value: "nej", text: "Nej" }] },
    ],
  };

  it("reports only the missing translations of a fresh import, as missing-da/missing-en", () => {
    const { draft } = imported(survey);
    const result = questionnaireFromDraft(draft, { announcement: "a", key: "k", version: "1.0.0" });
    expect(result.ok).toBe(false);
    expect(new Set(result.issues.map((i) => i.code))).toEqual(new Set(["missing-en"]));
    expect(result.issues.map((i) => i.path)).toContain("title.en");
  });

  it("passes once the translations are in", () => {
    const english: Record<string, string> = { Spørgeskema: "Questionnaire", Antal: "Number", Valg: "Choice", Ja: "Yes", Nej: "No" };
    const { draft } = imported(survey);
    const translate = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(translate);
      if (value === null || typeof value !== "object") return value;
      const object = value as Record<string, unknown>;
      if (typeof object.da === "string" && Object.keys(object).length === 1) return { da: object.da, en: english[object.da] ?? object.da };
      return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, translate(v)]));
    };
    const result = questionnaireFromDraft(translate(draft) as typeof draft, { announcement: "a", key: "k", version: "1.0.0" });
    expect(result.issues).toEqual([]);
    expect(result.ok && result.questionnaire.title).toEqual({ da: "Spørgeskema", en: "Questionnaire" });
  });
});
