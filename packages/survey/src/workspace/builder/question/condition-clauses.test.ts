import { type ConditionModel, formatCondition, parseCondition, type PickerQuestion } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { addClause, defaultValue, expressionProblem, newClause, removeClause, replaceClause, toggleListValue, withOperator, withQuestion } from "./condition-clauses.js";

const forms: PickerQuestion = {
  name: "cooperationForms",
  builderType: "checkbox",
  title: { da: "Samarbejdsformer" },
  choices: [
    { value: "offers", text: { da: "Tilbud" } },
    { value: "region", text: { da: "Regionen" } },
    { value: "none", text: { da: "Ingen" } },
  ],
};
const operator: PickerQuestion = { name: "operator", builderType: "dropdown", title: {}, choices: [{ value: "municipal", text: { da: "Kommunal" } }, { value: "private", text: { da: "Privat" } }] };
const refers: PickerQuestion = { name: "refersToOffers", builderType: "boolean", title: {}, choices: [{ value: true, text: { da: "Ja" } }, { value: false, text: { da: "Nej" } }] };
const count: PickerQuestion = { name: "staffCount", builderType: "number", title: {}, choices: [] };
const name: PickerQuestion = { name: "offerName", builderType: "text", title: {}, choices: [] };
const grid: PickerQuestion = { name: "offersUsed", builderType: "matrixdynamic", title: {}, choices: [] };

describe("new clauses", () => {
  it("start on the question's first operator with a value of the kind it takes", () => {
    expect(newClause(operator)).toEqual({ question: "operator", operator: "equal", value: "municipal" });
    expect(newClause(refers)).toEqual({ question: "refersToOffers", operator: "equal", value: true });
    expect(newClause(count)).toEqual({ question: "staffCount", operator: "equal", value: 0 });
    expect(newClause(name)).toEqual({ question: "offerName", operator: "equal", value: "" });
    expect(newClause(forms)).toEqual({ question: "cooperationForms", operator: "contains", value: "offers" });
    expect(newClause(grid)).toEqual({ question: "offersUsed", operator: "empty" });
  });

  it("write an expression survey-core reads back into the same model", () => {
    for (const question of [forms, operator, refers, count, name, grid]) {
      const model = { combinator: "and" as const, clauses: [newClause(question)] };
      expect(parseCondition(formatCondition(model))).toEqual(model);
    }
  });

  it("give no value to the answered operators, and a list to anyof", () => {
    expect(defaultValue(operator, "notempty")).toBeUndefined();
    expect(defaultValue(operator, "anyof")).toEqual(["municipal"]);
    expect(defaultValue(refers, "anyof")).toEqual([]);
  });
});

describe("changing the question", () => {
  it("keeps operator and value when they still fit", () => {
    const other = { ...operator, name: "operator2" };
    expect(withQuestion({ question: "operator", operator: "notequal", value: "private" }, other)).toEqual({ question: "operator2", operator: "notequal", value: "private" });
  });

  it("starts over when the operator or the value does not fit the new question", () => {
    expect(withQuestion({ question: "operator", operator: "equal", value: "private" }, refers)).toEqual({ question: "refersToOffers", operator: "equal", value: true });
    expect(withQuestion({ question: "operator", operator: "anyof", value: ["private"] }, count)).toEqual({ question: "staffCount", operator: "equal", value: 0 });
    expect(withQuestion({ question: "staffCount", operator: "greater", value: 3 }, name)).toEqual({ question: "offerName", operator: "equal", value: "" });
    expect(withQuestion({ question: "operator", operator: "notempty" }, grid)).toEqual({ question: "offersUsed", operator: "notempty" });
  });
});

describe("changing the operator", () => {
  it("drops the value for the answered operators and carries it otherwise", () => {
    const clause = { question: "operator", operator: "equal" as const, value: "private" };
    expect(withOperator(clause, "empty", operator)).toEqual({ question: "operator", operator: "empty" });
    expect(withOperator(clause, "anyof", operator)).toEqual({ question: "operator", operator: "anyof", value: ["private"] });
    expect(withOperator({ question: "operator", operator: "anyof", value: ["private", "municipal"] }, "notequal", operator)).toEqual({ question: "operator", operator: "notequal", value: "private" });
    expect(withOperator({ question: "operator", operator: "empty" }, "equal", operator)).toEqual({ question: "operator", operator: "equal", value: "municipal" });
  });
});

describe("list values", () => {
  it("ticks choices on and off in the question's order", () => {
    let value = toggleListValue([], "none", true, forms);
    value = toggleListValue(value, "offers", true, forms);
    expect(value).toEqual(["offers", "none"]);
    expect(toggleListValue(value, "offers", false, forms)).toEqual(["none"]);
    expect(toggleListValue(["1"], 1, false, undefined)).toEqual([]);
  });
});

describe("clauses of a model", () => {
  it("add, replace and remove", () => {
    let model: ConditionModel = { combinator: "or", clauses: [newClause(refers)] };
    model = addClause(model, newClause(operator));
    model = replaceClause(model, 0, { question: "refersToOffers", operator: "notempty" });
    expect(formatCondition(model)).toBe("{refersToOffers} notempty or {operator} = 'municipal'");
    expect(formatCondition(removeClause(model, 0))).toBe("{operator} = 'municipal'");
  });
});

describe("expressionProblem", () => {
  const names = new Set(["referstooffers", "cooperationforms", "targetgroupcount"]);
  it("accepts known questions, items and row/panel context, case-insensitively", () => {
    expect(expressionProblem("{refersToOffers} = true and {cooperationForms} notcontains 'none'", names)).toBeNull();
    expect(expressionProblem("{targetGroupCount.2019} > 0", names)).toBeNull();
    expect(expressionProblem("{row.name} notempty", names)).toBeNull();
    expect(expressionProblem("", names)).toBeNull();
  });

  it("says when the expression does not parse", () => {
    expect(expressionProblem("{refersToOffers} = = true", names)).toEqual({ kind: "parse" });
    expect(expressionProblem("{refersToOffers", names)).toEqual({ kind: "parse" });
  });

  it("names the questions the draft does not have", () => {
    expect(expressionProblem("{refersToOffer} = true or {gone.x} empty", names)).toEqual({ kind: "unknown", names: ["refersToOffer", "gone.x"] });
  });
});
