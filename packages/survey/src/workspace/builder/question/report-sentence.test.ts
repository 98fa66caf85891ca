import { aggregationKinds, screeningRoles } from "@afrapport/schema";
import { describe, expect, it } from "vitest";
import { reportSentence } from "./report-sentence.js";

describe("reportSentence", () => {
  it("says what the report shows for a sum, per audience", () => {
    expect(reportSentence({ aggregation: "sum", builderType: "number", audience: "municipality" }, "da")).toBe(
      "Fælles rapport: summen af alle kommuners svar, og hver kommunes tal i kildevisningen.",
    );
    expect(reportSentence({ aggregation: "sum", builderType: "number", audience: "offer" }, "da")).toContain("alle tilbuds svar");
  });

  it("counts choices the way the question is answered", () => {
    expect(reportSentence({ aggregation: "choiceCounts", builderType: "radiogroup", audience: "municipality" }, "da")).toBe("Fælles rapport: antal pr. valgmulighed.");
    expect(reportSentence({ aggregation: "choiceCounts", builderType: "checkbox", audience: "municipality" }, "da")).toContain("hver valgmulighed, der er krydset af");
    expect(reportSentence({ aggregation: "choiceCounts", builderType: "matrix", audience: "municipality" }, "da")).toBe("Fælles rapport: antal svar pr. kolonne for hver række.");
    expect(reportSentence({ aggregation: "choiceCounts", builderType: "boolean", audience: "municipality" }, "en")).toBe("Joint report: the number of answers yes and no.");
    expect(reportSentence({ aggregation: "choiceCounts", builderType: "dropdown", audience: "municipality", other: true }, "da")).toContain("»Andet«");
  });

  it("names the offers' merge and a question left out", () => {
    expect(reportSentence({ aggregation: "offerList", builderType: "matrixdynamic", audience: "municipality" }, "da")).toContain("tilbuddene samles på tværs af kommuner efter navn og driftsherre");
    expect(reportSentence({ aggregation: "none", builderType: "text", audience: "municipality" }, "da")).toBe("Indgår ikke i den fælles rapport.");
  });

  it("adds the screening role only in an offer questionnaire", () => {
    const flow = { aggregation: "sumPerYear", builderType: "multipletext", screening: "flow" } as const;
    expect(reportSentence({ ...flow, audience: "offer" }, "da")).toMatch(/pr\. år.*Screeningsmodellen: borgerflowet/);
    expect(reportSentence({ ...flow, audience: "municipality" }, "da")).not.toContain("Screeningsmodellen");
  });

  it("has a Danish and an English sentence for every kind and role, different from each other", () => {
    for (const aggregation of aggregationKinds) {
      for (const screening of [undefined, ...screeningRoles]) {
        const input = { aggregation, builderType: "text", audience: "offer" as const, screening };
        const da = reportSentence(input, "da");
        const en = reportSentence(input, "en");
        expect(da).toMatch(/^[A-ZÆØÅ].*\.$/);
        expect(en).toMatch(/^[A-Z].*\.$/);
        expect(da).not.toBe(en);
      }
    }
  });
});
