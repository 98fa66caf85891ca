import { useEffect, useState } from "react";
import { useSession } from "../auth/session-context.js";
import { contactApi, type BoardEntry, type RemindersQueued } from "@afrapport/schema/api";
import { reminderLinkLines } from "../contacts/contact-status.js";
import { useContactsMessages } from "../contacts/contacts-messages.js";
import { notSubmitted } from "../status-board/board-filter.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { CopyField } from "../shell/copy-field.js";
import { Dialog } from "../shell/dialog.js";
import { TextAreaField } from "../shell/form-field.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import "../contacts/contacts.css";

/**
 * "Send påmindelse nu": to everyone not submitted (whose deadline has not passed), after a confirmation that says
 * how many get it by e-mail and who cannot (no address, issue 13 item 8); an optional note goes into the reminder.
 * Once sent, the links of those without an address are shown below, in one list to copy ("name – link", one per
 * line) – the links of their reminders, made at sending, since a stored link is only its hash – until the next
 * sending or until the page is left. Nothing typed in the note is lost on a failure.
 */
export function ReminderPanel({ campaignId, board, onSent }: { campaignId: string; board: BoardEntry[]; onSent(message: string): void }) {
  const { w } = useWorkspaceMessages();
  const { c } = useContactsMessages();
  const { api } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [links, setLinks] = useState<RemindersQueued["withoutAddress"] | null>(null);
  // whether the server mails, or the mail waits in the outbox to be copied
  const mail = useLoad(() => api.call(contactApi.invitationPreview, { params: { id: campaignId } }), campaignId);
  const delivery = mail.loaded.status === "ok" ? mail.loaded.value.delivery : null;
  const waiting = notSubmitted(board);
  const withAddress = waiting.filter((entry) => entry.contactEmail !== null);
  const withoutAddress = waiting.filter((entry) => entry.contactEmail === null);

  // once sent, focus goes to the list to copy (this runs after the dialog gave focus back to its opener)
  useEffect(() => {
    if (links !== null) document.querySelector<HTMLElement>("#remind-links textarea")?.focus();
  }, [links]);

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
    setLinks(result.value.withoutAddress.length === 0 ? null : result.value.withoutAddress);
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
      {links !== null && (
        <div id="remind-links" className="af-notice af-ws-reminder-links">
          <p>{c.remindLinksIntro(links.length)}</p>
          <CopyField label={c.remindLinksLabel(links.length)} value={reminderLinkLines(links, c.remindLinkMissing)} buttonLabel={c.remindLinksCopy} multiline />
        </div>
      )}
      <Dialog title={w.remindConfirmTitle} open={confirming} wide={withoutAddress.length > 0} onClose={() => setConfirming(false)}>
        <p>{w.remindConfirmText(waiting.length)}</p>
        <p>{c.remindMailed(withAddress.length, delivery)}</p>
        {withAddress.length > 0 && (
          <ul className="af-ws-columns">
            {withAddress.map((entry) => (
              <li key={entry.id}>{entry.name}</li>
            ))}
          </ul>
        )}
        {withoutAddress.length > 0 && (
          <>
            <p>
              <strong>{c.remindNoAddress(withoutAddress.length)}</strong>
            </p>
            <ul className="af-ws-columns">
              {withoutAddress.map((entry) => (
                <li key={entry.id}>{entry.name}</li>
              ))}
            </ul>
            <p>{c.remindNoAddressAfter}</p>
          </>
        )}
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
