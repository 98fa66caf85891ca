import { createHash } from "node:crypto";
import {
  defaultReportSection,
  questionnaireFromDraft,
  QuestionnaireDraftSchema,
  type Audience,
  type QuestionnaireDraft,
  type QuestionnaireIssue,
  type QuestionnaireVersion,
} from "@afrapport/schema";
import type { DraftText } from "@afrapport/schema";

/**
 * Until it is published a draft has no version; findings do not depend on the number, so validation runs with
 * this one in its place.
 */
export const PLACEHOLDER_VERSION = "0.0.0";

/** What validateQuestionnaire finds in a draft, with the paths it gives. Empty: it can be published. */
export function draftFindings(content: QuestionnaireDraft, announcementId: string, key: string): QuestionnaireIssue[] {
  return questionnaireFromDraft(content, { announcement: announcementId, key, version: PLACEHOLDER_VERSION }).issues;
}

/**
 * A published version as a draft to edit: everything but its identity. A deep copy, since the catalogue keeps
 * the versions it hands out in memory and they must never change.
 */
export function draftOfVersion(version: QuestionnaireVersion): QuestionnaireDraft {
  const copy = JSON.parse(JSON.stringify(version)) as QuestionnaireVersion;
  return QuestionnaireDraftSchema.parse({
    audience: copy.audience,
    title: copy.title,
    ...(copy.description === undefined ? {} : { description: copy.description }),
    reportSections: copy.reportSections,
    survey: copy.survey,
  });
}

/** A new, empty questionnaire: one empty page and the default report section, to be filled in the builder. */
export function blankDraft(audience: Audience, title: DraftText = {}): QuestionnaireDraft {
  return {
    audience,
    title,
    reportSections: [{ ...defaultReportSection, title: { ...defaultReportSection.title } }],
    survey: { pages: [{ name: "side1", elements: [] }] },
  };
}

export function contentJson(content: QuestionnaireDraft): string {
  return JSON.stringify(content);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
