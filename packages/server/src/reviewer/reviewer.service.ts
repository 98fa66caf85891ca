import type { InviteReviewerInput, IssuedInvitation, Reviewer, ReviewerCandidate, SessionUser } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit.service.js";
import { insertReviewer } from "../campaign/campaign.repository.js";
import { loadCampaign } from "../campaign/campaign.service.js";
import type { Database } from "../db/tables.js";
import { fail, ok, type Result } from "../http/result.js";
import type { MailLinks } from "../outbox/outbox-links.js";
import { openInvitations } from "../user/user-invitation.repository.js";
import { createInvitedUser, invitedUserRow } from "../user/user-invitation.service.js";
import { userStatus } from "../user/user-invitation.js";
import { findUserByEmail, reviewersForRegion } from "../user/user.repository.js";
import { campaignReviewers } from "./campaign-reviewers.js";

/**
 * Reviewers the campaign's secretariat may add: active reviewers of the campaign's region, and those no region is
 * set for, who are not on the campaign yet. Another region's reviewers are not shown to it.
 */
export async function reviewerCandidates(db: Kysely<Database>, user: SessionUser, campaignId: string): Promise<Result<ReviewerCandidate[]>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const onCampaign = new Set((await campaignReviewers(db, campaignId)).map((r) => r.userId));
  const rows = (await reviewersForRegion(db, loaded.value.campaign.region_code)).filter((row) => !onCampaign.has(row.id));
  const invitations = await openInvitations(db, rows.filter((row) => row.password_hash === "").map((row) => row.id));
  return ok(
    rows.map((row) => ({
      userId: row.id,
      email: row.email,
      name: row.name,
      organisation: row.organisation,
      regionCode: row.region_code,
      status: userStatus(row, invitations.get(row.id)),
    })),
  );
}

/**
 * Invites a new reviewer by e-mail and puts them on the campaign, in one transaction; their region becomes the
 * campaign's. An e-mail that already belongs to a reviewer just adds that reviewer (no second account, no mail);
 * one that belongs to anyone else is refused, so a secretariat can never make or change another kind of account.
 */
export async function inviteReviewer(
  db: Kysely<Database>,
  links: MailLinks,
  user: SessionUser,
  campaignId: string,
  input: InviteReviewerInput,
  now: Date,
): Promise<Result<{ reviewer: Reviewer; invitation: IssuedInvitation | null }>> {
  const loaded = await loadCampaign(db, user, campaignId, "manage");
  if (!loaded.ok) return loaded;
  const { campaign } = loaded.value;
  const existing = await findUserByEmail(db, input.email);
  // Another region's reviewer is answered as any other account the secretariat may not touch: the candidates list
  // leaves them out, and an e-mail must not reach around it.
  const otherRegion = existing !== undefined && existing.region_code !== null && existing.region_code !== campaign.region_code;
  if (existing !== undefined && (existing.role !== "reviewer" || existing.disabled_at !== null || otherRegion)) {
    return fail("already_exists", "email: a user with this email exists and is not an active reviewer; an admin can change them.", "email");
  }
  const at = now.toISOString();
  const invitation = await db.transaction().execute(async (trx) => {
    let issued: IssuedInvitation | null = null;
    let userId = existing?.id;
    if (userId === undefined) {
      const row = invitedUserRow({ email: input.email, name: input.name, role: "reviewer", regionCode: campaign.region_code, organisation: input.organisation ?? null }, now);
      issued = await createInvitedUser(trx, row, user, links, now);
      userId = row.id;
    }
    if (await insertReviewer(trx, campaignId, userId, at)) {
      await recordAudit(
        trx,
        { actor: user.id, action: "campaign.reviewer_added", campaignId, subjectType: "user", subjectId: userId, details: { email: input.email, invited: issued !== null } },
        now,
      );
    }
    return { userId, issued };
  });
  const reviewer = (await campaignReviewers(db, campaignId)).find((r) => r.userId === invitation.userId);
  if (reviewer === undefined) return fail("not_found", "The reviewer was removed meanwhile.");
  return ok({ reviewer, invitation: invitation.issued });
}
