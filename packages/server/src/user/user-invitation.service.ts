import { randomUUID } from "node:crypto";
import { findRegion } from "@afrapport/schema";
import type { InvitationEndReason, Invitation, InviteUserInput, IssuedInvitation, PublicUser, SessionUser, UserRole } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import { hashPassword } from "../auth/password.js";
import { createSession, type CreatedSession } from "../auth/session.js";
import type { Config } from "../config.js";
import type { Database, UserInvitationRow, UserRow } from "../db/tables.js";
import { generateToken, hashToken, isWellFormedToken } from "../invite/invite-token.js";
import { sealToken } from "../invite/sealed-link.js";
import { LINK_PLACEHOLDER } from "../outbox/outbox-body.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { findInvitationByTokenHash, insertInvitation, markInvitationUsed, openInvitations, revokeOpenInvitations } from "./user-invitation.repository.js";
import { invitationEnd, invitationExpiry, invitationMailText, setPasswordUrl } from "./user-invitation.js";
import { findUserByEmail, findUserById, insertUser, setPasswordHash } from "./user.repository.js";
import { toPublicUser, toSessionUser } from "./user.service.js";

/** What a waiting invitation mail's sealed link is bound to, so the sealed text opens on no other row. */
export const invitationSealBinding = (invitationId: string) => `user-invitation:${invitationId}`;

const roleWords: Record<UserRole, string> = {
  admin: "administrator",
  secretariat: "sekretariat",
  reviewer: "referencegruppe",
  national: "national oversigt",
};

function roleText(user: Pick<UserRow, "role" | "region_code" | "organisation">): string {
  const region = user.region_code === null ? undefined : findRegion(user.region_code)?.name.da;
  return [roleWords[user.role], region, user.organisation].filter((part) => part !== undefined && part !== null).join(", ");
}

/**
 * Issues an invitation for a user without a password: any earlier open one stops working, a new token is made, only
 * its hash is stored, and the mail with the link waits sealed for sending (user-invitation-mail.ts). Run it inside
 * a transaction. The link is returned this once, for the person who invited to pass on when no mail goes out.
 */
export async function issueInvitation(trx: Kysely<Database>, user: UserRow, actor: SessionUser, links: MailLinks, now: Date): Promise<IssuedInvitation> {
  const at = now.toISOString();
  await revokeOpenInvitations(trx, user.id, at);
  const token = generateToken();
  const id = randomUUID();
  const expiresAt = invitationExpiry(now);
  const mail = invitationMailText({ name: user.name, email: user.email, inviterName: actor.name, roleText: roleText(user), expiresAt, link: LINK_PLACEHOLDER });
  const row: UserInvitationRow = {
    id,
    user_id: user.id,
    token_hash: hashToken(token),
    created_by: actor.id,
    created_at: at,
    expires_at: expiresAt,
    used_at: null,
    revoked_at: null,
    recipient: user.email,
    subject: mail.subject,
    body: mail.body,
    link_sealed: sealToken(links.linkKey, token, invitationSealBinding(id)),
    scheduled_for: at,
    sent_at: null,
    attempts: 0,
    error: null,
  };
  await insertInvitation(trx, row);
  await recordAudit(
    trx,
    { actor: actor.id, action: "user.invited", subjectType: "user", subjectId: user.id, details: { email: user.email, invitationId: id, expiresAt } },
    now,
  );
  return { url: setPasswordUrl(links.publicUrl, token), expiresAt, recipient: user.email };
}

/** A new user row for an invitation: no password until the person chooses one ("" never signs in). */
export function invitedUserRow(input: { email: string; name: string; role: UserRole; regionCode: string | null; organisation: string | null }, now: Date): UserRow {
  return {
    id: randomUUID(),
    email: input.email,
    name: input.name,
    password_hash: "",
    role: input.role,
    region_code: input.regionCode,
    organisation: input.organisation,
    created_at: now.toISOString(),
    disabled_at: null,
  };
}

/** Inserts an invited user and their invitation, with the audit entry for the account. Inside a transaction. */
export async function createInvitedUser(trx: Kysely<Database>, row: UserRow, actor: SessionUser, links: MailLinks, now: Date): Promise<IssuedInvitation> {
  await insertUser(trx, row);
  await recordAudit(
    trx,
    {
      actor: actor.id,
      action: "user.created",
      subjectType: "user",
      subjectId: row.id,
      details: { email: row.email, role: row.role, regionCode: row.region_code, organisation: row.organisation, invited: true },
    },
    now,
  );
  return issueInvitation(trx, row, actor, links, now);
}

export type InviteResult = { ok: true; user: PublicUser; invitation: IssuedInvitation } | { ok: false; error: "email_taken" };

