import { oidcApi, SSO_ERROR_PARAM, type SsoErrorCode } from "@afrapport/schema/api";
import { Router, type Request, type Response } from "express";
import type { ResolvedAppDeps } from "../../app-deps.js";
import { HttpError } from "../../http/http-error.js";
import { mountRoute } from "../../http/route.js";
import { endSession, readCookie, setSessionCookie } from "../session.js";
import { readSignInClaims } from "./oidc-claims.js";
import { OidcProviderClient } from "./oidc-client.js";
import type { OidcConfig } from "./oidc-config.js";
import { classifyOidcError } from "./oidc-error.js";
import { recordSsoFailure, signInWithProvider } from "./oidc-sign-in.service.js";
import { openPendingSignIn, PENDING_COOKIE, PENDING_LIFETIME_MS, safeWorkspaceReturn, sealPendingSignIn } from "./pending-sign-in.js";

const LOGIN_PATH = "/sekretariat/log-ind";
const COOKIE_PATH = "/api/auth/oidc";

/**
 * Signing in with the organisation's account (OpenID Connect, authorization code with PKCE). Start redirects to the
 * provider with the verifier, state and nonce sealed in a ten-minute cookie; the callback has openid-client exchange
 * the code and check the ID token, then signs the person in exactly as a password sign-in does (session cookie,
 * CSRF token from GET /api/auth/me, audit entry). Every failure goes back to the sign-in page with ?sso-fejl=<code>
 * and no session. Without AFRAPPORT_OIDC_ISSUER the SSO routes answer 404 and `methods` says so.
 */
export function oidcRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();
  const providers = new WeakMap<OidcConfig, OidcProviderClient>();
  const provider = (): OidcProviderClient => {
    const oidc = deps.config.oidc;
    if (oidc === undefined) throw new HttpError("not_found", "Single sign-on is not configured here (AFRAPPORT_OIDC_ISSUER is not set).");
    let found = providers.get(oidc);
    if (found === undefined) {
      found = new OidcProviderClient(oidc, deps.config.publicUrl);
      providers.set(oidc, found);
    }
    return found;
  };

  mountRoute(router, oidcApi.methods, () => {
    const oidc = deps.config.oidc;
    return {
      status: 200,
      body: {
        password: true,
        sso: oidc === undefined ? null : { displayName: oidc.displayName, startPath: oidcApi.start.path, logoutPath: oidcApi.logout.path },
      },
    };
  });

  mountRoute(router, oidcApi.start, async ({ query }, req, res) => {
    const client = provider();
    const returnTo = safeWorkspaceReturn(query.tilbage);
    let start;
    try {
      start = await client.startAuthorization();
    } catch (error) {
      // Discovery is the only call here: whatever went wrong, the provider cannot be used now.
      if (classifyOidcError(error) === undefined) throw error;
      await recordSsoFailure(deps.db, { reason: "provider_unavailable", issuer: client.oidc.issuer, ip: ipOf(req), detail: describe(error) }, deps.now());
      return backToLogin(res, "provider_unavailable", returnTo);
    }
    const sealed = sealPendingSignIn(deps.config.linkKey, {
      state: start.state,
      nonce: start.nonce,
      codeVerifier: start.codeVerifier,
      returnTo,
      expiresAt: deps.now().getTime() + PENDING_LIFETIME_MS,
    });
    // SameSite=Lax: the provider sends the browser back with a top-level GET, which Lax cookies go along with.
    res.cookie(PENDING_COOKIE, sealed, { httpOnly: true, sameSite: "lax", secure: isSecure(req, deps.config.publicUrl), path: COOKIE_PATH, maxAge: PENDING_LIFETIME_MS });
    res.redirect(302, start.url.href);
  });

  mountRoute(router, oidcApi.callback, async ({ query }, req, res) => {
    const client = provider();
    const now = deps.now();
    const ip = ipOf(req);
    const pending = openPendingSignIn(deps.config.linkKey, readCookie(req, PENDING_COOKIE), now);
    res.clearCookie(PENDING_COOKIE, { httpOnly: true, sameSite: "lax", secure: isSecure(req, deps.config.publicUrl), path: COOKIE_PATH });
    const fail = async (reason: SsoErrorCode, detail?: string) => {
      await recordSsoFailure(deps.db, { reason, issuer: client.oidc.issuer, ip, ...(detail === undefined ? {} : { detail }) }, now);
      backToLogin(res, reason, pending?.returnTo);
    };
    if (pending === undefined) return fail("state", "no pending sign-in in this browser, or it expired");
    if (query.state !== pending.state) return fail("state", "the state does not match the one this browser was sent with");

    let idClaims;
    try {
      idClaims = await client.exchangeCode(new URL(req.originalUrl, "http://callback.invalid").searchParams, pending);
    } catch (error) {
      const reason = classifyOidcError(error);
      if (reason === undefined) throw error;
      return fail(reason, describe(error));
    }

    const result = await signInWithProvider(deps, client.oidc, { claims: readSignInClaims(idClaims, client.oidc), ip }, now);
    if (!result.ok) return backToLogin(res, result.error, pending.returnTo);
    // A new session on every sign-in (against session fixation); any earlier one of this browser ends.
    const previous = res.locals.session;
    if (previous !== undefined) await endSession(deps.db, previous);
    setSessionCookie(req, res, deps.config, result.session.value);
    res.redirect(302, pending.returnTo);
  });

  mountRoute(router, oidcApi.logout, async (_input, _req, res) => {
    const client = provider();
    let target: URL | undefined;
    try {
      target = await client.endSessionUrl(`${deps.config.publicUrl}${LOGIN_PATH}`);
    } catch (error) {
      if (classifyOidcError(error) === undefined) throw error;
    }
    res.redirect(302, target?.href ?? LOGIN_PATH);
  });

  return router;
}

function backToLogin(res: Response, code: SsoErrorCode, returnTo?: string): void {
  const search = new URLSearchParams({ [SSO_ERROR_PARAM]: code });
  if (returnTo !== undefined && returnTo !== safeWorkspaceReturn(undefined)) search.set("tilbage", returnTo);
  res.redirect(302, `${LOGIN_PATH}?${search.toString()}`);
}

function ipOf(req: Request): string {
  return req.ip ?? "unknown";
}

function isSecure(req: Request, publicUrl: string): boolean {
  return publicUrl.startsWith("https:") || req.secure;
}

/** For the audit log: the error's message and the provider's error code, never a token. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const providerError = (error as { error?: unknown }).error;
  const message = typeof providerError === "string" ? `${providerError}: ${error.message}` : error.message;
  return error.cause instanceof Error && error.cause.message !== error.message ? `${message} (${error.cause.message})` : message;
}
