import { builderQuestionTypes } from "@afrapport/schema";
import { describe, expect, test } from "vitest";
import { builderDa, builderEn } from "./builder-messages.js";

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...args: unknown[]) => unknown)(["x"], 2, 3, "y"))]];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

describe("the draft editor's words", () => {
  test("every string in both languages, none empty, every question type named", () => {
    expect(Object.keys(builderEn).sort()).toEqual(Object.keys(builderDa).sort());
    for (const [path, text] of [...strings(builderDa, "da"), ...strings(builderEn, "en")]) expect(text.trim(), path).not.toBe("");
    for (const type of builderQuestionTypes) {
      expect(builderDa.typeLabel[type]).toBeTruthy();
      expect(builderEn.typeLabel[type]).toBeTruthy();
    }
  });

  test("counts and lists in Danish", () => {
    expect(builderDa.findings(1)).toBe("1 mangel");
    expect(builderDa.findings(3)).toBe("3 mangler");
    expect(builderDa.publishBlocked(1)).toBe("Kan ikke udgives endnu: 1 mangel skal rettes først.");
    expect(builderDa.pageDeleteConfirm("Baggrund", 1)).toBe("Slet siden »Baggrund« og dens ene spørgsmål?");
    expect(builderDa.pageDeleteConfirm("Baggrund", 0)).toBe("Slet siden »Baggrund«?");
    expect(builderDa.merged(["»A«", "»B«", "titlen"])).toContain("»A«, »B« og titlen.");
    expect(builderDa.dragOver("Alder", 2, 5, builderDa.onPage(builderDa.pageNoun("Baggrund")))).toBe("»Alder« er nu nummer 2 af 5 på siden »Baggrund«.");
  });
});
