import { describe, expect, it } from "vitest";
import { hasRequiredPanels } from "./answer-required-panels.js";
import type { QuestionnaireVersion, SurveyJson } from "./questionnaire.js";
import { danishSurveyStrings } from "./survey-locale-da.js";
import { validateAnswers } from "./validate-answers.js";

const page = (...elements: Record<string, unknown>[]): SurveyJson => ({ pages: [{ name: "p", elements: elements as SurveyJson["pages"][number]["elements"] }] });
const questionnaire = (survey: SurveyJson) => ({ survey }) as QuestionnaireVersion;
const text = (name: string, extra: Record<string, unknown> = {}) => ({ type: "text", name, ...extra });
const panel = (name: string, elements: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({ type: "panel", name, elements, ...extra });

describe("hasRequiredPanels", () => {
  it("finds a required panel on a page, inside another panel or in a dynamic panel's template, and a requiredIf", () => {
    expect(hasRequiredPanels(page(panel("box", [text("a")], { isRequired: true })))).toBe(true);
    expect(hasRequiredPanels(page(panel("outer", [panel("inner", [text("a")], { isRequired: true })])))).toBe(true);
    expect(hasRequiredPanels(page({ type: "paneldynamic", name: "dyn", templateElements: [panel("in", [text("a")], { isRequired: true })] }))).toBe(true);
    expect(hasRequiredPanels(page(panel("box", [text("a")], { requiredIf: "{x} = 1" })))).toBe(true);
  });

  it("finds none where no panel is required, required questions notwithstanding", () => {
    expect(hasRequiredPanels(page(panel("box", [text("a", { isRequired: true })], { isRequired: false }), text("b", { isRequired: true })))).toBe(false);
    expect(hasRequiredPanels({ pages: "x" } as unknown as SurveyJson)).toBe(false);
    expect(hasRequiredPanels({ pages: [null, { elements: [null, 5] }] } as unknown as SurveyJson)).toBe(false);
  });

  it("reads a survey once: the answer is kept for the same survey object", () => {
    const survey = page(panel("box", [text("a")]));
    expect(hasRequiredPanels(survey)).toBe(false);
    Object.assign(survey.pages[0]!.elements[0]!, { isRequired: true }); // only an unfrozen survey can change
    expect(hasRequiredPanels(survey)).toBe(false);
    expect(hasRequiredPanels(structuredClone(survey))).toBe(true);
  });
});

describe("validateAnswers with a required panel", () => {
  const survey = page(
    text("intro", { isRequired: true }),
    panel("contact", [text("phone"), text("email"), text("staff", { inputType: "number" })], { isRequired: true }),
    text("after", { isRequired: true }),
  );
  const codes = (answers: Record<string, unknown>, mode?: "submit" | "draft", json = survey) =>
    validateAnswers(questionnaire(json), answers, mode ? { mode } : {}).errors.map((e) => `${e.code}:${e.question}:${e.path}`);

  it("reports on submit a panel none of whose questions is answered, as survey-core does, in questionnaire order", () => {
    expect(codes({})).toEqual(["required:intro:intro", "required:contact:contact", "required:after:after"]);
    expect(codes({ intro: "a", after: "b" })).toEqual(["required:contact:contact"]);
    expect(codes({ intro: "a", email: "x@example.dk", after: "b" })).toEqual([]);
  });

  it("gives survey-core's message in reviewed Danish and in English", () => {
    const result = validateAnswers(questionnaire(survey), { intro: "a", after: "b" });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      {
        question: "contact",
        path: "contact",
        code: "required",
        message: { da: danishSurveyStrings.requiredErrorInPanel, en: "Response required: answer at least one question." },
      },
    ]);
  });

  it("does not report it in a draft, as for required questions", () => {
    expect(validateAnswers(questionnaire(survey), {}, { mode: "draft" })).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it("does not repeat our own error: a refused answer leaves the panel empty for survey-core", () => {
    expect(codes({ intro: "a", staff: "12", after: "b" })).toEqual(["wrong-type:staff:staff"]);
  });

  it("follows survey-core for hidden, nested and requiredIf panels", () => {
    const json = page(
      { type: "boolean", name: "show" },
      panel("outer", [panel("inner", [text("a")], { isRequired: true })], { visibleIf: "{show} = true" }),
      panel("maybe", [text("b")], { requiredIf: "{show} = true" }),
    );
    expect(codes({ show: false }, "submit", json)).toEqual([]);
    expect(codes({ show: true }, "submit", json)).toEqual(["required:inner:inner", "required:maybe:maybe"]);
    expect(codes({ show: true, a: "x", b: "y" }, "submit", json)).toEqual([]);
  });

  it("reports a required panel inside each answered dynamic panel on the dynamic panel, not on panels never sent", () => {
    const json = page({
      type: "paneldynamic",
      name: "visits",
      minPanelCount: 3,
      templateElements: [text("place"), panel("who", [text("name"), text("role")], { isRequired: true })],
    });
    expect(codes({ visits: [{ place: "A", name: "B" }, { place: "C" }] }, "submit", json)).toEqual(["required:visits:visits[1].who"]);
    expect(codes({ visits: [{ place: "A", name: "B" }, { place: "C" }] }, "draft", json)).toEqual([]);
    expect(codes({ visits: [{ role: "B" }] }, "submit", json)).toEqual([]);
  });

  it("changes nothing for a questionnaire without a required panel", () => {
    const json = page(text("intro", { isRequired: true }), panel("contact", [text("phone")]));
    expect(hasRequiredPanels(json)).toBe(false);
    expect(codes({}, "submit", json)).toEqual(["required:intro:intro"]);
  });
});
