import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import type { BoardEntry } from "@afrapport/schema/api";
import { notSubmitted } from "../status-board/board-filter.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { TextAreaField } from "../shell/form-field.js";
import { InlineProblem } from "../shell/problem.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/**
 * "Send påmindelse nu": to everyone not submitted (whose deadline has not passed), after a confirmation that says
 * how many and whom; an optional note goes into the reminder. Nothing typed in the note is lost on a failure.
 */
export function ReminderPanel({ campaignId, board, onSent }: { campaignId: string; board: BoardEntry[]; onSent(message: string): void }) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const waiting = notSubmitted(board);

  const send = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.sendReminders(campaignId, note.trim() === "" ? {} : { note: note.trim() });
    setBusy(false);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w, { fieldLabels: { note: w.remindNote } }));
      return;
    }
    setConfirming(false);
    setNote("");
    setProblem(null);
    onSent(w.remindDone(result.value.queued));
  };

  return (
    <section className="af-ws-section" aria-labelledby="remind-heading">
      <h2 id="remind-heading">{w.remindHeading}</h2>
      <p>{w.remindExplain(waiting.length)}</p>
      {waiting.length > 0 && (
        <button
          type="button"
          className="af-button af-button--primary"
          onClick={() => {
            setProblem(null);
            setConfirming(true);
          }}
        >
          {w.remindNow}
        </button>
      )}
      <Dialog title={w.remindConfirmTitle} open={confirming} onClose={() => setConfirming(false)}>
        <p>{w.remindConfirmText(waiting.length)}</p>
        <ul className="af-ws-columns">
          {waiting.map((entry) => (
            <li key={entry.id}>{entry.name}</li>
          ))}
        </ul>
        <TextAreaField id="remind-note" label={w.remindNote} hint={w.remindNoteHint} rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
        {problem !== null && <InlineProblem>{problem}</InlineProblem>}
        <div className="af-ws-actions">
          <button type="button" className="af-button af-button--primary" aria-disabled={busy} onClick={() => void send()}>
            {w.remindSubmit}
          </button>
          <button type="button" className="af-button" onClick={() => setConfirming(false)}>
            {w.cancel}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
