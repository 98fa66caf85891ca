import type { AnyFigure, JointReport, Locale, LocalizedText } from "@afrapport/schema";
import type { CommentTarget } from "./comment-filter.js";

/**
 * Names for what a comment is about, in the page's language: a section's title (from the report, or from the
 * summaries, which list every section), or the respondent's name. An unknown target is named by its id.
 */
export function targetNames(
  report: { municipality: JointReport<AnyFigure>; offer: JointReport<AnyFigure> | null } | undefined,
  summaries: readonly { sectionId: string; title?: LocalizedText }[],
  locale: Locale,
): (target: CommentTarget) => string {
  const sections = new Map<string, string>();
  for (const summary of summaries) if (summary.title) sections.set(summary.sectionId, summary.title[locale]);
  for (const section of [...(report?.municipality.sections ?? []), ...(report?.offer?.sections ?? [])]) {
    if (!sections.has(section.id)) sections.set(section.id, section.title[locale]);
  }
  const respondents = new Map<string, string>();
  for (const response of [...(report?.municipality.responses ?? []), ...(report?.offer?.responses ?? [])]) {
    respondents.set(response.respondentId, response.respondentName);
  }
  return (target) =>
    target.type === "section" ? (sections.get(target.sectionId) ?? target.sectionId) : (respondents.get(target.respondentId) ?? target.respondentId);
}
