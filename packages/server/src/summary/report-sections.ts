import type { Audience, LocalizedText } from "@afrapport/schema";
import { campaignQuestionnaire } from "../campaign/campaign.service.js";
import type { Kysely } from "kysely";
import type { CampaignRow, Database } from "../db/tables.js";

/** A section of a campaign's joint report: the secretariat writes a summary for it, reviewers comment on it. */
export interface CampaignSection {
  id: string;
  title: LocalizedText;
  /** the questionnaire whose report the section belongs to */
  audience: Audience;
}

/**
 * The report sections of a campaign: the municipality questionnaire's, then the offer questionnaire's, in their
 * own order. An id both questionnaires use is one section (the renderers key the secretariat's text by id too).
 */
export async function campaignSections(db: Kysely<Database>, campaign: CampaignRow): Promise<CampaignSection[]> {
  const sections: CampaignSection[] = [];
  const seen = new Set<string>();
  for (const audience of ["municipality", "offer"] as const) {
    for (const section of (await campaignQuestionnaire(db, campaign, audience))?.reportSections ?? []) {
      if (seen.has(section.id)) continue;
      seen.add(section.id);
      sections.push({ id: section.id, title: section.title, audience });
    }
  }
  return sections;
}

export async function findCampaignSection(db: Kysely<Database>, campaign: CampaignRow, sectionId: string): Promise<CampaignSection | undefined> {
  return (await campaignSections(db, campaign)).find((section) => section.id === sectionId);
}
