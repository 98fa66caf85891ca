import { describe, expect, it } from "vitest";
import {
  announcementPath,
  campaignPath,
  draftPath,
  homePathFor,
  isWorkspacePath,
  loginPathFor,
  questionnaireVersionPath,
  questionnairesPath,
  safeReturnTo,
  workspaceRouteFor,
} from "./workspace-routes.js";

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

  it("maps the questionnaires area: the list, a draft and a published version", () => {
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer")).toEqual({ page: "questionnaires" });
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/")).toEqual({ page: "questionnaires" });
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/kladder/d-1")).toEqual({ page: "draft", draftId: "d-1" });
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/gravide-rusmiddel/kommune-2019/1.0.0")).toEqual({
      page: "questionnaireVersion",
      announcementId: "gravide-rusmiddel",
      key: "kommune-2019",
      version: "1.0.0",
    });
    // an announcement called "kladder" still has versions: three segments are a version, two a draft
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/kladder/kommune/2.0.0")).toMatchObject({ page: "questionnaireVersion", announcementId: "kladder" });
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/kladder")).toEqual({ page: "notFound" });
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/gravide-rusmiddel")).toEqual({ page: "notFound" });
    expect(workspaceRouteFor("/sekretariat/spoergeskemaer/a/b/1.0.0/mere")).toEqual({ page: "notFound" });
  });

  it("maps the national view and refuses the rest", () => {
    expect(workspaceRouteFor("/national")).toEqual({ page: "national", rest: [] });
    expect(workspaceRouteFor("/national/gravide-rusmiddel")).toEqual({ page: "national", rest: ["gravide-rusmiddel"] });
    expect(workspaceRouteFor("/sekretariat/andet")).toEqual({ page: "notFound" });
    expect(workspaceRouteFor("/sekretariat/kampagner/%E0%A4%A")).toEqual({ page: "notFound" });
  });

  it("maps the users page and an invitation's set-password page", () => {
    expect(workspaceRouteFor("/sekretariat/brugere")).toEqual({ page: "users" });
    expect(workspaceRouteFor("/sekretariat/brugere/x")).toEqual({ page: "notFound" });
    expect(workspaceRouteFor("/adgangskode/abc-DEF_123")).toEqual({ page: "setPassword", token: "abc-DEF_123" });
    expect(workspaceRouteFor("/adgangskode")).toEqual({ page: "notFound" });
    expect(workspaceRouteFor("/adgangskode/a/b")).toEqual({ page: "notFound" });
    expect(isWorkspacePath("/adgangskode/abc")).toBe(true);
    // never back to a spent link after signing in
    expect(safeReturnTo("/adgangskode/abc")).toBeNull();
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

  it("builds the questionnaires area's paths, escaping each part, and reads them back", () => {
    expect(announcementPath("gravide-rusmiddel")).toBe("/sekretariat/spoergeskemaer#udmelding-gravide-rusmiddel");
    expect(workspaceRouteFor(announcementPath("gravide-rusmiddel").split("#")[0]!)).toEqual({ page: "questionnaires" });
    expect(questionnairesPath).toBe("/sekretariat/spoergeskemaer");
    expect(draftPath("d 1")).toBe("/sekretariat/spoergeskemaer/kladder/d%201");
    expect(questionnaireVersionPath("gravide-rusmiddel", "kommune-2019", "1.0.0")).toBe("/sekretariat/spoergeskemaer/gravide-rusmiddel/kommune-2019/1.0.0");
    expect(workspaceRouteFor(draftPath("d/1"))).toEqual({ page: "draft", draftId: "d/1" });
    expect(isWorkspacePath(draftPath("x"))).toBe(true);
    expect(safeReturnTo(questionnaireVersionPath("a", "b", "1.0.0"))).toBe("/sekretariat/spoergeskemaer/a/b/1.0.0");
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
