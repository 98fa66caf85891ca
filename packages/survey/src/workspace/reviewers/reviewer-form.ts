import type { InviteReviewerInput, ReviewerCandidate } from "@afrapport/schema/api";
import type { UsersMessages } from "../users/users-messages.js";

export type ReviewerField = "name" | "email" | "organisation";
export type ReviewerFormValues = Record<ReviewerField, string>;
export type ReviewerProblems = Partial<Record<ReviewerField, string>>;

export const emptyReviewerForm: ReviewerFormValues = { name: "", email: "", organisation: "" };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A new reviewer to invite, or what to fix first, with the same rules as the server's. */
export function readReviewerForm(values: ReviewerFormValues, u: UsersMessages): { ok: true; input: InviteReviewerInput } | { ok: false; problems: ReviewerProblems } {
  const problems: ReviewerProblems = {};
  if (values.name.trim() === "") problems.name = u.errorNameRequired;
  if (!EMAIL.test(values.email.trim())) problems.email = u.errorEmailInvalid;
  if (values.organisation.trim().length > 200) problems.organisation = u.errorOrganisationTooLong;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const organisation = values.organisation.trim();
  return { ok: true, input: { email: values.email.trim().toLowerCase(), name: values.name.trim(), organisation: organisation === "" ? null : organisation } };
}

/** A person as the choice of reviewers names them: "Mette Holm, Aarhus Kommune (mette@aarhus.dk)". */
export function candidateLabel(candidate: Pick<ReviewerCandidate, "name" | "organisation" | "email">): string {
  return `${candidate.name}${candidate.organisation === null ? "" : `, ${candidate.organisation}`} (${candidate.email})`;
}
