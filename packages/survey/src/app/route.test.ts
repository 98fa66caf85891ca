import { describe, expect, it } from "vitest";
import { routeFor } from "./route.js";

describe("routeFor", () => {
  it("maps the landing page, respondent links and the secretariat", () => {
    expect(routeFor("/")).toEqual({ page: "landing" });
    expect(routeFor("/svar/abc-DEF_123")).toEqual({ page: "respond", token: "abc-DEF_123" });
    expect(routeFor("/svar/abc/")).toEqual({ page: "respond", token: "abc" });
    expect(routeFor("/sekretariat")).toEqual({ page: "workspace" });
    expect(routeFor("/sekretariat/kampagner/c1/status")).toEqual({ page: "workspace" });
    expect(routeFor("/national")).toEqual({ page: "workspace" });
    expect(routeFor("/adgangskode/abc-DEF_123")).toEqual({ page: "workspace" });
  });

  it("sends anything else to the not-found page, also a link with a malformed escape", () => {
    expect(routeFor("/svar/")).toEqual({ page: "notFound" });
    expect(routeFor("/svar/a/b")).toEqual({ page: "notFound" });
    expect(routeFor("/svar/%E0%A4%A")).toEqual({ page: "notFound" });
    expect(routeFor("/admin")).toEqual({ page: "notFound" });
  });
});
