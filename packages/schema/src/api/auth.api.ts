import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { UserRoleSchema } from "./common.js";

// Signing in and out with email and password; the session cookie and its CSRF token.

export const LoginSchema = z.strictObject({
  email: z.string().min(1, "must not be empty").max(320),
  password: z.string().min(1, "must not be empty").max(1024),
});
export type LoginInput = z.infer<typeof LoginSchema>;

/** The signed-in user; never the password hash. */
export const SessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: UserRoleSchema,
  regionCode: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/** The user and the token every mutating request sends as X-CSRF-Token. */
export const SignedInSchema = z.object({ user: SessionUserSchema, csrfToken: z.string() });
export type SignedIn = z.infer<typeof SignedInSchema>;

export const authApi = {
  login: defineRoute({
    method: "post",
    path: "/api/auth/login",
    summary: "Sign in with email and password; sets the session cookie",
    tags: ["auth"],
    auth: "none",
    body: LoginSchema,
    responses: {
      200: { description: "Signed in", schema: SignedInSchema },
      400: { description: "The body is not {email, password}" },
      401: { description: "Wrong email or password (the same answer for both)" },
      403: { description: "foreign_origin: the Origin header names another site" },
      429: {
        description:
          "Too many failed sign-ins for this account or from this address: each one past the free ones makes the next attempt wait longer (up to 15 minutes); Retry-After and retryAfterSeconds say when to try again",
        schema: z.looseObject({ retryAfterSeconds: z.number().int().positive() }),
      },
    },
  }),
  logout: defineRoute({
    method: "post",
    path: "/api/auth/logout",
    summary: "Sign out: ends the session and clears the cookie",
    tags: ["auth"],
    auth: "session",
    responses: {
      204: { description: "Signed out (also when no one was signed in)" },
      403: { description: "foreign_origin: sent from another site's page; csrf_failed: signed in, but without the session's X-CSRF-Token" },
    },
  }),
  me: defineRoute({
    method: "get",
    path: "/api/auth/me",
    summary: "The signed-in user and the session's CSRF token",
    tags: ["auth"],
    auth: "session",
    responses: { 200: { description: "Signed in", schema: SignedInSchema } },
  }),
};
