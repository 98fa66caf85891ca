import type { Campaign } from "@afrapport/schema/api";

/**
 * What every campaign tab gets from the campaign page around it. Kept apart from the list of tabs
 * (campaign-tabs.tsx), which imports the tab pages: a page imports this, never that list.
 */
export interface CampaignTabProps {
  campaign: Campaign;
  /** true for a reviewer or the national board (`campaign.access === "read"`): show no action buttons */
  readOnly: boolean;
  /** fetches the campaign again (after a status change or a deadline extension) */
  reloadCampaign(): void;
  /** the address parts after the tab: /sekretariat/kampagner/:id/rapport/svar/r1 → ["svar", "r1"] */
  rest: string[];
}
