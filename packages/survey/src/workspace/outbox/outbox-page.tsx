import type { CampaignTabProps } from "../shell/campaign-tabs.js";
import { Loading } from "../shell/loading.js";

export function OutboxPage(_props: CampaignTabProps) {
  return <Loading />;
}
