import fc from "fast-check";
import { Model } from "survey-core";
import { describe, expect, it } from "vitest";
import { builtInDraft, smallDraft } from "../../fixtures/drafts/drafts.js";
import { addElement } from "./draft-edits.js";
import { draftElements } from "./draft-tree.js";
import { newElement } from "./new-element.js";
import { builderQuestionTypes } from "./question-types.js";
import { type ConditionClause, type ConditionModel, clauseComplete, conditionOperators, formatCondition, operatorsFor, parseCondition, questionsBefore } from "./conditions.js";

describe("formatCondition", () => {
  it("writes clauses as SurveyJS expressions", () => {
    expect(formatCondition({ combinator: "and", clauses: [{ question: "a", operator: "equal", value: "x" }, { question: "b", operator: "notempty" }] })).toBe("{a} = 'x' and {b} notempty");
    expect(formatCondition({ combinator: "or", clauses: [{ question: "n", operator: "greaterorequal", value: -1.5 }, { question: "y", operator: "notequal", value: true }] })).toBe("{n} >= -1.5 or {y} != true");
    expect(formatCondition({ combinator: "and", clauses: [{ question: "c", operator: "anyof", value: ["x", 2] }, { question: "c", operator: "notcontains", value: "it's" }] })).toBe("{c} anyof ['x', 2] and {c} notcontains 'it\\'s'");
    expect(formatCondition({ combinator: "and", clauses: [{ question: "c", operator: "allof", value: "x" }] })).toBe("{c} allof ['x']");
    expect(formatCondition({ combinator: "and", clauses: [] })).toBe("");
  });

  it("leaves out a clause that is not complete", () => {
    const incomplete: ConditionClause[] = [
      { question: "", operator: "notempty" },
      { question: "a", operator: "equal" },
      { question: "a", operator: "anyof", value: [] },
      { question: "a", operator: "greater", value: Number.NaN },
      { question: "a", operator: "greater", value: 1e21 },
      { question: "a}", operator: "empty" },
      { question: "a", operator: "equal", value: "back\\slash" },
    ];
    for (const clause of incomplete) expect(clauseComplete(clause)).toBe(false);
    expect(formatCondition({ combinator: "and", clauses: [...incomplete, { question: "b", operator: "empty" }] })).toBe("{b} empty");
  });
});

