import { regionCodes, type RegionCode } from "@afrapport/schema";
import { userRoles, type UserRole } from "@afrapport/schema/api";

/**
 * Single sign-on with OpenID Connect, configured from the environment (AFRAPPORT_OIDC_*). Unset
 * AFRAPPORT_OIDC_ISSUER means no SSO; anything else that is set without it, or set wrongly, is a start-up error.
 */
export interface OidcConfig {
  /** the provider's issuer identifier, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** lower-case e-mail domains whose people may sign in, e.g. ["aarhus.dk", "rm.dk"] */
  allowedDomains: string[];
  /** invite-only: only users that already exist (invited by an admin) can sign in; create: new users are made */
  provisioning: "invite-only" | "create";
  /** the ID token claim whose value(s) give the role, e.g. "groups"; null: claims never set the role */
  roleClaim: string | null;
  /** claim value → role; when several match, the first in this list wins */
  roleMap: ClaimMapping<UserRole>[];
  regionClaim: string | null;
  regionMap: ClaimMapping<RegionCode>[];
  /** the `email_verified` claim must be true (Entra ID does not send it: set AFRAPPORT_OIDC_REQUIRE_EMAIL_VERIFIED=false) */
  requireEmailVerified: boolean;
  /** the organisation on the button: "Log ind med <displayName>" */
  displayName: string;
}

export interface ClaimMapping<T extends string> {
  claimValue: string;
  value: T;
}

export type OidcConfigResult = { ok: true; oidc: OidcConfig | undefined } | { ok: false; errors: string[] };

const PREFIX = "AFRAPPORT_OIDC_";

/** Reads AFRAPPORT_OIDC_*; every problem is reported, each naming its variable. */
export function parseOidcConfig(env: NodeJS.ProcessEnv): OidcConfigResult {
  const read = (name: string): string | undefined => {
    const value = env[PREFIX + name]?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const issuer = read("ISSUER");
  if (issuer === undefined) {
    const stray = Object.keys(env).filter((key) => key.startsWith(PREFIX) && (env[key] ?? "").trim() !== "");
    if (stray.length === 0) return { ok: true, oidc: undefined };
    return { ok: false, errors: [`${PREFIX}ISSUER: must be set when ${stray.sort().join(", ")} ${stray.length === 1 ? "is" : "are"} set`] };
  }

  const errors: string[] = [];
  const issuerProblem = checkIssuer(issuer);
  if (issuerProblem !== undefined) errors.push(`${PREFIX}ISSUER: ${issuerProblem}`);
  const clientId = read("CLIENT_ID");
  if (clientId === undefined) errors.push(`${PREFIX}CLIENT_ID: must be set (the application (client) id at the provider)`);
  const clientSecret = read("CLIENT_SECRET");
  if (clientSecret === undefined) errors.push(`${PREFIX}CLIENT_SECRET: must be set (the client secret from the provider)`);

  const allowedDomains = (read("ALLOWED_DOMAINS") ?? "").split(",").map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter((d) => d !== "");
  if (allowedDomains.length === 0) errors.push(`${PREFIX}ALLOWED_DOMAINS: must list the e-mail domains that may sign in, e.g. aarhus.dk,rm.dk`);
  for (const domain of allowedDomains) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) errors.push(`${PREFIX}ALLOWED_DOMAINS: "${domain}" is not a domain, e.g. aarhus.dk`);
  }

  const provisioning = read("PROVISIONING") ?? "invite-only";
  if (provisioning !== "invite-only" && provisioning !== "create") errors.push(`${PREFIX}PROVISIONING: must be invite-only or create, not "${provisioning}"`);

  const roleClaim = read("ROLE_CLAIM") ?? null;
  const roleMap = parseMapping(read("ROLE_MAP"), "ROLE_MAP", userRoles, errors);
  const regionClaim = read("REGION_CLAIM") ?? null;
  const regionMap = parseMapping(read("REGION_MAP"), "REGION_MAP", regionCodes, errors);
  if ((roleClaim === null) !== (roleMap.length === 0) && !errors.some((e) => e.startsWith(`${PREFIX}ROLE_MAP`))) {
    errors.push(`${PREFIX}ROLE_CLAIM and ${PREFIX}ROLE_MAP: set both or neither`);
  }
  if ((regionClaim === null) !== (regionMap.length === 0) && !errors.some((e) => e.startsWith(`${PREFIX}REGION_MAP`))) {
    errors.push(`${PREFIX}REGION_CLAIM and ${PREFIX}REGION_MAP: set both or neither`);
  }
  if (provisioning === "create" && roleClaim === null) {
    errors.push(`${PREFIX}PROVISIONING=create: needs ${PREFIX}ROLE_CLAIM and ${PREFIX}ROLE_MAP, so a new user gets a role`);
  }

  const requireEmailVerified = read("REQUIRE_EMAIL_VERIFIED") ?? "true";
  if (requireEmailVerified !== "true" && requireEmailVerified !== "false") errors.push(`${PREFIX}REQUIRE_EMAIL_VERIFIED: must be true or false`);

  const displayName = read("DISPLAY_NAME") ?? "din organisation";
  if (displayName.length > 80) errors.push(`${PREFIX}DISPLAY_NAME: at most 80 characters`);

  if (errors.length > 0 || clientId === undefined || clientSecret === undefined) return { ok: false, errors };
  return {
    ok: true,
    oidc: {
      issuer,
      clientId,
      clientSecret,
      allowedDomains,
      provisioning: provisioning as OidcConfig["provisioning"],
      roleClaim,
      roleMap,
      regionClaim,
      regionMap,
      requireEmailVerified: requireEmailVerified === "true",
      displayName,
    },
  };
}

/** https, or http to this machine only (a provider in a test or on the developer's laptop). */
function checkIssuer(issuer: string): string | undefined {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return `"${issuer}" is not a URL; give the provider's issuer, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0`;
  }
  if (url.search !== "" || url.hash !== "") return "must not have a query or fragment";
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && isLoopback(url.hostname)) return undefined;
  return "must be an https:// address (http:// only to localhost)";
}

export function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** "<claim value>=<value>,…"; a claim value may itself hold "=" (the last one separates). */
function parseMapping<T extends string>(text: string | undefined, name: string, allowed: readonly T[], errors: string[]): ClaimMapping<T>[] {
  if (text === undefined) return [];
  const mappings: ClaimMapping<T>[] = [];
  for (const entry of text.split(",").map((e) => e.trim()).filter((e) => e !== "")) {
    const eq = entry.lastIndexOf("=");
    const claimValue = eq === -1 ? "" : entry.slice(0, eq).trim();
    const value = eq === -1 ? "" : entry.slice(eq + 1).trim();
    if (claimValue === "" || value === "") {
      errors.push(`${PREFIX}${name}: "${entry}" must be <claim value>=<${allowed.join("|")}>`);
    } else if (!(allowed as readonly string[]).includes(value)) {
      errors.push(`${PREFIX}${name}: "${value}" in "${entry}" must be one of ${allowed.join(", ")}`);
    } else {
      mappings.push({ claimValue, value: value as T });
    }
  }
  if (mappings.length === 0 && !errors.some((e) => e.startsWith(`${PREFIX}${name}`))) errors.push(`${PREFIX}${name}: is empty`);
  return mappings;
}
