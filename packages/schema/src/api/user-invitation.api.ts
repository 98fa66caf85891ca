import { z } from "zod";
import { SignedInSchema } from "./auth.api.js";
import { defineRoute } from "./define-route.js";
import { PasswordSchema } from "./user.api.js";

// The set-password link of an invitation, opened without signing in: the token in the URL is the authorisation.

/** Why an invitation no longer works; the page says it in the reader's language. */
export const invitationEndReasons = ["expired", "used", "disabled"] as const;
export const InvitationEndReasonSchema = z.enum(invitationEndReasons);
export type InvitationEndReason = z.infer<typeof InvitationEndReasonSchema>;

export const InvitationTokenParamsSchema = z.strictObject({ token: z.string().min(1).max(200) });

export const InvitationSchema = z.object({ email: z.string(), name: z.string(), expiresAt: z.string() });
export type Invitation = z.infer<typeof InvitationSchema>;

export const SetPasswordSchema = z.strictObject({ password: PasswordSchema });
export type SetPasswordInput = z.infer<typeof SetPasswordSchema>;

const unknownLink = { description: "link_invalid: no such invitation" };
const endedLink = {
  description: "link_revoked: the invitation ran out, was used, was replaced by a newer one or the account is disabled; `reason` says which",
  schema: z.looseObject({ reason: InvitationEndReasonSchema }),
};

export const userInvitationApi = {
  show: defineRoute({
    method: "get",
    path: "/api/user-invitations/:token",
    summary: "Who an invitation is for, before they choose a password",
    tags: ["users"],
    auth: "token",
    params: InvitationTokenParamsSchema,
    responses: { 200: { description: "The invitation", schema: z.object({ invitation: InvitationSchema }) }, 404: unknownLink, 410: endedLink },
  }),
  accept: defineRoute({
    method: "post",
    path: "/api/user-invitations/:token",
    summary: "Choose a password through an invitation; signs the person in (sets the session cookie)",
    tags: ["users"],
    auth: "token",
    params: InvitationTokenParamsSchema,
    body: SetPasswordSchema,
    responses: {
      200: { description: "The password is set and the person signed in", schema: SignedInSchema },
      400: { description: "The password breaks the rule; `field` is password" },
      404: unknownLink,
      410: endedLink,
    },
  }),
};
