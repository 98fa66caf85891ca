import type { InvitationEndReason, InvitationState, UserStatus } from "@afrapport/schema/api";
import type { UserInvitationRow, UserRow } from "../db/tables.js";
import { formatDanishDeadline, oneLine } from "../mail/mail-templates.js";

/** How long a set-password link works: long enough for a week away, short enough that an old mail is no key. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

/** The public page where an invited person chooses a password; the front end serves /adgangskode/:token. */
export function setPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, "")}/adgangskode/${token}`;
}

export function invitationExpiry(now: Date): string {
  return new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString();
}

/** Whether an invitation can still be used; a reason when not. Disabled accounts count as ended too. */
export function invitationEnd(
  invitation: Pick<UserInvitationRow, "used_at" | "revoked_at" | "expires_at">,
  user: Pick<UserRow, "disabled_at" | "password_hash">,
  now: Date,
): InvitationEndReason | null {
  if (user.disabled_at !== null) return "disabled";
  // A newer invitation replaced it, or the password was chosen some other way: either way this link is spent.
  if (invitation.used_at !== null || invitation.revoked_at !== null || user.password_hash !== "") return "used";
  if (invitation.expires_at <= now.toISOString()) return "expired";
  return null;
}

/**
 * A user's status as the admin reads it: disabled; invited while there is no password and an invitation is open
 * (one that ran out still counts – the admin resends it); otherwise active (a password, or sign-in by SSO).
 */
export function userStatus(user: Pick<UserRow, "disabled_at" | "password_hash">, openInvitation: Pick<UserInvitationRow, "id"> | undefined): UserStatus {
  if (user.disabled_at !== null) return "disabled";
  if (user.password_hash === "" && openInvitation !== undefined) return "invited";
  return "active";
}

export function invitationState(invitation: Pick<UserInvitationRow, "expires_at" | "sent_at"> | undefined, now: Date): InvitationState | null {
  if (invitation === undefined) return null;
  return { expiresAt: invitation.expires_at, sentAt: invitation.sent_at, expired: invitation.expires_at <= now.toISOString() };
}

export interface InvitationMailContext {
  name: string;
  email: string;
  /** who invited, by name */
  inviterName: string;
  /** what the account is for, e.g. "referencegruppen, Region Midtjylland" */
  roleText: string;
  expiresAt: string;
  link: string;
}

/** The invitation mail, in Danish with an English summary below; plain text, the link on a line of its own. */
export function invitationMailText(context: InvitationMailContext): { subject: string; body: string } {
  const name = oneLine(context.name);
  const inviter = oneLine(context.inviterName);
  const expires = formatDanishDeadline(context.expiresAt);
  const body = [
    `Kære ${name}`,
    "",
    `${inviter} har oprettet dig som bruger af Afrapport (${oneLine(context.roleText)}).`,
    "",
    "Vælg din adgangskode her, så er du logget ind:",
    context.link,
    "",
    `Linket virker én gang og udløber ${expires}. Din e-mailadresse til at logge ind er ${context.email}.`,
    "Har du ikke ventet denne e-mail, kan du se bort fra den.",
    "",
    "---",
    "",
    `${inviter} has created an Afrapport account for you. Choose your password with the link above; it works once and expires ${context.expiresAt.slice(0, 10)}.`,
  ].join("\n");
  return { subject: "Du er inviteret til Afrapport – vælg din adgangskode", body };
}
