import type { RegionCode } from "@afrapport/schema";
import type { UserRole } from "../../db/tables.js";
import type { ClaimMapping, OidcConfig } from "./oidc-config.js";

/** The ID token's claims as openid-client returns them (already checked: issuer, audience, expiry, nonce). */
export type IdTokenClaims = { sub: string } & Record<string, unknown>;

/** What Afrapport reads from the claims of one sign-in. */
export interface SignInClaims {
  subject: string;
  /** lower-case; undefined when the token has none, or when the provider does not vouch for it and must */
  email: string | undefined;
  name: string | undefined;
  /** from the role claim through the role map; undefined when nothing maps */
  role: UserRole | undefined;
  region: RegionCode | undefined;
}

export function readSignInClaims(claims: IdTokenClaims, oidc: OidcConfig): SignInClaims {
  const rawEmail = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const vouched = !oidc.requireEmailVerified || claims.email_verified === true;
  const name = typeof claims.name === "string" && claims.name.trim() !== "" ? claims.name.trim().slice(0, 200) : undefined;
  return {
    subject: claims.sub,
    email: rawEmail !== "" && vouched && /^[^\s@]+@[^\s@]+$/.test(rawEmail) ? rawEmail : undefined,
    name,
    role: oidc.roleClaim === null ? undefined : mapClaim(claims[oidc.roleClaim], oidc.roleMap),
    region: oidc.regionClaim === null ? undefined : mapClaim(claims[oidc.regionClaim], oidc.regionMap),
  };
}

/** Whether the address's domain is one of the allowed ones, exactly (a subdomain is a different organisation). */
export function emailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const at = email.lastIndexOf("@");
  return at !== -1 && allowedDomains.includes(email.slice(at + 1).toLowerCase());
}

/**
 * The mapped value for a claim that holds one string or a list of them (Entra's `groups`); the first mapping in the
 * configured order that the claim contains wins, so the order of the provider's list does not matter.
 */
export function mapClaim<T extends string>(claim: unknown, mappings: readonly ClaimMapping<T>[]): T | undefined {
  const values = Array.isArray(claim) ? claim.filter((v): v is string => typeof v === "string") : typeof claim === "string" ? [claim] : [];
  return mappings.find((m) => values.includes(m.claimValue))?.value;
}
