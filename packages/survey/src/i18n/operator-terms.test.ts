import { builtInAnnouncements } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { da } from "./da.js";
import { en } from "./en.js";
import { reportDa } from "./report-da.js";
import { reportEn } from "./report-en.js";
import { workspaceDa } from "./workspace-da.js";
import { workspaceEn } from "./workspace-en.js";

// One term for the offer's operator everywhere (issue 13, item 10): "Driftsherre", and "Privat eller selvejende"
// for the private operator – the words of the published questionnaires – never "Driftsform" or "Privat" alone.

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    try {
      return [[path, String((value as (...args: unknown[]) => unknown)("x", "y", "z"))]];
    } catch {
      return [];
    }
  }
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

/** The operator column's title and choices as the published questionnaires word them. */
function questionnaireOperatorTerms() {
  const found: { title: Record<string, string>[]; privateText: Record<string, string>[] } = { title: [], privateText: [] };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) {
      const element = value as { name?: unknown; title?: unknown; choices?: { value: string; text: Record<string, string> }[] };
      if (element.name === "operator" && Array.isArray(element.choices)) {
        const choice = element.choices.find((c) => c.value === "private");
        if (choice !== undefined) found.privateText.push(choice.text);
        if (typeof element.title === "object" && element.title !== null) found.title.push(element.title as Record<string, string>);
      }
      Object.values(value).forEach(visit);
    }
  };
  for (const announcement of builtInAnnouncements) visit(announcement.questionnaires);
  return found;
}

describe("the operator's terms", () => {
  const danish = [...strings(da, "da"), ...strings(workspaceDa, "workspaceDa"), ...strings(reportDa, "reportDa")];
  const english = [...strings(en, "en"), ...strings(workspaceEn, "workspaceEn"), ...strings(reportEn, "reportEn")];

  it("never says »Privat« without »eller selvejende«, nor »Driftsform«, in the Danish messages", () => {
    expect(danish.length).toBeGreaterThan(500);
    const short = danish.filter(([, text]) => /\bprivat\b(?! eller selvejende)/iu.test(text) || /driftsform/iu.test(text));
    expect(short.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

  it("says »Private or self-governing« in English", () => {
    const short = english.filter(([, text]) => /\bprivate\b(?! or self-governing)/iu.test(text));
    expect(short.map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

  it("uses the published questionnaires' own words for the column and the private operator", () => {
    const terms = questionnaireOperatorTerms();
    expect(terms.privateText.length).toBeGreaterThan(0);
    for (const text of terms.privateText) {
      expect(workspaceDa.operatorNames.private).toBe(text.da);
      expect(workspaceEn.operatorNames.private).toBe(text.en);
    }
    // the kommune questionnaires' matrix column is titled "Driftsherre"; the offer's own question asks it as a question
    expect(terms.title.map((title) => title.da)).toContain("Driftsherre");
    expect(workspaceDa.offersColumnOperator).toBe("Driftsherre");
    expect(reportDa.operator).toBe("Driftsherre");
  });
});
