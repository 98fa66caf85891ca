import { readFileSync } from "node:fs";
import { questionnaireFromDraft } from "@afrapport/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { bornUngeSynshandicap, kommuneskema, questionnaireKey } from "./born-unge-synshandicap.js";
import { runExample, type ExampleResult } from "./run-example.js";

describe("the visual-impairment example", () => {
  let result: ExampleResult;
  beforeAll(async () => {
    result = await runExample();
  }, 120_000);

  it("drafts the questionnaire in Danish, translates exactly what the findings name, and publishes 1.0.0", () => {
    expect(result.findings.danishOnly.length).toBeGreaterThan(0);
    expect(new Set(result.findings.danishOnly.map((f) => f.code))).toEqual(new Set(["missing-en"]));
    expect(result.findings.danishOnly).toContainEqual(expect.objectContaining({ path: "survey.pages[0].elements[0].title.en" }));
    expect(result.findings.translated).toEqual([]);
    expect(result.revisions).toBe(3);
    expect(result.preview).toMatchObject({ previous: null, proposedVersion: "1.0.0", unchanged: false, findings: [] });
    expect(result.versionId).toBe(`${bornUngeSynshandicap.id}/${questionnaireKey}@1.0.0`);
    expect(result.invited).toBe(19);
  });

  it("reports the totals of what the municipalities sent", () => {
    const { report, totals, sent } = result;
    expect(report.skipped).toEqual([]);
    expect(report.respondentCount.value).toBe(sent.length);
    expect(report.responses.map((r) => r.kommuneCode).sort()).toEqual(sent.map((a) => a.kommuneCode).sort());

    // Summed here from the answers as sent, independently of aggregateReport.
    const years = ["2013", "2014", "2015"] as const;
    const perYear = Object.fromEntries(years.map((year) => [year, sent.reduce((sum, a) => sum + a.submitted.antalBoern[year], 0)]));
    expect(totals.perYear).toEqual(perYear);
    expect(totals.children).toBe(Object.values(perYear).reduce((a, b) => a + b, 0));

    const offerNames = new Set(sent.flatMap((a) => a.submitted.tilbud.map((offer) => offer.name.toLowerCase())));
    expect(totals.offers).toBe(offerNames.size);

    const choices = kommuneskema.survey.pages.flatMap((page) => page.elements ?? []).find((element) => element.name === "samarbejde")!.choices as { value: string }[];
    const cooperation = Object.fromEntries(choices.map(({ value }) => [value, sent.filter((a) => a.submitted.samarbejde.includes(value)).length]));
    expect(totals.cooperation).toEqual(cooperation);

    expect(totals.texts).toBe(sent.filter((a) => (a.submitted.fremtid ?? "") !== "").length);
  });

  it("has a questionnaire that is complete in Danish and English before it goes to the server", () => {
    expect(questionnaireFromDraft(kommuneskema, { announcement: bornUngeSynshandicap.id, key: questionnaireKey, version: "1.0.0" })).toMatchObject({ ok: true, issues: [] });
  });

  it("prints the summary its README shows", () => {
    expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain(result.summary);
  });
});
