import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import type { BoardEntry } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import { TextAreaField } from "../shell/form-field.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/** Reopens a submitted response with a reason, so the respondent can change and submit it again. */
export function ReopenForm({ campaignId, entry, onDone }: { campaignId: string; entry: BoardEntry; onDone(message: string): void }) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === "") {
      setProblem(w.errorReasonMissing);
      document.getElementById("reopen-reason")?.focus();
      return;
    }
    setBusy(true);
    const result = await api.reopenResponse(campaignId, entry.id, reason.trim());
    setBusy(false);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w));
      document.getElementById("reopen-reason")?.focus();
      return;
    }
    setProblem(undefined);
    onDone(w.reopenDone);
  };

  return (
    <section aria-labelledby="reopen-heading">
      <h3 id="reopen-heading">{w.reopenHeading}</h3>
      {entry.state !== "submitted" ? (
        <p>{w.reopenNotSubmitted}</p>
      ) : (
        <form className="af-ws-form" noValidate onSubmit={(event) => void submit(event)}>
          <p className="af-hint">{w.reopenExplain}</p>
          <TextAreaField id="reopen-reason" label={w.reopenReason} rows={2} maxLength={2000} value={reason} error={problem} onChange={(event) => setReason(event.target.value)} />
          <div className="af-ws-actions">
            <button type="submit" className="af-button" aria-disabled={busy}>
              {w.reopenSubmit}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
