import { describe, expect, it } from "vitest";
import { fixtureReport } from "../report/report-fixture.js";
import { regionKeyFigures, unionOfYears, yearValue } from "./national-figures.js";

describe("a region's key figures", () => {
  it("takes the target group per year and the offers named from the joint report", () => {
    const figures = regionKeyFigures(fixtureReport());
    expect(figures.targetGroup?.years).toEqual(["2017", "2018", "2019"]);
    expect(figures.targetGroup?.perYear.map((f) => f.value)).toEqual([22, 27, 28]);
    expect(figures.targetGroup?.total.value).toBe(77);
    expect(yearValue(figures, "2018")).toMatchObject({ sources: ["resp-0", "resp-1", "resp-2"] });
    expect(yearValue(figures, "2016")).toBeUndefined();
    expect(figures.offers?.value).toBe(1);
    expect(figures.highlySpecialised).toBeUndefined();
  });

  it("has nothing for a region without a report, and the years of all regions together", () => {
    const none = regionKeyFigures(null);
    expect(none).toEqual({ targetGroup: undefined, offers: undefined, highlySpecialised: undefined });
    expect(unionOfYears([none, regionKeyFigures(fixtureReport())])).toEqual(["2017", "2018", "2019"]);
  });
});
