import { findingsByTarget, questionnaireFromDraft, type FindingsByTarget, type QuestionnaireDraft } from "@afrapport/schema";
import type { DraftView, Finding } from "@afrapport/schema/api";
import { useEffect, useMemo, useState } from "react";

/** How long typing must pause before the draft is checked in the browser (a check takes ~0.1 s on a long questionnaire). */
export const checkDelayMs = 400;

export interface DraftFindings {
  findings: Finding[];
  byTarget: FindingsByTarget;
  /** the findings are of an earlier state of the draft; a check is on its way */
  stale: boolean;
}

/**
 * validateQuestionnaire's findings on the draft as it is on screen: the server's while the draft is as saved, else
 * the same check run in the browser once typing pauses, so findings follow the edits without waiting for a save.
 * Findings are placed on their elements by the content they were found in, so an element moved since keeps its own.
 */
export function useDraftFindings(draft: QuestionnaireDraft, server: DraftView): DraftFindings {
  const [known, setKnown] = useState<Checked>(() => ({ content: server.content, findings: server.findings }));
  // every answer to a save is newer than any earlier check
  useEffect(() => setKnown({ content: server.content, findings: server.findings }), [server.content, server.findings]);
  const upToDate = known.content === draft ? known : draft === server.content ? { content: server.content, findings: server.findings } : null;

  useEffect(() => {
    if (upToDate !== null) return;
    const timer = setTimeout(() => {
      const issues = questionnaireFromDraft(draft, { announcement: server.announcementId, key: server.key, version: "0.0.0" }).issues;
      setKnown({ content: draft, findings: issues });
    }, checkDelayMs);
    return () => clearTimeout(timer);
  }, [draft, upToDate, server.announcementId, server.key]);

  const shown = upToDate ?? known;
  const byTarget = useMemo(() => findingsByTarget(shown.content, shown.findings), [shown.content, shown.findings]);
  return { findings: shown.findings, byTarget, stale: upToDate === null };
}

interface Checked {
  content: QuestionnaireDraft;
  findings: Finding[];
}
