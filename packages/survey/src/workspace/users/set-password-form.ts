import { MIN_PASSWORD_LENGTH, type InvitationEndReason } from "@afrapport/schema/api";
import type { ApiError } from "../api/api-error.js";
import type { UsersMessages } from "./users-messages.js";

export type SetPasswordField = "password" | "repeat";
export type SetPasswordProblems = Partial<Record<SetPasswordField, string>>;

/** The same rule as the server's (and the command line's): a length, no other demands; and the two must match. */
export function checkNewPassword(password: string, repeat: string, u: UsersMessages): SetPasswordProblems {
  const problems: SetPasswordProblems = {};
  if (password.length < MIN_PASSWORD_LENGTH) problems.password = u.errorPasswordShort(MIN_PASSWORD_LENGTH);
  else if (password !== repeat) problems.repeat = u.errorPasswordsDiffer;
  return problems;
}

/** Why the link does not work, in words, when the server's answer says so; undefined for any other failure. */
export function linkProblemText(error: ApiError, u: UsersMessages): string | undefined {
  if (error.code === "link_invalid") return u.linkUnknown;
  if (error.code !== "link_revoked") return undefined;
  const reason = typeof error.body === "object" && error.body !== null ? (error.body as { reason?: unknown }).reason : undefined;
  return reason === "expired" || reason === "used" || reason === "disabled" ? u.linkEnded[reason as InvitationEndReason] : u.linkEnded.used;
}
