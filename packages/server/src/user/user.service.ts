import { randomUUID } from "node:crypto";
import type { NewUser, PublicUser, UserChangeInput } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import type { SessionUser } from "../auth/current-user.js";
import { hashPassword } from "../auth/password.js";
import { endSessionsOfUser } from "../auth/session.js";
import type { Database, UserInvitationRow, UserRow } from "../db/tables.js";
import { openInvitations } from "./user-invitation.repository.js";
import { invitationState, userStatus } from "./user-invitation.js";
import { findUserByEmail, findUserById, insertUser, listUserRows, updateUser, usersWithSignInIdentity, type UserChange } from "./user.repository.js";

export function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, regionCode: row.region_code };
}

/** A user as the admin sees them, with their open invitation (if any); never the password hash. */
export function toPublicUser(row: UserRow, openInvitation: UserInvitationRow | undefined, now: Date, sso = false): PublicUser {
  const status = userStatus(row, openInvitation);
  return {
    ...toSessionUser(row),
    createdAt: row.created_at,
    disabled: row.disabled_at !== null,
    organisation: row.organisation,
    status,
    hasPassword: row.password_hash !== "",
    sso,
    invitation: status === "invited" ? invitationState(openInvitation, now) : null,
  };
}

async function publicUser(db: Kysely<Database>, row: UserRow, now: Date): Promise<PublicUser> {
  return toPublicUser(row, (await openInvitations(db, [row.id])).get(row.id), now, (await usersWithSignInIdentity(db, [row.id])).has(row.id));
}

/** The user with this email (already trimmed and lower-cased), with its password hash, for the login check. */
export async function userForLogin(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return findUserByEmail(db, email);
}

/** The user with this id as a session knows it, or undefined. */
export async function sessionUserById(db: Kysely<Database>, id: string): Promise<SessionUser | undefined> {
  const row = await findUserById(db, id);
  return row === undefined ? undefined : toSessionUser(row);
}

export type UserError =
  | { code: "email_taken"; field: "email" }
  | { code: "not_found" }
  | { code: "region_required"; field: "regionCode" }
  | { code: "self_lockout"; field: "role" | "disabled" };

export type UserResult = { ok: true; user: PublicUser } | { ok: false; error: UserError };

/** Creates a user (input already parsed with NewUserSchema) and records it in the audit log. */
export async function createUser(db: Kysely<Database>, input: NewUser, actor: string, now: Date): Promise<UserResult> {
  if ((await findUserByEmail(db, input.email)) !== undefined) return { ok: false, error: { code: "email_taken", field: "email" } };
  const row: UserRow = {
    id: randomUUID(),
    email: input.email,
    name: input.name,
    password_hash: await hashPassword(input.password),
    role: input.role,
    region_code: input.regionCode ?? null,
    organisation: input.organisation ?? null,
    created_at: now.toISOString(),
    disabled_at: null,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await insertUser(trx, row);
      await recordAudit(
        trx,
        { actor, action: "user.created", subjectType: "user", subjectId: row.id, details: { email: row.email, role: row.role, regionCode: row.region_code } },
        now,
      );
    });
  } catch (error) {
    // Two requests for one email at once: the unique index decides, and the loser hears the same as above.
    if ((await findUserByEmail(db, input.email)) !== undefined) return { ok: false, error: { code: "email_taken", field: "email" } };
    throw error;
  }
  return { ok: true, user: toPublicUser(row, undefined, now) };
}

export async function listUsers(db: Kysely<Database>, now: Date = new Date()): Promise<PublicUser[]> {
  const invitations = await openInvitations(db);
  const sso = await usersWithSignInIdentity(db);
  return (await listUserRows(db)).map((row) => toPublicUser(row, invitations.get(row.id), now, sso.has(row.id)));
}

/**
 * Changes a user. Disabling, or changing role or region, ends the user's sessions so the change applies at
 * once. An admin cannot disable or demote themselves (someone must be left to undo it).
 */
export async function changeUser(db: Kysely<Database>, id: string, input: UserChangeInput, actor: string, now: Date): Promise<UserResult> {
  const existing = await findUserById(db, id);
  if (existing === undefined) return { ok: false, error: { code: "not_found" } };
  if (id === actor && input.disabled === true) return { ok: false, error: { code: "self_lockout", field: "disabled" } };
  if (id === actor && input.role !== undefined && input.role !== "admin") return { ok: false, error: { code: "self_lockout", field: "role" } };

  const role = input.role ?? existing.role;
  const regionCode = input.regionCode !== undefined ? input.regionCode : existing.region_code;
  if (role === "secretariat" && regionCode === null) return { ok: false, error: { code: "region_required", field: "regionCode" } };

  const change: UserChange = {};
  if (input.name !== undefined && input.name !== existing.name) change.name = input.name;
  if (input.organisation !== undefined && input.organisation !== existing.organisation) change.organisation = input.organisation;
  if (role !== existing.role) change.role = role;
  if (regionCode !== existing.region_code) change.region_code = regionCode;
  if (input.disabled !== undefined && input.disabled !== (existing.disabled_at !== null)) {
    change.disabled_at = input.disabled ? now.toISOString() : null;
  }
  if (Object.keys(change).length === 0) return { ok: true, user: await publicUser(db, existing, now) };

  const updated: UserRow = { ...existing, ...change };
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, id, change);
    if (change.role !== undefined || change.region_code !== undefined || change.disabled_at) await endSessionsOfUser(trx, id);
    await recordAudit(
      trx,
      {
        actor,
        action: "user.changed",
        subjectType: "user",
        subjectId: id,
        details: {
          email: existing.email,
          ...(change.name !== undefined ? { name: { from: existing.name, to: change.name } } : {}),
          ...(change.organisation !== undefined ? { organisation: { from: existing.organisation, to: change.organisation } } : {}),
          ...(change.role !== undefined ? { role: { from: existing.role, to: change.role } } : {}),
          ...(change.region_code !== undefined ? { regionCode: { from: existing.region_code, to: change.region_code } } : {}),
          ...(change.disabled_at !== undefined ? { disabled: change.disabled_at !== null } : {}),
        },
      },
      now,
    );
  });
  return { ok: true, user: await publicUser(db, updated, now) };
}
