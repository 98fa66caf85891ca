import { z } from "zod";
import { RegionCodeSchema } from "../region.js";
import { SessionUserSchema } from "./auth.api.js";
import { defineRoute } from "./define-route.js";
import { IdSchema, responses, UserRoleSchema, type UserRole } from "./common.js";

// User management, for admins only. A user is never shown with their password hash.

export const MIN_PASSWORD_LENGTH = 12;

/** Emails are compared and stored lower-case. */
const EmailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "must be an email address" }).max(320));

const regionRule = (value: { role?: UserRole | undefined; regionCode?: string | null | undefined }, ctx: z.RefinementCtx) => {
  if (value.role === "secretariat" && (value.regionCode === undefined || value.regionCode === null)) {
    ctx.addIssue({ code: "custom", path: ["regionCode"], message: "a secretariat user needs a region code (1081–1085)" });
  }
};

/** The rule for every password a person chooses: the command line, the admin API and the set-password page. */
export const PasswordSchema = z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024);

/** The organisation a user works for ("Aarhus Kommune", "Region Midtjylland"); empty means none. */
export const OrganisationSchema = z
  .string()
  .trim()
  .max(200)
  .transform((value) => (value === "" ? null : value))
  .nullable();

/** A new user, as the admin API and the command line take it. */
export const NewUserSchema = z
  .strictObject({
    email: EmailSchema,
    name: z.string().trim().min(1, "must not be empty").max(200),
    role: UserRoleSchema,
    regionCode: RegionCodeSchema.nullable().optional(),
    organisation: OrganisationSchema.optional(),
    password: PasswordSchema,
  })
  .superRefine(regionRule);
export type NewUser = z.infer<typeof NewUserSchema>;

/** A person an admin invites by e-mail: they choose their own password through the link in the mail. */
export const InviteUserSchema = z
  .strictObject({
    email: EmailSchema,
    name: z.string().trim().min(1, "must not be empty").max(200),
    role: UserRoleSchema,
    regionCode: RegionCodeSchema.nullable().optional(),
    organisation: OrganisationSchema.optional(),
  })
  .superRefine(regionRule);
export type InviteUserInput = z.infer<typeof InviteUserSchema>;

/** A change by an admin: role, region, name, or disabling (`disabled: true`) and enabling again. */
export const UserChangeSchema = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty").max(200).optional(),
    role: UserRoleSchema.optional(),
    regionCode: RegionCodeSchema.nullable().optional(),
    organisation: OrganisationSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" });
export type UserChangeInput = z.infer<typeof UserChangeSchema>;

/** active: can sign in; invited: has not chosen a password yet (the invitation is open); disabled: kept out. */
export const userStatuses = ["active", "invited", "disabled"] as const;
export const UserStatusSchema = z.enum(userStatuses);
export type UserStatus = z.infer<typeof UserStatusSchema>;

/** The user's latest open invitation: when it runs out, and when its mail went (null: not sent yet). */
export const InvitationStateSchema = z.object({ expiresAt: z.string(), sentAt: z.string().nullable(), expired: z.boolean() });
export type InvitationState = z.infer<typeof InvitationStateSchema>;

/** A user as the admin sees them. `hasPassword` and `sso`: whether they sign in with a password, with their organisation's account. */
export const PublicUserSchema = SessionUserSchema.extend({
  createdAt: z.string(),
  disabled: z.boolean(),
  organisation: z.string().nullable(),
  status: UserStatusSchema,
  hasPassword: z.boolean(),
  sso: z.boolean(),
  invitation: InvitationStateSchema.nullable(),
});
export type PublicUser = z.infer<typeof PublicUserSchema>;
const PublicUserBody = z.object({ user: PublicUserSchema });

/**
 * An invitation just made: its set-password link, shown this once to whoever made it (to pass on by hand when no
 * mail server is set up) – the database keeps only its hash, and the waiting mail's copy sealed.
 */
export const IssuedInvitationSchema = z.object({ url: z.string(), expiresAt: z.string(), recipient: z.string() });
export type IssuedInvitation = z.infer<typeof IssuedInvitationSchema>;
const InvitedUserBody = z.object({ user: PublicUserSchema, invitation: IssuedInvitationSchema });

export const UserIdParamsSchema = z.strictObject({ id: IdSchema });

const notAdmin = { description: "Not an admin" };

export const userApi = {
  list: defineRoute({
    method: "get",
    path: "/api/users",
    summary: "List users",
    tags: ["users"],
    auth: "session",
    responses: { 200: { description: "Every user, by email", schema: z.object({ users: z.array(PublicUserSchema) }) }, 403: notAdmin },
  }),
  create: defineRoute({
    method: "post",
    path: "/api/users",
    summary: "Create a user",
    tags: ["users"],
    auth: "session",
    body: NewUserSchema,
    responses: {
      201: { description: "Created", schema: PublicUserBody },
      400: responses.invalid,
      409: { description: "The email is taken" },
    },
  }),
  change: defineRoute({
    method: "patch",
    path: "/api/users/:id",
    summary: "Change a user's name, role or region, or disable/enable the account",
    tags: ["users"],
    auth: "session",
    params: UserIdParamsSchema,
    body: UserChangeSchema,
    responses: {
      200: { description: "Changed", schema: PublicUserBody },
      400: responses.invalid,
      404: { description: "No such user" },
      409: { description: "An admin cannot disable or demote themselves" },
    },
  }),
  invite: defineRoute({
    method: "post",
    path: "/api/users/invitations",
    summary: "Invite a user by e-mail: the account is made without a password and a set-password link is mailed",
    tags: ["users"],
    auth: "session",
    body: InviteUserSchema,
    responses: {
      201: { description: "Invited; the link is in the response this once", schema: InvitedUserBody },
      400: responses.invalid,
      403: notAdmin,
      409: { description: "The email is taken" },
    },
  }),
  resendInvitation: defineRoute({
    method: "post",
    path: "/api/users/:id/invitation",
    summary: "Send a new invitation; the user's earlier links stop working",
    tags: ["users"],
    auth: "session",
    params: UserIdParamsSchema,
    responses: {
      201: { description: "A new invitation", schema: InvitedUserBody },
      403: notAdmin,
      404: { description: "No such user" },
      409: { description: "The user already has a password, or is disabled" },
    },
  }),
};
