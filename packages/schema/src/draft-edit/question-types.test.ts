import { describe, expect, it } from "vitest";
import { builderQuestionTypes, builderTypeOf, questionTypeInfo, surveyTypeOf } from "./question-types.js";

describe("builderTypeOf", () => {
  it("reads a number input as number and other text inputs as text", () => {
    expect(builderTypeOf({ type: "text", inputType: "number" })).toBe("number");
    expect(builderTypeOf({ type: "text" })).toBe("text");
    expect(builderTypeOf({ type: "text", inputType: "email" })).toBe("text");
  });

  it("gives null for what the builder does not offer", () => {
    expect(builderTypeOf({ type: "rating" })).toBeNull();
    expect(builderTypeOf({ type: "tagbox" })).toBeNull();
    expect(builderTypeOf({ type: "number" })).toBeNull();
    expect(builderTypeOf({})).toBeNull();
  });

  it("maps every builder type's JSON back to the type", () => {
    for (const type of builderQuestionTypes) expect(builderTypeOf(surveyTypeOf(type))).toBe(type);
  });
});

describe("questionTypeInfo", () => {
  it("offers the aggregations validateQuestionnaire accepts, the default first", () => {
    expect(questionTypeInfo("text").aggregations).toEqual(["texts", "none"]);
    expect(questionTypeInfo("comment").aggregations).toEqual(["texts", "none"]);
    expect(questionTypeInfo("number").aggregations).toEqual(["sum", "none"]);
    expect(questionTypeInfo("radiogroup").aggregations).toEqual(["choiceCounts", "none"]);
    expect(questionTypeInfo("boolean").aggregations).toEqual(["choiceCounts", "none"]);
    expect(questionTypeInfo("matrix").aggregations).toEqual(["choiceCounts", "none"]);
    expect(questionTypeInfo("file").aggregations).toEqual(["files", "none"]);
    expect(questionTypeInfo("multipletext").aggregations).toEqual(["none", "sumPerYear"]);
    expect(questionTypeInfo("matrixdynamic").aggregations).toEqual(["none", "offerList"]);
    expect(questionTypeInfo("matrixdropdown").aggregations).toEqual(["none"]);
    expect(questionTypeInfo("paneldynamic").aggregations).toEqual(["none"]);
    expect(questionTypeInfo("expression").aggregations).toEqual(["none"]);
  });

  it("offers the screening roles validateQuestionnaire accepts", () => {
    expect(questionTypeInfo("number").screeningRoles).toEqual(["staff", "experience"]);
    expect(questionTypeInfo("multipletext").screeningRoles).toEqual(["flow"]);
    expect(questionTypeInfo("matrix").screeningRoles).toEqual(["competences"]);
    expect(questionTypeInfo("text").screeningRoles).toEqual([]);
    expect(questionTypeInfo("checkbox").screeningRoles).toEqual([]);
  });

  it("says html and panel hold no answer and carry no aggregation", () => {
    for (const type of ["html", "panel"] as const) {
      expect(questionTypeInfo(type)).toMatchObject({ answers: false, aggregations: [], screeningRoles: [] });
    }
    expect(builderQuestionTypes.filter((type) => !questionTypeInfo(type).answers)).toEqual(["html", "panel"]);
  });

  it("marks the containers and the parts the editor shows", () => {
    expect(builderQuestionTypes.filter((type) => questionTypeInfo(type).container)).toEqual(["paneldynamic", "panel"]);
    expect(questionTypeInfo("radiogroup").parts).toContain("choices");
    expect(questionTypeInfo("matrix").parts).toEqual(["rows", "columns"]);
    expect(questionTypeInfo("matrixdynamic").parts).toEqual(["columns"]);
    expect(questionTypeInfo("multipletext").parts).toEqual(["items"]);
    expect(questionTypeInfo("file").parts).toEqual(["file"]);
    expect(questionTypeInfo("number").parts).toContain("validators");
    for (const type of builderQuestionTypes) expect(questionTypeInfo(type).type).toBe(type);
  });
});
