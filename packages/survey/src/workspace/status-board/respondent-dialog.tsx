import { useState } from "react";
import { formatDateTime } from "../../format.js";
import type { BoardEntry } from "@afrapport/schema/api";
import { Dialog } from "../shell/dialog.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { ContactForm } from "./contact-form.js";
import { ExtendDeadlineForm } from "./extend-deadline-form.js";
import { LinkActions } from "./link-actions.js";
import { ReopenForm } from "./reopen-form.js";

type Section = "reopen" | "extend" | "contact";

/**
 * Everything the secretariat does with one respondent, in one dialog: a new link (shown once) or closing the link,
 * reopening a submission, extending this respondent's deadline, and the contact person. Each part reports in a
 * live status line right below it and refreshes the board behind it.
 */
export function RespondentDialog({ campaignId, entry, onClose, onChanged }: { campaignId: string; entry: BoardEntry | null; onClose(): void; onChanged(): void }) {
  const { w, locale } = useWorkspaceMessages();
  const [message, setMessage] = useState<{ section: Section; text: string } | null>(null);
  const [extendRound, setExtendRound] = useState(0);
  const done = (section: Section) => (text: string) => {
    setMessage({ section, text });
    onChanged();
  };
  // each part's result is said right below it (a live status line per part), where the person is looking
  const status = (section: Section) => (
    <p className="af-ws-saved" role="status">
      {message?.section === section ? message.text : ""}
    </p>
  );
  return (
    <Dialog
      title={entry === null ? "" : w.respondentActions(entry.name)}
      open={entry !== null}
      wide
      onClose={() => {
        setMessage(null);
        onClose();
      }}
    >
      {entry !== null && (
        <div className="af-ws-respondent-dialog">
          <p className="af-hint">{w.respondentDialogIntro}</p>
          <LinkActions campaignId={campaignId} entry={entry} onChanged={onChanged} />
          <ReopenForm campaignId={campaignId} entry={entry} onDone={done("reopen")} />
          {status("reopen")}
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
                done("extend")(w.extendDone(formatDateTime(extension.newDeadline, locale)));
              }}
            />
            {status("extend")}
          </section>
          <ContactForm key={entry.id} campaignId={campaignId} entry={entry} onDone={done("contact")} />
          {status("contact")}
        </div>
      )}
    </Dialog>
  );
}
