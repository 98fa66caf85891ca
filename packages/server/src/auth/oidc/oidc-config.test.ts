import { describe, expect, it } from "vitest";
import { parseOidcConfig } from "./oidc-config.js";

const base = {
  AFRAPPORT_OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0",
  AFRAPPORT_OIDC_CLIENT_ID: "client-id",
  AFRAPPORT_OIDC_CLIENT_SECRET: "secret",
  AFRAPPORT_OIDC_ALLOWED_DOMAINS: "Aarhus.dk, @rm.dk",
};

function errors(env: Record<string, string>): string[] {
  const result = parseOidcConfig(env);
  return result.ok ? [] : result.errors;
}

describe("parseOidcConfig", () => {
  it("is off without an issuer, and reads a full configuration with invite-only as the default", () => {
    expect(parseOidcConfig({})).toEqual({ ok: true, oidc: undefined });
    const result = parseOidcConfig({
      ...base,
      AFRAPPORT_OIDC_ROLE_CLAIM: "groups",
      AFRAPPORT_OIDC_ROLE_MAP: "aaaa-1111=secretariat, bbbb=2222=reviewer",
      AFRAPPORT_OIDC_REGION_CLAIM: "groups",
      AFRAPPORT_OIDC_REGION_MAP: "cccc=1082",
      AFRAPPORT_OIDC_DISPLAY_NAME: "Region Midtjylland",
    });
    expect(result).toEqual({
      ok: true,
      oidc: {
        issuer: base.AFRAPPORT_OIDC_ISSUER,
        clientId: "client-id",
        clientSecret: "secret",
        allowedDomains: ["aarhus.dk", "rm.dk"],
        provisioning: "invite-only",
        roleClaim: "groups",
        roleMap: [
          { claimValue: "aaaa-1111", value: "secretariat" },
          { claimValue: "bbbb=2222", value: "reviewer" },
        ],
        regionClaim: "groups",
        regionMap: [{ claimValue: "cccc", value: "1082" }],
        requireEmailVerified: true,
        displayName: "Region Midtjylland",
      },
    });
  });

  it("names every variable that is missing or wrong", () => {
    expect(errors({ AFRAPPORT_OIDC_CLIENT_ID: "x" })).toEqual(["AFRAPPORT_OIDC_ISSUER: must be set when AFRAPPORT_OIDC_CLIENT_ID is set"]);
    const found = errors({
      AFRAPPORT_OIDC_ISSUER: "http://login.example.com",
      AFRAPPORT_OIDC_ALLOWED_DOMAINS: "not a domain",
      AFRAPPORT_OIDC_PROVISIONING: "everyone",
      AFRAPPORT_OIDC_ROLE_CLAIM: "groups",
      AFRAPPORT_OIDC_ROLE_MAP: "g1=superuser,g2",
      AFRAPPORT_OIDC_REGION_MAP: "g3=1099",
      AFRAPPORT_OIDC_REQUIRE_EMAIL_VERIFIED: "yes",
    });
    expect(found).toEqual([
      "AFRAPPORT_OIDC_ISSUER: must be an https:// address (http:// only to localhost)",
      "AFRAPPORT_OIDC_CLIENT_ID: must be set (the application (client) id at the provider)",
      "AFRAPPORT_OIDC_CLIENT_SECRET: must be set (the client secret from the provider)",
      'AFRAPPORT_OIDC_ALLOWED_DOMAINS: "not a domain" is not a domain, e.g. aarhus.dk',
      'AFRAPPORT_OIDC_PROVISIONING: must be invite-only or create, not "everyone"',
      'AFRAPPORT_OIDC_ROLE_MAP: "superuser" in "g1=superuser" must be one of admin, secretariat, reviewer, national',
      'AFRAPPORT_OIDC_ROLE_MAP: "g2" must be <claim value>=<admin|secretariat|reviewer|national>',
      'AFRAPPORT_OIDC_REGION_MAP: "1099" in "g3=1099" must be one of 1081, 1082, 1083, 1084, 1085',
      "AFRAPPORT_OIDC_REQUIRE_EMAIL_VERIFIED: must be true or false",
    ]);
  });

  it("needs allowed domains, a role mapping for create, and claim and map together", () => {
    expect(errors({ ...base, AFRAPPORT_OIDC_ALLOWED_DOMAINS: " , " })).toEqual([
      "AFRAPPORT_OIDC_ALLOWED_DOMAINS: must list the e-mail domains that may sign in, e.g. aarhus.dk,rm.dk",
    ]);
    expect(errors({ ...base, AFRAPPORT_OIDC_PROVISIONING: "create" })).toEqual([
      "AFRAPPORT_OIDC_PROVISIONING=create: needs AFRAPPORT_OIDC_ROLE_CLAIM and AFRAPPORT_OIDC_ROLE_MAP, so a new user gets a role",
    ]);
    expect(errors({ ...base, AFRAPPORT_OIDC_REGION_CLAIM: "groups" })).toEqual(["AFRAPPORT_OIDC_REGION_CLAIM and AFRAPPORT_OIDC_REGION_MAP: set both or neither"]);
    expect(errors({ ...base, AFRAPPORT_OIDC_ISSUER: "not a url" })[0]).toMatch(/^AFRAPPORT_OIDC_ISSUER: "not a url" is not a URL/);
  });

  it("allows http only to this machine (a local provider)", () => {
    expect(errors({ ...base, AFRAPPORT_OIDC_ISSUER: "http://127.0.0.1:4000" })).toEqual([]);
    expect(errors({ ...base, AFRAPPORT_OIDC_ISSUER: "http://localhost:4000/realms/x" })).toEqual([]);
    expect(errors({ ...base, AFRAPPORT_OIDC_ISSUER: "https://idp.example.com/?tenant=1" })).toEqual(["AFRAPPORT_OIDC_ISSUER: must not have a query or fragment"]);
  });
});
