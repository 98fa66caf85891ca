import { useMemo } from "react";
import { useSession } from "../auth/session-context.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import type { SourcesLoad } from "./sources-dialog.js";
import { sourcesLoadOf } from "./sources-load.js";
import { useReportMessages } from "./use-report-messages.js";

/**
 * The sources dialog's loader for a campaign's live report: asks the server for a figure's sources by its ref and
 * the report's sourcesVersion. Undefined without a version (no report).
 */
export function useSourcesLoader(campaignId: string, version: string | null): ((ref: string) => Promise<SourcesLoad>) | undefined {
  const { api } = useSession();
  const { r } = useReportMessages();
  const { w } = useWorkspaceMessages();
  return useMemo(
    () => (version === null ? undefined : async (ref: string) => sourcesLoadOf(await api.figureSources(campaignId, ref, version), r, w)),
    [api, campaignId, version, r, w],
  );
}
