import { describe, expect, it } from "vitest";
import { campaignAccess } from "./campaign-access.js";
import { allowedTransitions, campaignStatuses, canTransition } from "./campaign-status.js";

describe("campaignAccess", () => {
  const campaign = { region_code: "1084" };
  it("lets the region's secretariat and admins manage", () => {
    expect(campaignAccess({ role: "secretariat", regionCode: "1084" }, campaign, false)).toBe("manage");
    expect(campaignAccess({ role: "admin", regionCode: null }, campaign, false)).toBe("manage");
  });
  it("hides the campaign from another region's secretariat and a secretariat without region", () => {
    expect(campaignAccess({ role: "secretariat", regionCode: "1083" }, campaign, false)).toBe("none");
    expect(campaignAccess({ role: "secretariat", regionCode: null }, campaign, false)).toBe("none");
  });
  it("lets only the campaign's own reviewers read it; the national board reads all", () => {
    expect(campaignAccess({ role: "reviewer", regionCode: null }, campaign, true)).toBe("read");
    expect(campaignAccess({ role: "reviewer", regionCode: "1084" }, campaign, false)).toBe("none");
    expect(campaignAccess({ role: "national", regionCode: null }, campaign, false)).toBe("read");
  });
});

describe("campaign status transitions", () => {
  it("allows exactly draft → open → closed → reported and closed → open", () => {
    const allowed = campaignStatuses.flatMap((from) => campaignStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(["closed→open", "closed→reported", "draft→open", "open→closed"]);
    expect(allowedTransitions("reported")).toEqual([]);
  });
});
