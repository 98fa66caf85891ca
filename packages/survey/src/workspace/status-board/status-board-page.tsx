import type { CampaignTabProps } from "../shell/campaign-tabs.js";
import { Loading } from "../shell/loading.js";

export function StatusBoardPage(_props: CampaignTabProps) {
  return <Loading />;
}
