import { findAnnouncement, regions, type JointReport, type LocalizedText } from "@afrapport/schema";
import type { Kysely } from "kysely";
import type { SessionUser } from "../auth/current-user.js";
import { respondentProgress } from "../campaign/campaign.repository.js";
import { fail, ok, type Result } from "../http/result.js";
import type { CampaignRow, CampaignStatus, Database } from "../db/tables.js";
import { campaignReport } from "../report/report.service.js";
import { campaignsOfAnnouncement } from "./national.repository.js";

export interface NationalRegion {
  regionCode: string;
  regionName: LocalizedText;
  campaign: { id: string; title: string; status: CampaignStatus; deadline: string } | null;
  /** the joint report of the municipalities' submitted answers, as GET /api/campaigns/:id/report computes it */
  report: JointReport | null;
  /** the offers' joint report with the screening (default thresholds); null without an offer questionnaire */
  offerReport: JointReport | null;
  respondents: number;
  submitted: number;
}

export interface NationalView {
  announcement: { id: string; title: LocalizedText };
  regions: NationalRegion[];
}

const preference: Record<CampaignStatus, number> = { reported: 0, closed: 1, open: 2, draft: 3 };

/** A region's campaign to show: reported before closed before open; the newest of those. Drafts are never shown. */
export function pickRegionCampaign(campaigns: readonly CampaignRow[]): CampaignRow | undefined {
  return [...campaigns]
    .filter((c) => c.status !== "draft")
    .sort((a, b) => preference[a.status] - preference[b.status] || b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id))[0];
}

/**
 * The five regions side by side for one announcement, in region-code order: each region's campaign (see
 * pickRegionCampaign), its joint report from report.service's campaignReport – the same computation the region's
 * own report page shows – and how many respondents it has and how many submitted.
 */
export async function nationalView(db: Kysely<Database>, user: SessionUser, announcementId: string, now: Date): Promise<Result<NationalView>> {
  const announcement = findAnnouncement(announcementId);
  if (announcement === undefined) return fail("not_found", `No announcement "${announcementId}".`);
  const campaigns = await campaignsOfAnnouncement(db, announcementId);
  const chosen = regions.map((region) => ({ region, campaign: pickRegionCampaign(campaigns.filter((c) => c.region_code === region.code)) }));
  const progress = await respondentProgress(
    db,
    chosen.flatMap(({ campaign }) => (campaign === undefined ? [] : [campaign.id])),
  );
  const result: NationalRegion[] = [];
  for (const { region, campaign } of chosen) {
    if (campaign === undefined) {
      result.push({ regionCode: region.code, regionName: region.name, campaign: null, report: null, offerReport: null, respondents: 0, submitted: 0 });
      continue;
    }
    const report = await campaignReport(db, user, campaign.id, {}, now);
    if (!report.ok) return report;
    const rows = progress.filter((row) => row.campaign_id === campaign.id);
    result.push({
      regionCode: region.code,
      regionName: region.name,
      campaign: { id: campaign.id, title: campaign.title, status: campaign.status, deadline: campaign.deadline },
      report: report.value.municipality,
      offerReport: report.value.offer,
      respondents: rows.length,
      submitted: rows.filter((row) => row.status === "submitted").length,
    });
  }
  return ok({ announcement: { id: announcement.id, title: announcement.title }, regions: result });
}
