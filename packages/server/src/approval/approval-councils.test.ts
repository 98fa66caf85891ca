import { describe, expect, it } from "vitest";
import { councilStepPosition, councilViews, isCouncilStep, isRegionCouncil, regionCouncils } from "./approval-councils.js";
import { defaultApprovalSteps } from "./approval-path.js";

describe("the councils' step", () => {
  it("is found by the names secretariats give it", () => {
    for (const name of ["Kommunalbestyrelser og regionsråd", "Byrådene", "Kommunalbestyrelserne", "Regionsrådet", "BYRÅD OG REGIONSRÅD"]) {
      expect(isCouncilStep(name), name).toBe(true);
    }
    for (const name of ["KKR Hovedstaden", "K29", "Socialdirektørforum", "Sendt til Socialstyrelsen", "Faglig referencegruppe"]) {
      expect(isCouncilStep(name), name).toBe(false);
    }
    expect(councilStepPosition(defaultApprovalSteps("1084"))).toBe(5);
    expect(councilStepPosition(["K29", "KKR"])).toBeUndefined();
  });

  it("lists every municipality of the region, then the regional council", () => {
    const hovedstaden = regionCouncils("1084");
    expect(hovedstaden).toHaveLength(30);
    expect(hovedstaden[0]).toEqual({ code: "101", kind: "municipality", name: "København" });
    expect(hovedstaden.at(-1)).toEqual({ code: "1084", kind: "region", name: "Regionsrådet, Region Hovedstaden" });
    expect(regionCouncils("1081")).toHaveLength(12);
    expect(regionCouncils("1083")).toHaveLength(23);
  });

  it("knows which councils belong to the region", () => {
    expect(isRegionCouncil("1084", "165")).toBe(true);
    expect(isRegionCouncil("1084", "1084")).toBe(true);
    expect(isRegionCouncil("1084", "492")).toBe(false); // Ærø is in Syddanmark
    expect(isRegionCouncil("1084", "1083")).toBe(false);
    expect(isRegionCouncil("1084", "999")).toBe(false);
  });

  it("shows each council's decision and leaves the others open", () => {
    const views = councilViews("1084", [
      { council_code: "165", decision: "approved", decision_date: "2027-06-12", note: null },
      { council_code: "1084", decision: "not-approved", decision_date: "2027-06-20", note: "Afventer budget." },
      { council_code: "492", decision: "approved", decision_date: "2027-06-01", note: null },
    ]);
    expect(views.find((c) => c.code === "165")).toMatchObject({ decision: "approved", date: "2027-06-12" });
    expect(views.find((c) => c.code === "1084")).toMatchObject({ decision: "not-approved", note: "Afventer budget." });
    expect(views.filter((c) => c.decision === null)).toHaveLength(28);
    expect(views.some((c) => c.code === "492")).toBe(false);
  });
});
