import { regions } from "@afrapport/schema";
import { announcementInfo } from "../catalogue/catalogue.service.js";
import type { NationalOverview, NationalRegion } from "@afrapport/schema/api";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { respondentCounts } from "../campaign/campaign.service.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, CampaignStatus, Database } from "../db/tables.js";
import { campaignReport } from "../report/report.service.js";
import { campaignsOfAnnouncement } from "./national.repository.js";

const preference: Record<CampaignStatus, number> = { reported: 0, closed: 1, open: 2, draft: 3 };

/** A campaign the national board may see: any but a draft. */
type ShownCampaign = CampaignRow & { status: Exclude<CampaignStatus, "draft"> };

/** A region's campaign to show: reported before closed before open; the newest of those. Drafts are never shown. */
export function pickRegionCampaign(campaigns: readonly CampaignRow[]): ShownCampaign | undefined {
  return [...campaigns]
    .filter((c): c is ShownCampaign => c.status !== "draft")
    .sort((a, b) => preference[a.status] - preference[b.status] || b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id))[0];
}

/**
 * The five regions side by side for one announcement, in region-code order: each region's campaign (see
 * pickRegionCampaign), its joint report from report.service's campaignReport – the same computation the region's
 * own report page shows – and how many respondents it has and how many submitted.
 */
export async function nationalOverview(db: Kysely<Database>, user: SessionUser, announcementId: string, now: Date): Promise<Result<NationalOverview>> {
  const announcement = await announcementInfo(db, announcementId);
  if (announcement === undefined) return fail("not_found", `No announcement "${announcementId}".`);
  const campaigns = await campaignsOfAnnouncement(db, announcementId);
  const chosen = regions.map((region) => ({ region, campaign: pickRegionCampaign(campaigns.filter((c) => c.region_code === region.code)) }));
  const counts = await respondentCounts(
    db,
    chosen.flatMap(({ campaign }) => (campaign === undefined ? [] : [campaign.id])),
  );
  const result: NationalRegion[] = [];
  for (const { region, campaign } of chosen) {
    if (campaign === undefined) {
      result.push({ regionCode: region.code, regionName: region.name, campaign: null, report: null, offerReport: null, sourcesVersion: null, respondents: 0, submitted: 0 });
      continue;
    }
    const report = await campaignReport(db, user, campaign.id, {}, now);
    if (!report.ok) return report;
    const count = counts.get(campaign.id);
    result.push({
      regionCode: region.code,
      regionName: region.name,
      campaign: { id: campaign.id, title: campaign.title, status: campaign.status, deadline: campaign.deadline },
      report: report.value.municipality,
      offerReport: report.value.offer,
      sourcesVersion: report.value.sourcesVersion,
      respondents: count?.total ?? 0,
      submitted: count?.submitted ?? 0,
    });
  }
  return ok({ announcement: { id: announcement.id, title: announcement.title }, regions: result });
}
