import { useState } from "react";
import { formatDateTime } from "../../format.js";
import type { BoardEntry } from "../api/workspace-types.js";
import { Dialog } from "../shell/dialog.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { ContactForm } from "./contact-form.js";
import { ExtendDeadlineForm } from "./extend-deadline-form.js";
import { LinkActions } from "./link-actions.js";
import { ReopenForm } from "./reopen-form.js";

/**
 * Everything the secretariat does with one respondent, in one dialog: a new link (shown once) or closing the link,
 * reopening a submission, extending this respondent's deadline, and the contact person. Each part reports in
 * the dialog's live status line and refreshes the board behind it.
 */
export function RespondentDialog({ campaignId, entry, onClose, onChanged }: { campaignId: string; entry: BoardEntry | null; onClose(): void; onChanged(): void }) {
  const { w, locale } = useWorkspaceMessages();
  const [message, setMessage] = useState("");
  const [extendRound, setExtendRound] = useState(0);
  const done = (text: string) => {
    setMessage(text);
    onChanged();
  };
  return (
    <Dialog
      title={entry === null ? "" : w.respondentActions(entry.name)}
      open={entry !== null}
      wide
      onClose={() => {
        setMessage("");
        onClose();
      }}
    >
      {entry !== null && (
        <div className="af-ws-respondent-dialog">
          <p className="af-hint">{w.respondentDialogIntro}</p>
          <p className="af-notice af-notice--success af-ws-dialog-status" role="status" hidden={message === ""}>
            {message}
          </p>
          <LinkActions campaignId={campaignId} entry={entry} onChanged={onChanged} />
          <ReopenForm campaignId={campaignId} entry={entry} onDone={done} />
          <section aria-labelledby="extend-respondent-heading">
            <h3 id="extend-respondent-heading">{w.extendRespondentTitle(entry.name)}</h3>
            <ExtendDeadlineForm
              key={`${entry.id}-${extendRound}`}
              campaignId={campaignId}
              respondentId={entry.id}
              currentDeadline={entry.deadline}
              idPrefix="extend-respondent"
              onDone={(extension) => {
                setExtendRound((n) => n + 1);
                done(w.extendDone(formatDateTime(extension.newDeadline, locale)));
              }}
            />
          </section>
          <ContactForm key={entry.id} campaignId={campaignId} entry={entry} onDone={done} />
        </div>
      )}
    </Dialog>
  );
}
