import { questionnaireApi } from "@afrapport/schema/api";
import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { navigate } from "../shell/navigation.js";
import { draftPath } from "../workspace-routes.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

export interface NewVersion {
  /** starts a draft of the questionnaire's next version – from `version`, else its latest – and opens it */
  start(announcementId: string, key: string, version?: string): Promise<void>;
  /** "announcement/key" of the questionnaire whose draft is being made */
  busy: string | null;
  /** why the last start failed, for the questionnaire it concerned */
  problem: { questionnaire: string; text: string } | null;
}

export const questionnaireRef = (announcementId: string, key: string) => `${announcementId}/${key}`;

/** "Ny version": a new draft from a published version, opened in the editor at once. */
export function useNewVersion(): NewVersion {
  const { api } = useSession();
  const { q, w } = useQuestionnairesMessages();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<NewVersion["problem"]>(null);

  const start = async (announcementId: string, key: string, version?: string) => {
    const questionnaire = questionnaireRef(announcementId, key);
    if (busy !== null) return;
    setBusy(questionnaire);
    setProblem(null);
    const created = await api.call(questionnaireApi.createDraft, { body: { announcementId, key, from: version === undefined ? {} : { version } } });
    setBusy(null);
    if (created.ok) {
      navigate(draftPath(created.value.draft.id));
      return;
    }
    const text = apiErrorText(created.error, w, {
      overrides: { conflict: q.errorArchivedNoDrafts },
      fieldLabels: { announcementId: q.fieldAnnouncement, key: q.fieldKey, "from.version": q.factVersion },
    });
    setProblem({ questionnaire, text });
  };

  return { start, busy, problem };
}
