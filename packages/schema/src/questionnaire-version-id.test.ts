import { describe, expect, it } from "vitest";
import { parseQuestionnaireVersionId, questionnaireVersionId } from "./questionnaire-version-id.js";

describe("questionnaire version ids", () => {
  it("joins and splits announcement, key and version", () => {
    const id = questionnaireVersionId("gravide-rusmiddel", "kommune-2019", "1.0.0");
    expect(id).toBe("gravide-rusmiddel/kommune-2019@1.0.0");
    expect(parseQuestionnaireVersionId(id)).toEqual({ announcement: "gravide-rusmiddel", key: "kommune-2019", version: "1.0.0" });
  });

  it("refuses what is not an id", () => {
    for (const bad of ["", "kommune-2019@1.0.0", "a/b@1.0", "a/b@1.0.0/x", "A/b@1.0.0", "a/b/c@1.0.0"]) expect(parseQuestionnaireVersionId(bad), bad).toBeUndefined();
  });
});
