import { createHash, randomBytes } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { Database } from "../db/tables.js";
import type { RequestSession } from "./current-user.js";
import { deleteExpiredSessions, deleteSession, deleteSessionsOfUser, findSessionWithUser, insertSession, touchSession } from "./session.repository.js";

/**
 * Sessions: the cookie holds 256 random bits; the database holds only their sha256, so a leaked database or
 * backup cannot be turned into a signed-in cookie. The cookie is HttpOnly, SameSite=Lax, Path=/, Secure when the
 * service is reached over https, and lives as long as the session (Max-Age), so closing the browser does not sign
 * out; the server still decides when a session ends.
 *
 * - Idle expiry (sliding): a session ends `config.sessionTtlHours` after its last request; each request moves
 *   expires_at (written at most once a minute, so reads do not all become writes), and each such write sends the
 *   cookie again with the Max-Age that is left.
 * - Absolute expiry: however active, a session ends ABSOLUTE_LIFETIME_MS after sign-in (or the idle TTL if longer).
 * - A disabled user's sessions stop working at once (the user row is joined on every lookup).
 */
export const SESSION_COOKIE = "afrapport_session";
export const ABSOLUTE_LIFETIME_MS = 7 * 24 * 3600 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;
const SESSION_VALUE = /^[A-Za-z0-9_-]{43}$/;

export function hashSessionValue(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export interface CreatedSession {
  /** Goes into the cookie; never stored. */
  value: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(db: Kysely<Database>, userId: string, config: Config, now: Date): Promise<CreatedSession> {
  const value = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ttlMs(config)).toISOString();
  await insertSession(db, { idHash: hashSessionValue(value), userId, csrfToken, createdAt: now.toISOString(), expiresAt });
  return { value, csrfToken, expiresAt };
}

export async function endSession(db: Kysely<Database>, session: RequestSession): Promise<void> {
  await deleteSession(db, session.idHash);
}

/** Ends every session of a user (when the user is disabled or changes role or region), so the change applies at once. */
export async function endSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
}

/** Deletes the sessions that expired by `now` (housekeeping: an expired session is refused anyway). */
export async function endExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await deleteExpiredSessions(db, now.toISOString());
}

/** Reads the session cookie; on a valid session sets `res.locals.session`. Never refuses a request itself. */
export function sessionMiddleware(deps: { db: Kysely<Database>; config: Config; now: () => Date }): RequestHandler {
  return async (req, res, next) => {
    const value = readCookie(req, SESSION_COOKIE);
    if (value === undefined || !SESSION_VALUE.test(value)) return next();
    const idHash = hashSessionValue(value);
    const found = await findSessionWithUser(deps.db, idHash);
    if (found === undefined) return next();
    const now = deps.now();
    const absoluteEnd = Date.parse(found.createdAt) + Math.max(ABSOLUTE_LIFETIME_MS, ttlMs(deps.config));
    if (Date.parse(found.expiresAt) <= now.getTime() || absoluteEnd <= now.getTime() || found.user.disabledAt !== null) {
      await deleteSession(deps.db, idHash);
      return next();
    }
    if (now.getTime() - Date.parse(found.lastSeenAt) >= TOUCH_INTERVAL_MS) {
      const expiresAt = new Date(now.getTime() + ttlMs(deps.config)).toISOString();
      await touchSession(deps.db, idHash, now.toISOString(), expiresAt);
      setSessionCookie(req, res, deps.config, value, Math.min(ttlMs(deps.config), absoluteEnd - now.getTime()));
    }
    const { disabledAt: _disabled, ...user } = found.user;
    res.locals.session = { idHash, csrfToken: found.csrfToken, user };
    next();
  };
}

/**
 * Sets the session cookie to live `lifetimeMs` (the idle TTL on sign-in; what is left of it when the session slides),
 * replacing one set earlier in the same response.
 */
export function setSessionCookie(req: Request, res: Response, config: Config, value: string, lifetimeMs: number = ttlMs(config)): void {
  dropSessionCookie(res);
  res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure(req, config), maxAge: lifetimeMs });
}

/** Tells the browser to forget the session cookie (Max-Age=0), replacing a renewal set earlier in the same response. */
export function clearSessionCookie(req: Request, res: Response, config: Config): void {
  dropSessionCookie(res);
  res.cookie(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", path: "/", secure: isSecure(req, config), maxAge: 0 });
}

/** Removes a session cookie already set on this response (by the session middleware's renewal). */
function dropSessionCookie(res: Response): void {
  const current = res.getHeader("Set-Cookie");
  if (current === undefined) return;
  const others = (Array.isArray(current) ? current : [String(current)]).filter((line) => !line.startsWith(`${SESSION_COOKIE}=`));
  if (others.length === 0) res.removeHeader("Set-Cookie");
  else res.setHeader("Set-Cookie", others);
}

function isSecure(req: Request, config: Config): boolean {
  return config.publicUrl.startsWith("https:") || req.secure;
}

function ttlMs(config: Config): number {
  return config.sessionTtlHours * 3600 * 1000;
}

/** The first cookie of that name in the Cookie header (no cookie-parser needed for one cookie). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
