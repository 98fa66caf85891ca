import { ssoErrorCodes } from "@afrapport/schema/api";
import { describe, expect, it } from "vitest";
import { workspaceDa } from "../../i18n/workspace-da.js";
import { workspaceEn } from "../../i18n/workspace-en.js";
import { ssoErrorFromSearch, ssoErrorText, ssoStartHref } from "./sso-sign-in.js";

describe("single sign-on on the sign-in page", () => {
  it("reads only the server's known error codes from the address", () => {
    expect(ssoErrorFromSearch("?sso-fejl=domain_not_allowed")).toBe("domain_not_allowed");
    expect(ssoErrorFromSearch("?tilbage=%2Fsekretariat&sso-fejl=state")).toBe("state");
    expect(ssoErrorFromSearch("?sso-fejl=<script>")).toBeUndefined();
    expect(ssoErrorFromSearch("?sso-fejl=")).toBeUndefined();
    expect(ssoErrorFromSearch("")).toBeUndefined();
  });

  it("says every code in Danish and in English, naming the organisation where it matters", () => {
    for (const code of ssoErrorCodes) {
      const da = ssoErrorText(code, "Aarhus Kommune", workspaceDa);
      const en = ssoErrorText(code, "Aarhus Kommune", workspaceEn);
      expect(da).not.toBe(en);
      expect(da.length).toBeGreaterThan(20);
    }
    expect(ssoErrorText("domain_not_allowed", "Aarhus Kommune", workspaceDa)).toBe(
      "Din e-mailadresse hører ikke til en organisation, der har adgang til Afrapport. Log ind med din arbejdskonto.",
    );
    expect(ssoErrorText("provider_unavailable", undefined, workspaceDa)).toContain("ikke forbindelse til din organisation");
    expect(ssoErrorText("provider_unavailable", "Region Midtjylland", workspaceEn)).toContain("Region Midtjylland cannot be reached");
  });

  it("starts the sign-in with the page to come back to", () => {
    expect(ssoStartHref("/api/auth/oidc/start", null)).toBe("/api/auth/oidc/start");
    expect(ssoStartHref("/api/auth/oidc/start", "/sekretariat/kampagner/a b")).toBe("/api/auth/oidc/start?tilbage=%2Fsekretariat%2Fkampagner%2Fa%20b");
  });
});
