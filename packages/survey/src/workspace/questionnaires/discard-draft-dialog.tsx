import { questionnaireApi, type DraftSummary } from "@afrapport/schema/api";
import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { InlineProblem } from "../shell/problem.js";
import { draftTitle } from "./catalogue-entries.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";

/** "Kassér kladde": asks first, says what happens to the draft's history, then discards it. */
export function DiscardDraftDialog({ draft, onClose, onDone }: { draft: DraftSummary | null; onClose(): void; onDone(text: string): void }) {
  const { q } = useQuestionnairesMessages();
  return (
    <Dialog title={q.discardTitle} open={draft !== null} onClose={onClose}>
      {draft !== null && <DiscardDraft key={draft.id} draft={draft} onClose={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function DiscardDraft({ draft, onClose, onDone }: { draft: DraftSummary; onClose(): void; onDone(text: string): void }) {
  const { q, w, locale } = useQuestionnairesMessages();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const title = draftTitle(draft, locale) ?? q.untitledDraft;

  const discard = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await api.call(questionnaireApi.discardDraft, { params: { draftId: draft.id } });
    setBusy(false);
    if (result.ok) onDone(q.discarded(title));
    else setProblem(apiErrorText(result.error, w));
  };

  return (
    <div className="af-ws-confirm">
      <p>{q.discardText(title)}</p>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <div className="af-ws-actions">
        <button type="button" className="af-button af-button--danger" aria-disabled={busy} onClick={() => void discard()}>
          {busy ? q.discardBusy : q.discardConfirm}
        </button>
        <button type="button" className="af-button" onClick={onClose}>
          {w.cancel}
        </button>
      </div>
    </div>
  );
}
