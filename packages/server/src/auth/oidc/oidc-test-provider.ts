/// <reference path="./oidc-provider.d.ts" />
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import type { OidcConfig } from "./oidc-config.js";

/**
 * A real OpenID provider (oidc-provider v9) on a port of 127.0.0.1, for the server's tests and the browser tests.
 * Its own development sign-in page takes any login and password; the login names one of `accounts`, whose claims
 * (e-mail, name, groups) go into the ID token. Consent is taken as given, as for a first-party application.
 *
 * Bad providers on purpose: `tamperIdToken` rewrites the next ID tokens' claims and signs them again with the
 * provider's own key (a wrong audience, an expired token – the signature stays valid, so only the claim check can
 * catch it); `stop()` takes it off the network.
 */
export interface TestAccount {
  email?: string;
  emailVerified?: boolean;
  name?: string;
  groups?: string[];
}

export interface OidcTestProvider {
  issuer: string;
  /** Registers the application's client (call once its address is known); re-creates the provider inside. */
  addClient(client: { clientId: string; clientSecret: string; redirectUri: string; postLogoutRedirectUri?: string }): void;
  accounts: Map<string, TestAccount>;
  /** Rewrites the claims of every ID token the token endpoint sends from now on; undefined: leave them alone. */
  tamperIdToken: ((claims: Record<string, unknown>) => Record<string, unknown>) | undefined;
  /** The AFRAPPORT_OIDC_* configuration for this provider, with the given overrides. */
  config(overrides?: Partial<OidcConfig>): OidcConfig;
  stop(): Promise<void>;
}

export const TEST_CLIENT_ID = "afrapport-test";
export const TEST_CLIENT_SECRET = "afrapport-test-secret-0123456789abcdef";

export async function startOidcTestProvider(): Promise<OidcTestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key-1", alg: "RS256", use: "sig" };
  const signingKey: KeyObject = createPrivateKey({ key: jwk, format: "jwk" });
  const clients: Record<string, unknown>[] = [];
  const accounts = new Map<string, TestAccount>();
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  const provider: OidcTestProvider = {
    issuer,
    accounts,
    tamperIdToken: undefined,
    addClient(client) {
      clients.push({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: client.postLogoutRedirectUri === undefined ? [] : [client.postLogoutRedirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      });
      handler = build().callback();
    },
    config: (overrides = {}) => ({
      issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      allowedDomains: ["aarhus.dk", "rm.dk"],
      provisioning: "invite-only",
      roleClaim: null,
      roleMap: [],
      regionClaim: null,
      regionMap: [],
      requireEmailVerified: true,
      displayName: "Testorganisationen",
      ...overrides,
    }),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };

  server.on("request", (req, res) => {
    if (handler === undefined) {
      res.statusCode = 503;
      res.end("no client registered yet");
      return;
    }
    handler(req, res);
  });

  function build(): Provider {
    const oidc = new Provider(issuer, {
      clients,
      jwks: { keys: [jwk] },
      cookies: { keys: ["oidc-test-provider-cookie-key"] },
      // The claims of the scopes asked for go into the ID token itself, as Entra ID puts e-mail and groups there.
      conformIdTokenClaims: false,
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      findAccount: (_ctx: unknown, id: string) => {
        const account = accounts.get(id);
        if (account === undefined) return undefined;
        return {
          accountId: id,
          claims: () => ({
            sub: id,
            ...(account.email === undefined ? {} : { email: account.email, email_verified: account.emailVerified ?? true }),
            ...(account.name === undefined ? {} : { name: account.name }),
            ...(account.groups === undefined ? {} : { groups: account.groups }),
          }),
        };
      },
      // Consent is given for a first-party application: the grant is made at once, with every scope asked for.
      loadExistingGrant: async (ctx: { oidc: { session: { accountId: string }; client: { clientId: string }; params: { scope: string }; provider: Provider } }) => {
        const grant = new ctx.oidc.provider.Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
        grant.addOIDCScope(ctx.oidc.params.scope);
        await grant.save();
        return grant;
      },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    });
    oidc.on("server_error", (_ctx: unknown, error: unknown) => console.error("oidc-test-provider:", error));
    oidc.use(async (ctx, next) => {
      await next();
      const tamper = provider.tamperIdToken;
      if (tamper === undefined || ctx.path !== "/token" || typeof ctx.body !== "object" || ctx.body === null) return;
      const body = ctx.body as { id_token?: unknown };
      if (typeof body.id_token !== "string") return;
      body.id_token = resign(body.id_token, tamper, signingKey);
    });
    return oidc;
  }

  return provider;
}

/** The token with its claims rewritten, signed again (RS256) with the provider's key. */
function resign(token: string, tamper: (claims: Record<string, unknown>) => Record<string, unknown>, key: KeyObject): string {
  const [header = "", payload = ""] = token.split(".");
  const claims = tamper(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>);
  const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

/**
 * Walks a sign-in through the provider's own pages without a browser: opens the authorization URL, submits the
 * development login form with `login`, follows the provider's redirects, and returns the URL the provider sends
 * the browser back to (the application's callback, with code and state), without opening it.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader(jar) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const location = response.headers.get("location");
    if (location !== null) {
      url = new URL(location, url).href;
      init = {};
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || action === undefined) throw new Error(`signInAtProvider: unexpected ${response.status} at ${url}: ${html.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, "&"), url).href;
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ prompt: "login", login, password: "any" }).toString(),
    };
  }
  throw new Error("signInAtProvider: too many redirects");
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
