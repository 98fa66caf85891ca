import type { FigureSources } from "@afrapport/schema/api";
import type { ReportMessages } from "../../i18n/report-da.js";
import type { WorkspaceMessages } from "../../i18n/workspace-messages.js";
import type { ApiResult } from "../api/api-error.js";
import { apiErrorText } from "../shell/api-error-text.js";
import type { SourcesLoad } from "./sources-dialog.js";

/**
 * What the sources dialog shows for the reply to a figure's sources. A 409 means the submitted answers changed
 * after the report was fetched, so its numbers may no longer be the server's: trying again would not help, only
 * reloading the report.
 */
export function sourcesLoadOf(result: ApiResult<FigureSources>, r: ReportMessages, w: WorkspaceMessages): SourcesLoad {
  if (result.ok) return { ok: true, sources: result.value.sources };
  if (result.error.status === 409) return { ok: false, text: r.sourcesChanged, canRetry: false };
  return { ok: false, text: `${r.sourcesFailed} ${apiErrorText(result.error, w)}`, canRetry: true };
}
