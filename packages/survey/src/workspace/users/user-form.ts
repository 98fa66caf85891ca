import type { InviteUserInput, PublicUser, UserChangeInput, UserRole } from "@afrapport/schema/api";
import type { UsersMessages } from "./users-messages.js";

/** The invite and edit form's fields, named as the server names them in `field`. */
export type UserField = "name" | "email" | "role" | "regionCode" | "organisation";

export interface UserFormValues {
  name: string;
  email: string;
  role: UserRole;
  /** "" for none */
  regionCode: string;
  organisation: string;
}

export type UserFormProblems = Partial<Record<UserField, string>>;

export const emptyUserForm: UserFormValues = { name: "", email: "", role: "reviewer", regionCode: "", organisation: "" };

export function userFormFrom(user: PublicUser): UserFormValues {
  return { name: user.name, email: user.email, role: user.role, regionCode: user.regionCode ?? "", organisation: user.organisation ?? "" };
}

/** Only a secretariat or a reference group member belongs to a region; the form hides the choice for the others. */
export function roleHasRegion(role: UserRole): boolean {
  return role === "secretariat" || role === "reviewer";
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function check(values: UserFormValues, u: UsersMessages, withEmail: boolean): UserFormProblems {
  const problems: UserFormProblems = {};
  if (values.name.trim() === "") problems.name = u.errorNameRequired;
  if (withEmail && !EMAIL.test(values.email.trim())) problems.email = u.errorEmailInvalid;
  if (values.role === "secretariat" && values.regionCode === "") problems.regionCode = u.errorRegionRequired;
  if (values.organisation.trim().length > 200) problems.organisation = u.errorOrganisationTooLong;
  return problems;
}

const regionOf = (values: UserFormValues) => (roleHasRegion(values.role) && values.regionCode !== "" ? values.regionCode : null);

export type FormRead<T> = { ok: true; input: T } | { ok: false; problems: UserFormProblems };

/** The invitation to send, or what to fix first; the same rules as the server's, said in the reader's words. */
export function readInviteForm(values: UserFormValues, u: UsersMessages): FormRead<InviteUserInput> {
  const problems = check(values, u, true);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      email: values.email.trim().toLowerCase(),
      name: values.name.trim(),
      role: values.role,
      regionCode: regionOf(values) as InviteUserInput["regionCode"],
      organisation: values.organisation.trim() === "" ? null : values.organisation.trim(),
    },
  };
}

/** Only what changed, so saving an untouched form changes nothing (and `null` when nothing did). */
export function readEditForm(values: UserFormValues, user: PublicUser, u: UsersMessages): FormRead<UserChangeInput | null> {
  const problems = check(values, u, false);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const change: UserChangeInput = {};
  const organisation = values.organisation.trim() === "" ? null : values.organisation.trim();
  const regionCode = regionOf(values);
  if (values.name.trim() !== user.name) change.name = values.name.trim();
  if (values.role !== user.role) change.role = values.role;
  if (regionCode !== user.regionCode) change.regionCode = regionCode as UserChangeInput["regionCode"];
  if (organisation !== user.organisation) change.organisation = organisation;
  return { ok: true, input: Object.keys(change).length === 0 ? null : change };
}

/** The form field a server error names, when it is one of the form's. */
export function userFieldFor(field: string | undefined): UserField | null {
  return field === "name" || field === "email" || field === "role" || field === "regionCode" || field === "organisation" ? field : null;
}

/** How a user signs in, as the list says it: a password, the organisation's sign-in (SSO), both, or nothing yet. */
export function signInText(user: Pick<PublicUser, "hasPassword" | "sso">, u: UsersMessages): string {
  const ways = [...(user.hasPassword ? [u.signInPassword] : []), ...(user.sso ? [u.signInOther] : [])];
  return ways.length > 0 ? ways.join(", ") : u.signInNone;
}

/** The line under an invited user's status: sent or not, and when the link runs out. */
export function invitationText(user: Pick<PublicUser, "invitation">, u: UsersMessages, date: (iso: string) => string): string | null {
  const invitation = user.invitation;
  if (invitation === null) return null;
  if (invitation.expired) return u.invitationExpired(date(invitation.expiresAt));
  const sent = invitation.sentAt === null ? u.invitationNotSent : u.invitationSent(date(invitation.sentAt));
  return `${sent} ${u.invitationExpires(date(invitation.expiresAt))}`;
}
