import type { CampaignStatus } from "@afrapport/schema/api";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

/** The campaign's status as a word in a tinted pill (the word carries the meaning; the colour only helps). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { w } = useWorkspaceMessages();
  return <span className={`af-ws-badge af-ws-badge--campaign-${status}`}>{w.campaignStatusNames[status]}</span>;
}
