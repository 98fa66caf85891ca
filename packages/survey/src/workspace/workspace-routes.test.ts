import { describe, expect, it } from "vitest";
import { campaignPath, homePathFor, isWorkspacePath, loginPathFor, safeReturnTo, workspaceRouteFor } from "./workspace-routes.js";

describe("workspaceRouteFor", () => {
  it("maps the sign-in page with a safe return address", () => {
    expect(workspaceRouteFor("/sekretariat/log-ind")).toEqual({ page: "login", returnTo: null });
    expect(workspaceRouteFor("/sekretariat/log-ind", "?tilbage=%2Fsekretariat%2Fkampagner%2Fc1%2Ftilbud")).toEqual({
      page: "login",
      returnTo: "/sekretariat/kampagner/c1/tilbud",
    });
    expect(workspaceRouteFor("/sekretariat/log-ind", "?tilbage=https%3A%2F%2Fevil.example")).toEqual({ page: "login", returnTo: null });
  });

  it("maps the campaign list, the create page and a campaign's tabs", () => {
    expect(workspaceRouteFor("/sekretariat")).toEqual({ page: "campaigns" });
    expect(workspaceRouteFor("/sekretariat/kampagner/")).toEqual({ page: "campaigns" });
    expect(workspaceRouteFor("/sekretariat/kampagner/ny")).toEqual({ page: "createCampaign" });
    expect(workspaceRouteFor("/sekretariat/kampagner/c1")).toEqual({ page: "campaign", campaignId: "c1", tab: "status", rest: [] });
    expect(workspaceRouteFor("/sekretariat/kampagner/c1/rapport/svar/r9")).toEqual({
      page: "campaign",
      campaignId: "c1",
      tab: "rapport",
      rest: ["svar", "r9"],
    });
  });

  it("maps the national view and refuses the rest", () => {
    expect(workspaceRouteFor("/national")).toEqual({ page: "national", rest: [] });
    expect(workspaceRouteFor("/national/gravide-rusmiddel")).toEqual({ page: "national", rest: ["gravide-rusmiddel"] });
    expect(workspaceRouteFor("/sekretariat/andet")).toEqual({ page: "notFound" });
    expect(workspaceRouteFor("/sekretariat/kampagner/%E0%A4%A")).toEqual({ page: "notFound" });
  });
});

describe("addresses", () => {
  it("builds campaign paths and knows the workspace's own", () => {
    expect(campaignPath("c 1", "udsendelser")).toBe("/sekretariat/kampagner/c%201/udsendelser");
    expect(isWorkspacePath("/sekretariat")).toBe(true);
    expect(isWorkspacePath("/national/x")).toBe(true);
    expect(isWorkspacePath("/sekretariatet")).toBe(false);
    expect(isWorkspacePath("/svar/abc")).toBe(false);
  });

  it("never returns to another site or to the sign-in page", () => {
    expect(safeReturnTo("//evil.example/sekretariat")).toBeNull();
    expect(safeReturnTo("/sekretariat/log-ind")).toBeNull();
    expect(safeReturnTo("/svar/abc")).toBeNull();
    expect(loginPathFor("/sekretariat/kampagner/c1/status")).toBe("/sekretariat/log-ind?tilbage=%2Fsekretariat%2Fkampagner%2Fc1%2Fstatus");
    expect(loginPathFor("/sekretariat/kampagner")).toBe("/sekretariat/log-ind");
    expect(homePathFor("national")).toBe("/national");
    expect(homePathFor("reviewer")).toBe("/sekretariat/kampagner");
  });
});
