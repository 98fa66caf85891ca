import { lazy, type ComponentType } from "react";
import type { Campaign, UserRole } from "@afrapport/schema/api";
import { OffersPage } from "../offers/offers-page.js";
import { OutboxPage } from "../outbox/outbox-page.js";
import { StatusBoardPage } from "../status-board/status-board-page.js";
import type { CampaignTabProps } from "./campaign-tab-props.js";
import type { WorkspaceMessages } from "./use-workspace-messages.js";

export interface CampaignTab {
  /** the address segment, in Danish: /sekretariat/kampagner/:id/<slug> */
  slug: string;
  label(w: WorkspaceMessages): string;
  /** the tab's page; null while it is still being built (the tab then says "Indlæses …") */
  component: ComponentType<CampaignTabProps> | null;
  /** who sees the tab; everyone with access to the campaign when left out */
  visible?(campaign: Campaign, role: UserRole): boolean;
}

const managers = (campaign: Campaign) => campaign.access === "manage";

// The report, approval and comments tabs load with their own chunk (the report's tables, the response view).
const ReportTab = lazy(() => import("../report/report-tab.js").then((m) => ({ default: m.ReportTab })));
const ApprovalTab = lazy(() => import("../approval/approval-tab.js").then((m) => ({ default: m.ApprovalTab })));
const CommentsTab = lazy(() => import("../comments/comments-tab.js").then((m) => ({ default: m.CommentsTab })));
const ReviewersTab = lazy(() => import("../reviewers/reviewers-tab.js").then((m) => ({ default: m.ReviewersTab })));
const WebhooksTab = lazy(() => import("../webhooks/webhooks-tab.js").then((m) => ({ default: m.WebhooksTab })));

/**
 * The tabs of one campaign, in the order of the tab bar. A colleague adds a tab by giving its entry a component
 * (e.g. `lazy(() => import("../report/report-tab.js").then((m) => ({ default: m.ReportTab })))`).
 */
export const campaignTabs: CampaignTab[] = [
  { slug: "status", label: (w) => w.tabStatus, component: StatusBoardPage },
  { slug: "tilbud", label: (w) => w.tabOffers, component: OffersPage, visible: managers },
  { slug: "udsendelser", label: (w) => w.tabOutbox, component: OutboxPage, visible: managers },
  { slug: "rapport", label: (w) => w.tabReport, component: ReportTab },
  { slug: "godkendelse", label: (w) => w.tabApproval, component: ApprovalTab },
  { slug: "kommentarer", label: (w) => w.tabComments, component: CommentsTab },
  { slug: "referencegruppe", label: (w) => w.tabReviewers, component: ReviewersTab, visible: managers },
  // The same word in Danish and English (the Danish IT term).
  { slug: "webhooks", label: () => "Webhooks", component: WebhooksTab, visible: managers },
];

export function visibleTabs(campaign: Campaign, role: UserRole): CampaignTab[] {
  return campaignTabs.filter((tab) => tab.visible === undefined || tab.visible(campaign, role));
}
