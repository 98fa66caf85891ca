import { describe, expect, it } from "vitest";
import { questionMeta } from "./question-meta.js";

describe("questionMeta", () => {
  it("reads missing or unknown values as none and an empty section (validateQuestionnaire reports them)", () => {
    expect(questionMeta({ aggregation: "average", screening: "budget" })).toEqual({ aggregation: "none", reportSection: "" });
    expect(questionMeta({ aggregation: "sum", reportSection: "a", previousNames: ["old", 3] })).toEqual({ aggregation: "sum", reportSection: "a", previousNames: ["old"] });
  });
});
