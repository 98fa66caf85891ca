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

/** A new user, as the admin API and the command line take it. */
export const NewUserSchema = z
  .strictObject({
    email: EmailSchema,
    name: z.string().trim().min(1, "must not be empty").max(200),
    role: UserRoleSchema,
    regionCode: RegionCodeSchema.nullable().optional(),
    password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
  })
  .superRefine(regionRule);
export type NewUser = z.infer<typeof NewUserSchema>;

/** A change by an admin: role, region, name, or disabling (`disabled: true`) and enabling again. */
export const UserChangeSchema = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty").max(200).optional(),
    role: UserRoleSchema.optional(),
    regionCode: RegionCodeSchema.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "name at least one field to change" });
export type UserChangeInput = z.infer<typeof UserChangeSchema>;

/** A user as the admin sees them. */
export const PublicUserSchema = SessionUserSchema.extend({ createdAt: z.string(), disabled: z.boolean() });
export type PublicUser = z.infer<typeof PublicUserSchema>;
const PublicUserBody = z.object({ user: PublicUserSchema });

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
};
