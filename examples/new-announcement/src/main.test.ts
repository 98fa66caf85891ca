import { readFileSync } from "node:fs";
import { diffQuestionnaires, validateQuestionnaire } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { runExample } from "./run-example.js";
import { kommuneskema } from "./spiseforstyrrelser.js";

describe("the new-announcement example", () => {
  it("validates the questionnaire and aggregates the three responses", () => {
    const { report, totals, summary } = runExample();
    expect(report.skipped).toEqual([]);
    expect(report.respondentCount.value).toBe(3);
    expect(totals).toEqual({ perYear: { "2018": 22, "2019": 28, "2020": 31 }, citizens: 81, offers: 3, comments: 2 });
    const offers = report.sections.flatMap((s) => s.items).flatMap((item) => (item.kind === "offerList" ? item.offers : []));
    expect(offers.map((offer) => [offer.name, offer.namedByCount.value])).toEqual([
      ["Ambulant team Hjørring", 1],
      ["Bostedet Kildevang", 1],
      ["Spiseforstyrrelsesenheden Nord", 3],
    ]);
    expect(summary).toContain("2018: 22, 2019: 28, 2020: 31; in all 81");
    // the example's own README shows the output as it is
    expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain(summary);
  });

  it("has a questionnaire that validateQuestionnaire accepts and that differs from itself in nothing", () => {
    expect(validateQuestionnaire(kommuneskema)).toMatchObject({ ok: true, issues: [] });
    expect(diffQuestionnaires(kommuneskema, kommuneskema).requiredBump).toBe("none");
  });

  it("is quoted literally in the README of @afrapport/schema", () => {
    const readme = readFileSync(new URL("../../../packages/schema/README.md", import.meta.url), "utf8");
    for (const [file, region] of [
      ["spiseforstyrrelser.ts", "readme"],
      ["run-example.ts", "readme-run"],
    ] as const) {
      const source = readFileSync(new URL(file, import.meta.url), "utf8");
      const match = new RegExp(`// #region ${region}\\n([\\s\\S]*?)\\n\\s*// #endregion ${region}`).exec(source);
      expect(match, `${file} has a region "${region}"`).not.toBeNull();
      const code = dedent(match![1]!);
      expect(readme, `packages/schema/README.md quotes ${file}`).toContain(code);
    }
  });
});

/** Removes the indentation the lines of a region share. */
function dedent(code: string): string {
  const lines = code.split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent)).join("\n");
}
