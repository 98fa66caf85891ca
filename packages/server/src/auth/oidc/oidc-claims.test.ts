import { describe, expect, it } from "vitest";
import { emailDomainAllowed, mapClaim, readSignInClaims } from "./oidc-claims.js";
import type { OidcConfig } from "./oidc-config.js";

const oidc: OidcConfig = {
  issuer: "https://idp.example.com",
  clientId: "c",
  clientSecret: "s",
  allowedDomains: ["aarhus.dk"],
  provisioning: "create",
  roleClaim: "groups",
  roleMap: [
    { claimValue: "admins", value: "admin" },
    { claimValue: "sek", value: "secretariat" },
  ],
  regionClaim: "region",
  regionMap: [{ claimValue: "midt", value: "1082" }],
  requireEmailVerified: true,
  displayName: "X",
};

describe("readSignInClaims", () => {
  it("reads a lower-cased verified address, the name, and the mapped role and region", () => {
    expect(readSignInClaims({ sub: "s1", email: " Anna@Aarhus.DK ", email_verified: true, name: " Anna ", groups: ["x", "sek"], region: "midt" }, oidc)).toEqual({
      subject: "s1",
      email: "anna@aarhus.dk",
      name: "Anna",
      role: "secretariat",
      region: "1082",
    });
  });

  it("leaves out an address the provider does not vouch for, unless that is not required", () => {
    expect(readSignInClaims({ sub: "s", email: "a@aarhus.dk" }, oidc).email).toBeUndefined();
    expect(readSignInClaims({ sub: "s", email: "a@aarhus.dk", email_verified: "true" }, oidc).email).toBeUndefined();
    expect(readSignInClaims({ sub: "s", email: "a@aarhus.dk" }, { ...oidc, requireEmailVerified: false }).email).toBe("a@aarhus.dk");
    expect(readSignInClaims({ sub: "s", email: "not an address", email_verified: true }, oidc).email).toBeUndefined();
  });

  it("gives no role or region when no claim is configured or nothing maps", () => {
    expect(readSignInClaims({ sub: "s", groups: ["sek"] }, { ...oidc, roleClaim: null }).role).toBeUndefined();
    expect(readSignInClaims({ sub: "s", groups: ["other"], region: 7 }, oidc)).toMatchObject({ role: undefined, region: undefined });
  });
});

describe("mapClaim", () => {
  it("takes the first mapping in configured order that a string or list claim holds", () => {
    expect(mapClaim(["sek", "admins"], oidc.roleMap)).toBe("admin");
    expect(mapClaim("sek", oidc.roleMap)).toBe("secretariat");
    expect(mapClaim([1, null, "sek"], oidc.roleMap)).toBe("secretariat");
    expect(mapClaim(undefined, oidc.roleMap)).toBeUndefined();
  });
});

describe("emailDomainAllowed", () => {
  it("matches the domain exactly, not a subdomain or a look-alike", () => {
    expect(emailDomainAllowed("a@aarhus.dk", ["aarhus.dk"])).toBe(true);
    expect(emailDomainAllowed("a@AARHUS.dk", ["aarhus.dk"])).toBe(true);
    expect(emailDomainAllowed("a@evil.aarhus.dk", ["aarhus.dk"])).toBe(false);
    expect(emailDomainAllowed("a@notaarhus.dk", ["aarhus.dk"])).toBe(false);
    expect(emailDomainAllowed("aarhus.dk", ["aarhus.dk"])).toBe(false);
  });
});
