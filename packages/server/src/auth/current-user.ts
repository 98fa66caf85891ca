import type { SessionUser } from "@afrapport/schema/api";
import type { RequestHandler, Response } from "express";
import type { UserRole } from "../db/tables.js";
import { HttpError } from "../http/http-error.js";

/** The signed-in user as routes see it (the contract's shape); never carries the password hash. */
export type { SessionUser };

/** What the session middleware found for this request's cookie. */
export interface RequestSession {
  idHash: string;
  csrfToken: string;
  user: SessionUser;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** Set by the session middleware when the request carries a valid session cookie. */
      session?: RequestSession;
      /** Set by requireUser once the user passed its role check. */
      user?: SessionUser;
    }
  }
}

/**
 * Lets a request through only with a valid session (401 `unauthenticated`) of one of the given roles
 * (403 `forbidden`); no roles means any signed-in user. An admin passes every role check.
 * Sets `res.locals.user`.
 */
export function requireUser(...roles: UserRole[]): RequestHandler {
  return (_req, res, next) => {
    const session = res.locals.session;
    if (session === undefined) return next(new HttpError("unauthenticated", "Sign in to continue."));
    const { user } = session;
    if (roles.length > 0 && user.role !== "admin" && !roles.includes(user.role)) {
      return next(new HttpError("forbidden", "Your role does not allow this."));
    }
    res.locals.user = user;
    next();
  };
}

/** The user requireUser let through; throws 401 when the route forgot requireUser or no one is signed in. */
export function currentUser(res: Response): SessionUser {
  const user = res.locals.user ?? res.locals.session?.user;
  if (user === undefined) throw new HttpError("unauthenticated", "Sign in to continue.");
  return user;
}
