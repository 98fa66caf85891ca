import type { Reviewer } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import { listReviewers } from "../campaign/campaign.repository.js";
import type { Database } from "../db/tables.js";
import { openInvitations } from "../user/user-invitation.repository.js";
import { userStatus } from "../user/user-invitation.js";

/** A campaign's reference group as its secretariat sees it: name, organisation, e-mail and whether they signed up yet. */
export async function campaignReviewers(db: Kysely<Database>, campaignId: string): Promise<Reviewer[]> {
  const rows = await listReviewers(db, campaignId);
  const invitations = await openInvitations(
    db,
    rows.filter((row) => row.password_hash === "").map((row) => row.user_id),
  );
  return rows.map((row) => ({
    userId: row.user_id,
    email: row.email,
    name: row.name,
    organisation: row.organisation,
    status: userStatus(row, invitations.get(row.user_id)),
    addedAt: row.added_at,
  }));
}
