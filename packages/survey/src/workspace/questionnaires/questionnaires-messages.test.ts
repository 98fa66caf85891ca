import { describe, expect, it } from "vitest";
import { questionnairesDa, questionnairesEn } from "./questionnaires-messages.js";

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...args: unknown[]) => unknown)("x", "y", "z", "w"))]];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

describe("the questionnaires area's strings", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(questionnairesEn).sort()).toEqual(Object.keys(questionnairesDa).sort());
    for (const [path, text] of [...strings(questionnairesDa, "da"), ...strings(questionnairesEn, "en")]) expect(text.trim(), path).not.toBe("");
  });

  it("counts and quotes in Danish", () => {
    expect(questionnairesDa.findingsLeft(1)).toBe("1 ting at rette");
    expect(questionnairesDa.findingsLeft(4)).toBe("4 ting at rette");
    expect(questionnairesDa.copyDone("Spiseforstyrrelser", 2)).toBe("Udmeldingen »Spiseforstyrrelser« er oprettet med 2 kladder.");
    expect(questionnairesDa.createPrefillFrom("Gravide 2019")).toBe("Udfyld på forhånd med svarene fra »Gravide 2019«");
    expect(questionnairesDa.errorNumberTooLarge(10_000)).toBe("Tallet må højst være 10.000.");
  });
});
