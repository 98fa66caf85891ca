import { z } from "zod";
import { defineRoute } from "./define-route.js";

// Signing in with the organisation's account through OpenID Connect (authorization code with PKCE). The browser
// navigates to these routes (they answer with redirects), except `methods`, which the sign-in page reads.

/**
 * Why an SSO sign-in ended without a session. The callback sends the browser to the sign-in page with
 * `?sso-fejl=<code>`, and the page says it in the reader's language.
 */
export const ssoErrorCodes = [
  /** the state is missing, wrong or too old: the sign-in was not started here, or took too long */
  "state",
  /** the provider would not exchange the code (already used, expired, or meant for another application) */
  "code_rejected",
  /** the ID token failed a check (audience, expiry, nonce, issuer, signature) */
  "token_invalid",
  /** the provider answered the sign-in with an error (the person cancelled, or was refused there) */
  "provider_refused",
  /** the provider could not be reached or answered with a server error */
  "provider_unavailable",
  /** the token has no e-mail address, or the provider does not vouch for it */
  "email_missing",
  /** the e-mail address's domain is not one this installation accepts */
  "domain_not_allowed",
  /** no user with this e-mail exists and users must be invited first */
  "not_invited",
  /**
   * a user with this e-mail exists but cannot be linked by e-mail: it signs in with a password, or is linked to
   * another account at this provider already; an admin decides
   */
  "account_not_linkable",
  /** new users are created on first sign-in, but the claims give no role */
  "no_role",
  /** the user is disabled in Afrapport */
  "disabled",
] as const;
export const SsoErrorCodeSchema = z.enum(ssoErrorCodes);
export type SsoErrorCode = z.infer<typeof SsoErrorCodeSchema>;

/** The query parameter of the sign-in page that carries an SSO error code. */
export const SSO_ERROR_PARAM = "sso-fejl";

export const SignInMethodsSchema = z.object({
  password: z.boolean(),
  /** null when no OpenID provider is configured */
  sso: z
    .object({
      /** the organisation or provider, for the button: "Log ind med <displayName>" */
      displayName: z.string(),
      startPath: z.string(),
      /** where to send the browser, after signing out here, to sign out at the provider too */
      logoutPath: z.string(),
    })
    .nullable(),
});
export type SignInMethods = z.infer<typeof SignInMethodsSchema>;

/** Where to go after signing in: a path of the workspace (`tilbage`, as on the sign-in page). */
export const OidcStartQuerySchema = z.object({ tilbage: z.string().max(2000).optional() });

export const OidcCallbackQuerySchema = z.looseObject({
  code: z.string().max(4096).optional(),
  state: z.string().max(1024).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(2000).optional(),
});

const redirect = (description: string) => ({ description, contentType: "text/plain" });

export const oidcApi = {
  methods: defineRoute({
    method: "get",
    path: "/api/auth/methods",
    summary: "How people can sign in here: password, and whether single sign-on (OpenID Connect) is configured",
    tags: ["auth"],
    auth: "none",
    responses: { 200: { description: "The sign-in methods", schema: SignInMethodsSchema } },
  }),
  start: defineRoute({
    method: "get",
    path: "/api/auth/oidc/start",
    summary: "Start signing in with the organisation's account: redirects to the OpenID provider",
    description:
      "Sets a short-lived, sealed, HttpOnly cookie with the PKCE verifier, state and nonce, and redirects to the provider's authorization endpoint. When the provider cannot be reached, redirects to the sign-in page with ?sso-fejl=provider_unavailable.",
    tags: ["auth"],
    auth: "none",
    query: OidcStartQuerySchema,
    responses: {
      302: redirect("To the provider, or back to the sign-in page with ?sso-fejl=<code>"),
      404: { description: "Single sign-on is not configured" },
    },
  }),
  callback: defineRoute({
    method: "get",
    path: "/api/auth/oidc/callback",
    summary: "Where the OpenID provider sends the browser back: exchanges the code and signs the person in",
    description:
      "Exchanges the code (PKCE) and checks state, nonce and the ID token with openid-client; finds the user by (issuer, subject) or links an invited user by verified e-mail; then starts the same session as a password sign-in. Every failure redirects to the sign-in page with ?sso-fejl=<code> and starts no session.",
    tags: ["auth"],
    auth: "none",
    query: OidcCallbackQuerySchema,
    responses: {
      302: redirect("Into the workspace, or back to the sign-in page with ?sso-fejl=<code>"),
      404: { description: "Single sign-on is not configured" },
    },
  }),
  logout: defineRoute({
    method: "get",
    path: "/api/auth/oidc/logout",
    summary: "Sign out at the OpenID provider too: redirects to its end-session endpoint (after POST /api/auth/logout)",
    tags: ["auth"],
    auth: "none",
    responses: {
      302: redirect("To the provider's end-session endpoint, or to the sign-in page when it has none"),
      404: { description: "Single sign-on is not configured" },
    },
  }),
};
