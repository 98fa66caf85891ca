import { openSealedToken, sealToken } from "../../invite/sealed-link.js";

/**
 * What the callback needs from the start of an SSO sign-in – the PKCE verifier, state, nonce and where to go
 * afterwards – kept in the browser as a cookie sealed with the server's key (AES-256-GCM, bound to this purpose), so
 * nothing is stored server-side and nobody can read or forge it. It lives ten minutes.
 */
export const PENDING_COOKIE = "afrapport_oidc";
export const PENDING_LIFETIME_MS = 10 * 60 * 1000;
const PURPOSE = "afrapport oidc pending sign-in";

export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

export function sealPendingSignIn(key: Buffer, pending: PendingSignIn): string {
  return sealToken(key, JSON.stringify(pending), PURPOSE);
}

/** The pending sign-in in the cookie, or undefined when it is missing, damaged, sealed with another key, or expired. */
export function openPendingSignIn(key: Buffer, sealed: string | undefined, now: Date): PendingSignIn | undefined {
  if (sealed === undefined || sealed === "") return undefined;
  const text = openSealedToken(key, sealed, PURPOSE);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPendingSignIn(value) || value.expiresAt <= now.getTime()) return undefined;
  return value;
}

function isPendingSignIn(value: unknown): value is PendingSignIn {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.state === "string" &&
    typeof v.nonce === "string" &&
    typeof v.codeVerifier === "string" &&
    typeof v.returnTo === "string" &&
    typeof v.expiresAt === "number"
  );
}

/**
 * Where a sign-in may return to: a path of the workspace, never another site (`//evil.example`, `/\evil`) – else the
 * workspace's start page.
 */
export function safeWorkspaceReturn(path: string | undefined): string {
  const fallback = "/sekretariat";
  if (path === undefined) return fallback;
  if (!/^\/(?:sekretariat|national)(?:[/?#]|$)/.test(path)) return fallback;
  if (path.includes("\\") || path.includes("//") || /[\u0000-\u001f]/.test(path)) return fallback;
  if (path.startsWith("/sekretariat/log-ind")) return fallback;
  return path;
}
