import type { JointReport, ReportResponseRef } from "@afrapport/schema";

/**
 * Who a number came from: the figure's source response ids looked up among the report's responses, in the
 * figure's order. An id the report does not list (it should not happen) is kept with its id as the name, so a
 * source is never silently dropped.
 */
export function figureSources(sources: readonly string[], responses: readonly ReportResponseRef[]): ReportResponseRef[] {
  const byId = new Map(responses.map((response) => [response.responseId, response]));
  return sources.map((id) => byId.get(id) ?? { responseId: id, respondentId: "", respondentName: id });
}

/** The report's responses as a lookup list (included and skipped: a note may point at either). */
export function reportResponseRefs(report: Pick<JointReport, "responses" | "skipped">): ReportResponseRef[] {
  return [...report.responses, ...report.skipped];
}
