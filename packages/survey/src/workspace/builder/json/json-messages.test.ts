import { describe, expect, it } from "vitest";
import { readDraftJson } from "./draft-json.js";
import { jsonDa, jsonEn } from "./json-messages.js";

describe("the JSON view's words", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(jsonEn).sort()).toEqual(Object.keys(jsonDa).sort());
    for (const [key, value] of Object.entries({ ...jsonDa, ...jsonEn })) if (typeof value === "string") expect(value.trim(), key).not.toBe("");
  });

  it("words the notice as the brief asks", () => {
    expect(jsonDa.notApplied(12, 0)).toBe("Ændringerne er ikke gemt: JSON-fejl i linje 12.");
    expect(jsonDa.notApplied(3, 2)).toBe("Ændringerne er ikke gemt: JSON-fejl i linje 3 og 2 steder mere.");
    expect(jsonDa.copyJson).toBe("Kopiér JSON");
  });

  it("says each problem in Danish, naming the path of a schema problem", () => {
    const result = readDraftJson('{\n  "audience": "kommune",\n  "title": {},\n  "reportSections": [],\n  "survey": { "pages": [{ "name": "p" }] },\n  "x": 1\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => jsonDa.problemText(problem))).toEqual([
      "audience skal være en af: municipality, offer.",
      "reportSections skal have mindst 1 element.",
      "»x« er ikke et felt, der hører til her (x).",
    ]);
    const syntax = readDraftJson('{ "a": }');
    expect(syntax.ok === false && jsonDa.problemText(syntax.problems[0]!)).toBe("Uventet tegn »}«.");
  });
});
