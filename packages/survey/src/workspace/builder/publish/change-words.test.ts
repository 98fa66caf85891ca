import { readFileSync } from "node:fs";
import { diffQuestionnaires, type QuestionnaireVersion } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { breakingReason, bumpText, changeKindText } from "./change-words.js";

const source = readFileSync(new URL("../../../../../schema/src/diff-questionnaires.ts", import.meta.url), "utf8");

describe("changeKindText", () => {
  it("has Danish and English words for every fixed kind diffQuestionnaires writes", () => {
    const kinds = new Set([...source.matchAll(/change\(\s*"([a-z-]+)"/g)].map((m) => m[1]!));
    for (const m of source.matchAll(/"(required-(?:added|removed))"/g)) kinds.add(m[1]!);
    expect(kinds.size).toBeGreaterThan(25);
    for (const kind of kinds) {
      expect(changeKindText(kind, "da"), kind).not.toBe(kind);
      expect(changeKindText(kind, "en"), kind).not.toBe(kind);
    }
  });

  it("has words for every part diffQuestionnaires compares item by item", () => {
    const nouns = new Set([...source.matchAll(/compare(?:Items|Named)\([^;]*?"([a-z-]+)"/g)].map((m) => m[1]!));
    expect([...nouns].sort()).toEqual(["choice", "column", "item", "nested-question", "row"]);
    for (const noun of nouns) {
      for (const suffix of ["-added", "-removed", "-renamed", "-changed", "-value-changed", "s-reordered"]) {
        expect(changeKindText(`${noun}${suffix}`, "da"), `${noun}${suffix}`).not.toContain(noun);
      }
    }
    expect(changeKindText("choice-removed", "da")).toBe("Valgmuligheder fjernet");
    expect(changeKindText("choice-value-changed", "da")).toBe("Værdien af en valgmulighed ændret");
    expect(changeKindText("columns-reordered", "en")).toBe("Columns reordered");
  });

  it("names the kinds of real diffs, a stored-answer setting by its property", () => {
    const base: QuestionnaireVersion = {
      announcement: "a",
      key: "k",
      audience: "municipality",
      version: "1.0.0",
      title: { da: "T", en: "T" },
      reportSections: [{ id: "s", title: { da: "S", en: "S" } }],
      survey: {
        pages: [
          {
            name: "p",
            elements: [
              { type: "text", name: "n", title: { da: "N", en: "N" }, aggregation: "list", reportSection: "s" },
              { type: "radiogroup", name: "r", title: { da: "R", en: "R" }, choices: ["a", "b"], aggregation: "choice-count", reportSection: "s" },
            ],
          },
        ],
      },
    };
    const next = structuredClone(base) as QuestionnaireVersion & { survey: { pages: [{ elements: Record<string, unknown>[] }] } };
    next.version = "2.0.0";
    next.survey.pages[0].elements[0]!.inputType = "number";
    next.survey.pages[0].elements[1]!.choices = ["a"];
    const diff = diffQuestionnaires(base, next);
    const kinds = diff.changed.flatMap((entry) => entry.changes.map((c) => c.kind));
    expect(kinds).toEqual(expect.arrayContaining(["inputType-changed", "choice-removed"]));
    expect(changeKindText("inputType-changed", "da")).toBe("Indstillingen inputType ændret");
    for (const kind of kinds) expect(changeKindText(kind, "da")).not.toBe(kind);
  });
});

describe("breakingReason", () => {
  it("says why each breaking kind breaks the comparison", () => {
    expect(breakingReason("choice-removed", "da")).toBe("tidligere svar kan pege på noget, der ikke findes mere");
    expect(breakingReason("required-added", "da")).toBe("tidligere svar kan være ugyldige efter de nye regler");
    expect(breakingReason("aggregation-changed", "da")).toBe("den fælles rapport opgør spørgsmålet på en anden måde end før");
    expect(breakingReason("inputType-changed", "da")).toBe("svaret gemmes på en anden måde");
    expect(breakingReason("question-removed", "en")).toBe("the answers to the question are not in the new version");
  });
});

describe("bumpText", () => {
  it("names the bumps as the brief words them", () => {
    expect(bumpText("patch", "da")).toBe("rettelse");
    expect(bumpText("minor", "da")).toBe("ny version der kan sammenlignes");
    expect(bumpText("major", "da")).toBe("ny hovedversion");
    expect(bumpText("none", "da")).toBe("første version");
  });
});