/** An admin's invitation: a new account without a password, and the mail with its set-password link. */
export async function inviteUser(db: Kysely<Database>, links: MailLinks, input: InviteUserInput, actor: SessionUser, now: Date): Promise<InviteResult> {
  if ((await findUserByEmail(db, input.email)) !== undefined) return { ok: false, error: "email_taken" };
  const row = invitedUserRow({ email: input.email, name: input.name, role: input.role, regionCode: input.regionCode ?? null, organisation: input.organisation ?? null }, now);
  let invitation: IssuedInvitation;
  try {
    invitation = await db.transaction().execute((trx) => createInvitedUser(trx, row, actor, links, now));
  } catch (error) {
    // Two invitations of one email at once: the unique index decides, and the loser hears the same as above.
    if ((await findUserByEmail(db, input.email)) !== undefined) return { ok: false, error: "email_taken" };
    throw error;
  }
  const open = (await openInvitations(db, [row.id])).get(row.id);
  return { ok: true, user: toPublicUser(row, open, now), invitation };
}

export type ResendResult =
  | { ok: true; user: PublicUser; invitation: IssuedInvitation }
  | { ok: false; error: "not_found" | "has_password" | "disabled" };

/** A new invitation for a user who has not chosen a password; the earlier links stop working. */
export async function resendInvitation(db: Kysely<Database>, links: MailLinks, userId: string, actor: SessionUser, now: Date): Promise<ResendResult> {
  const user = await findUserById(db, userId);
  if (user === undefined) return { ok: false, error: "not_found" };
  if (user.disabled_at !== null) return { ok: false, error: "disabled" };
  if (user.password_hash !== "") return { ok: false, error: "has_password" };
  const invitation = await db.transaction().execute((trx) => issueInvitation(trx, user, actor, links, now));
  const open = (await openInvitations(db, [user.id])).get(user.id);
  return { ok: true, user: toPublicUser(user, open, now), invitation };
}

export type InvitationLookup =
  | { ok: true; invitation: UserInvitationRow; user: UserRow }
  | { ok: false; error: "unknown" }
  | { ok: false; error: "ended"; reason: InvitationEndReason };

async function lookUp(db: Kysely<Database>, token: string, now: Date): Promise<InvitationLookup> {
  if (!isWellFormedToken(token)) return { ok: false, error: "unknown" };
  const invitation = await findInvitationByTokenHash(db, hashToken(token));
  const user = invitation === undefined ? undefined : await findUserById(db, invitation.user_id);
  if (invitation === undefined || user === undefined) return { ok: false, error: "unknown" };
  const reason = invitationEnd(invitation, user, now);
  return reason === null ? { ok: true, invitation, user } : { ok: false, error: "ended", reason };
}

export async function showInvitation(db: Kysely<Database>, token: string, now: Date): Promise<{ ok: true; invitation: Invitation } | Exclude<InvitationLookup, { ok: true }>> {
  const found = await lookUp(db, token, now);
  if (!found.ok) return found;
  return { ok: true, invitation: { email: found.user.email, name: found.user.name, expiresAt: found.invitation.expires_at } };
}

export type AcceptResult = { ok: true; user: SessionUser; session: CreatedSession } | Exclude<InvitationLookup, { ok: true }>;

/**
 * Sets the password chosen through an invitation (already checked against the password rule) and signs the person
 * in. The invitation is marked used and the password set only while both are still as they were, in one
 * transaction – two tabs sending the form at once get one success and one "used".
 */
export async function acceptInvitation(db: Kysely<Database>, config: Config, token: string, password: string, now: Date): Promise<AcceptResult> {
  const found = await lookUp(db, token, now);
  if (!found.ok) return found;
  const passwordHash = await hashPassword(password);
  const at = now.toISOString();
  const accepted = await db.transaction().execute(async (trx) => {
    if (!(await markInvitationUsed(trx, found.invitation.id, at))) return false;
    if (!(await setPasswordHash(trx, found.user.id, passwordHash))) return false;
    await revokeOpenInvitations(trx, found.user.id, at);
    await recordAudit(
      trx,
      { actor: found.user.id, action: "user.password_set", subjectType: "user", subjectId: found.user.id, details: { email: found.user.email, invitationId: found.invitation.id } },
      now,
    );
    return true;
  });
  if (!accepted) return { ok: false, error: "ended", reason: "used" };
  const session = await createSession(db, found.user.id, config, now);
  await recordAudit(db, { actor: found.user.id, action: "auth.login", subjectType: "user", subjectId: found.user.id, details: { email: found.user.email, via: "invitation" } }, now);
  return { ok: true, user: toSessionUser(found.user), session };
}