describe("parseCondition", () => {
  it("reads what the picker can show", () => {
    expect(parseCondition("{cooperationForms} notempty and {cooperationForms} notcontains 'none'")).toEqual({
      combinator: "and",
      clauses: [{ question: "cooperationForms", operator: "notempty" }, { question: "cooperationForms", operator: "notcontains", value: "none" }],
    });
    expect(parseCondition("{refersToOffers} = true")).toEqual({ combinator: "and", clauses: [{ question: "refersToOffers", operator: "equal", value: true }] });
    expect(parseCondition("  {a}   >  2 or {b} anyof ['1', 2]")).toEqual({ combinator: "or", clauses: [{ question: "a", operator: "greater", value: 2 }, { question: "b", operator: "anyof", value: ["1", 2] }] });
    expect(parseCondition("{kids[0].age} <= 3")).toEqual({ combinator: "and", clauses: [{ question: "kids[0].age", operator: "lessorequal", value: 3 }] });
    expect(parseCondition("{a} = 'it\\'s'")?.clauses[0]?.value).toBe("it's");
    expect(parseCondition("")).toEqual({ combinator: "and", clauses: [] });
  });

  it("reads every condition of the built-in questionnaires", () => {
    for (const key of ["kommune-2019", "kommune-2022", "tilbud-2019"]) {
      for (const { element } of draftElements(builtInDraft(key))) {
        for (const property of ["visibleIf", "enableIf", "requiredIf"]) {
          const expression = element[property];
          if (typeof expression === "string") expect(parseCondition(expression), expression).not.toBeNull();
        }
      }
    }
  });

  it("gives null for what it cannot write back the same", () => {
    for (const expression of [
      "{a} == 'x'",
      "{a} <> 'x'",
      "{a} notequal 'x'",
      "({a} = 1)",
      "{a} = 1 and {b} = 2 or {c} = 3",
      "{a} = \"x\"",
      "age({birth}) > 18",
      "{a} = 1e3",
      "{a} anyof []",
      "{a} anyof 'x'",
      "{a} = [true]",
      "{a} = 'x' and",
      "{a} = 'x' {b} empty",
      "{a} = 'x\\y'",
      "{a} = 'unterminated",
      "{a} empty 1",
      "{a} = {b}",
      "{a}",
      "a = 1",
    ]) {
      expect(parseCondition(expression), expression).toBeNull();
    }
  });

  const question = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,8}(\[\d\]\.[a-z]{1,4})?$/);
  const scalar = fc.oneof(
    fc.string({ maxLength: 8 }).filter((s) => !s.includes("\\")),
    fc.constantFrom("it's", 'say "hi"', "{a}", "and", " or ", "æøå"),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ min: -1000, max: 1000, noNaN: true }).map((n) => Math.round(n * 100) / 100),
    fc.boolean(),
  );
  const listItem = fc.oneof(fc.string({ maxLength: 8 }).filter((s) => !s.includes("\\")), fc.integer({ min: -50, max: 50 }));
  const clause: fc.Arbitrary<ConditionClause> = fc.constantFrom(...conditionOperators).chain((operator): fc.Arbitrary<ConditionClause> => {
    if (operator === "empty" || operator === "notempty") return fc.record({ question, operator: fc.constant(operator) });
    const value = operator === "anyof" || operator === "allof" ? fc.array(listItem, { minLength: 1, maxLength: 4 }) : scalar;
    return fc.record({ question, operator: fc.constant(operator), value });
  });
  const model: fc.Arbitrary<ConditionModel> = fc.record({ combinator: fc.constantFrom("and" as const, "or" as const), clauses: fc.array(clause, { minLength: 2, maxLength: 4 }) });

  it("reads back exactly what formatCondition writes (parse ∘ format is the identity)", () => {
    fc.assert(
      fc.property(model, (m) => {
        const expression = formatCondition(m);
        // -0 is written as 0
        const normal = JSON.parse(JSON.stringify(m, (_, v) => (Object.is(v, -0) ? 0 : v)));
        expect(parseCondition(expression)).toEqual(normal);
        expect(formatCondition(parseCondition(expression)!)).toBe(expression);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("writes conditions survey-core evaluates as the picker means them", () => {
    const survey = (visibleIf: string) =>
      new Model({ elements: [{ type: "text", name: "a" }, { type: "checkbox", name: "c", choices: ["x", "y", "z"] }, { type: "text", inputType: "number", name: "n" }, { type: "text", name: "t", visibleIf }] });
    const visible = (model: ConditionModel, data: Record<string, unknown>) => {
      const s = survey(formatCondition(model));
      s.data = data;
      return s.getQuestionByName("t").isVisible;
    };
    const one = (clause: ConditionClause): ConditionModel => ({ combinator: "and", clauses: [clause] });
    expect(visible(one({ question: "a", operator: "equal", value: "it's" }), { a: "it's" })).toBe(true);
    expect(visible(one({ question: "a", operator: "equal", value: "it's" }), { a: "its" })).toBe(false);
    expect(visible(one({ question: "a", operator: "equal", value: 'say "hi"' }), { a: 'say "hi"' })).toBe(true);
    expect(visible(one({ question: "c", operator: "allof", value: ["x", "y"] }), { c: ["y", "x", "z"] })).toBe(true);
    expect(visible(one({ question: "c", operator: "allof", value: ["x", "y"] }), { c: ["x"] })).toBe(false);
    expect(visible(one({ question: "c", operator: "anyof", value: ["x", "y"] }), { c: ["y"] })).toBe(true);
    expect(visible(one({ question: "c", operator: "notcontains", value: "z" }), { c: ["x"] })).toBe(true);
    expect(visible(one({ question: "n", operator: "greater", value: 2.5 }), { n: 3 })).toBe(true);
    expect(visible(one({ question: "n", operator: "greater", value: 2.5 }), { n: 2 })).toBe(false);
    const both: ConditionModel = { combinator: "or", clauses: [{ question: "a", operator: "notempty" }, { question: "n", operator: "lessorequal", value: 0 }] };
    expect(visible(both, { n: -1 })).toBe(true);
    expect(visible(both, { n: 1 })).toBe(false);
  });
});

describe("questionsBefore", () => {
  it("lists the questions answered before an element, panels and html left out", () => {
    const draft = addElement(smallDraft(), { type: "html", name: "info", html: { da: "x" } }, { container: "p1", index: 0 });
    expect(questionsBefore(draft, "a")).toEqual([]);
    expect(questionsBefore(draft, "c").map((q) => q.name)).toEqual(["a", "b"]);
    expect(questionsBefore(draft, "d").map((q) => q.name)).toEqual(["a", "b", "c", "kids"]);
    expect(questionsBefore(draft, "box").map((q) => q.name)).toEqual(["a"]);
  });

  it("lists the questions before a page", () => {
    expect(questionsBefore(smallDraft(), "p1")).toEqual([]);
    expect(questionsBefore(smallDraft(), "p2").map((q) => q.name)).toEqual(["a", "b", "c"]);
  });

  it("inside a dynamic panel, adds the earlier questions of its template as panel.name, not the panel itself", () => {
    expect(questionsBefore(smallDraft(), "note").map((q) => q.name)).toEqual(["a", "b", "c", "panel.age"]);
    expect(questionsBefore(smallDraft(), "age").map((q) => q.name)).toEqual(["a", "b", "c"]);
  });

  it("gives the type, title and choices a picker needs", () => {
    let draft = smallDraft();
    draft = addElement(draft, { ...newElement(draft, "boolean"), name: "yes", labelTrue: { da: "Ja tak" } }, { container: "p1" });
    draft = addElement(draft, { type: "dropdown", name: "dd", choices: ["plain", "v|Shown", 3] }, { container: "p1" });
    const before = questionsBefore(draft, "d");
    expect(before.find((q) => q.name === "b")).toEqual({
      name: "b",
      builderType: "radiogroup",
      title: { da: "B", en: "B" },
      choices: [{ value: "x", text: { da: "X", en: "X" } }, { value: "y", text: { da: "Y", en: "Y" } }],
    });
    expect(before.find((q) => q.name === "c")).toMatchObject({ builderType: "number", choices: [] });
    expect(before.find((q) => q.name === "yes")?.choices).toEqual([{ value: true, text: { da: "Ja tak", en: "Yes" } }, { value: false, text: { da: "Nej", en: "No" } }]);
    expect(before.find((q) => q.name === "dd")?.choices).toEqual([{ value: "plain", text: { da: "plain" } }, { value: "v", text: { da: "Shown" } }, { value: 3, text: { da: "3" } }]);
  });

  it("gives nothing for a name that is not there", () => {
    expect(questionsBefore(smallDraft(), "nope")).toEqual([]);
  });
});

describe("operatorsFor", () => {
  it("offers what makes sense for the type", () => {
    expect(operatorsFor("number")).toContain("greater");
    expect(operatorsFor("text")).not.toContain("greater");
    expect(operatorsFor("checkbox")).toEqual(expect.arrayContaining(["contains", "notcontains", "allof"]));
    expect(operatorsFor("checkbox")).not.toContain("equal");
    expect(operatorsFor("radiogroup")).toEqual(expect.arrayContaining(["equal", "anyof"]));
    expect(operatorsFor("boolean")).toEqual(["equal", "notequal", "empty", "notempty"]);
    expect(operatorsFor(null)).toEqual(conditionOperators);
  });

  it("always lets a condition ask whether a question is answered", () => {
    for (const type of builderQuestionTypes) expect(operatorsFor(type)).toEqual(expect.arrayContaining(["empty", "notempty"]));
  });
});
