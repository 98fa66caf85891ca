import type { SessionUser } from "../auth/current-user.js";
import type { CampaignRow } from "../db/tables.js";

/**
 * What a user may do with one campaign:
 * - `manage`: the secretariat of the campaign's region, and admins – everything;
 * - `read`: the campaign's reviewers (reference group) and the national board – the reads, nothing else;
 * - `none`: everyone else. Routes answer `none` with 404, so a campaign's existence is not revealed.
 */
export type CampaignAccess = "manage" | "read" | "none";

export function campaignAccess(
  user: Pick<SessionUser, "role" | "regionCode">,
  campaign: Pick<CampaignRow, "region_code">,
  isReviewer: boolean,
): CampaignAccess {
  switch (user.role) {
    case "admin":
      return "manage";
    case "secretariat":
      return user.regionCode !== null && user.regionCode === campaign.region_code ? "manage" : "none";
    case "national":
      return "read";
    case "reviewer":
      return isReviewer ? "read" : "none";
  }
}
