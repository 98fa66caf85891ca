import type { CampaignStatus } from "../db/tables.js";

export const campaignStatuses = ["draft", "open", "closed", "reported"] as const satisfies readonly CampaignStatus[];

/**
 * The round's life: draft → open → closed → reported, and closed → open to reopen the round.
 * Anything else (including staying where it is) is not a transition.
 */
const transitions: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ["open"],
  open: ["closed"],
  closed: ["open", "reported"],
  reported: [],
};

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return transitions[from].includes(to);
}

export function allowedTransitions(from: CampaignStatus): readonly CampaignStatus[] {
  return transitions[from];
}
