import * as client from "openid-client";
import { isLoopback, type OidcConfig } from "./oidc-config.js";
import type { IdTokenClaims } from "./oidc-claims.js";

/** How long a call to the provider may take before the provider counts as down (seconds). */
const TIMEOUT_SECONDS = 10;
/** The provider's metadata is discovered again after this long, so a change there is picked up without a restart. */
const METADATA_LIFETIME_MS = 60 * 60 * 1000;
export const CALLBACK_PATH = "/api/auth/oidc/callback";
const SCOPE = "openid email profile";

export interface AuthorizationStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The OpenID provider as openid-client (v6) sees it: discovered once and kept an hour (a failed discovery is
 * tried again at the next sign-in), the authorization URL with PKCE (S256), state and nonce, and the code exchange
 * in which openid-client checks state, the issuer, the ID token's signature, audience, expiry and nonce.
 */
export class OidcProviderClient {
  #discovered: { at: number; configuration: Promise<client.Configuration> } | undefined;

  constructor(
    readonly oidc: OidcConfig,
    /** the address people open (PUBLIC_URL); the callback is under it */
    private readonly publicUrl: string,
  ) {}

  get redirectUri(): string {
    return `${this.publicUrl}${CALLBACK_PATH}`;
  }

  configuration(): Promise<client.Configuration> {
    const now = Date.now();
    if (this.#discovered === undefined || now - this.#discovered.at > METADATA_LIFETIME_MS) {
      const configuration = this.#discover();
      const entry = { at: now, configuration };
      this.#discovered = entry;
      configuration.catch(() => {
        if (this.#discovered === entry) this.#discovered = undefined;
      });
    }
    return this.#discovered.configuration;
  }

  async #discover(): Promise<client.Configuration> {
    const issuer = new URL(this.oidc.issuer);
    // http is allowed to a provider on this machine only (config.ts refuses any other).
    const insecure = issuer.protocol === "http:" && isLoopback(issuer.hostname);
    const configuration = await client.discovery(issuer, this.oidc.clientId, { client_secret: this.oidc.clientSecret }, client.ClientSecretPost(), {
      timeout: TIMEOUT_SECONDS,
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
    });
    configuration.timeout = TIMEOUT_SECONDS;
    return configuration;
  }

  async startAuthorization(): Promise<AuthorizationStart> {
    const configuration = await this.configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the code in the callback's query for tokens and returns the ID token's claims, checked. */
  async exchangeCode(query: URLSearchParams, expected: { state: string; nonce: string; codeVerifier: string }): Promise<IdTokenClaims> {
    const configuration = await this.configuration();
    const currentUrl = new URL(this.redirectUri);
    for (const [key, value] of query) currentUrl.searchParams.append(key, value);
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (claims === undefined) throw new client.ClientError("the provider sent no ID token");
    return claims as IdTokenClaims;
  }

  /** The provider's end-session address (RP-initiated logout), or undefined when it has none. */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<URL | undefined> {
    const configuration = await this.configuration();
    if (configuration.serverMetadata().end_session_endpoint === undefined) return undefined;
    return client.buildEndSessionUrl(configuration, { post_logout_redirect_uri: postLogoutRedirectUri });
  }
}
