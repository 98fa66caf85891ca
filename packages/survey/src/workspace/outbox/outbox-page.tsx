import { useState } from "react";
import { useSession } from "../auth/session-context.js";
import type { OutboxMessage } from "@afrapport/schema/api";
import { apiErrorText } from "../shell/api-error-text.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { CopyField } from "../shell/copy-field.js";
import { Dialog } from "../shell/dialog.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { OutboxTable } from "./outbox-table.js";
import { ReminderPanel } from "./reminder-panel.js";
import { ScheduleForm } from "./schedule-form.js";

/**
 * The mailings tab: send reminders now to those who have not submitted, the automatic reminder schedule, and the
 * outbox – each message's text to copy into one's own mail, and "Markér som sendt" when done that way.
 */
export function OutboxPage({ campaign, readOnly }: CampaignTabProps) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const outbox = useLoad(() => api.listOutbox(campaign.id), campaign.id);
  const board = useLoad(() => api.listRespondents(campaign.id), campaign.id);
  const [shown, setShown] = useState<OutboxMessage | null>(null);
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const markSent = async (target: OutboxMessage) => {
    const result = await api.markSent(campaign.id, target.id);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w));
      return;
    }
    setProblem(null);
    setMessage(w.outboxMarkedSent);
    if (shown?.id === target.id) setShown(result.value);
    outbox.reload();
    board.reload();
  };

  const messages = outbox.loaded.status === "ok" ? [...outbox.loaded.value.messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.respondentName.localeCompare(b.respondentName, "da")) : [];

  return (
    <div className="af-ws-outbox">
      <h2>{w.outboxTitle}</h2>
      <p className="af-lead">{w.outboxIntro}</p>
      <div role="status" className="af-ws-live">
        {message !== "" && (
          <div className="af-notice af-notice--success">
            <p>{message}</p>
          </div>
        )}
      </div>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <div className="af-ws-two-columns">
        {!readOnly && board.loaded.status === "ok" && (
          <ReminderPanel
            campaignId={campaign.id}
            board={board.loaded.value.respondents}
            onSent={(text) => {
              setMessage(text);
              outbox.reload();
              board.reload();
            }}
          />
        )}
        <ScheduleForm campaignId={campaign.id} readOnly={readOnly} />
      </div>
      <h2>{w.outboxTableCaption}</h2>
      {outbox.loaded.status === "loading" && <Loading />}
      {outbox.loaded.status === "error" && <InlineProblem>{outbox.loaded.text}</InlineProblem>}
      {outbox.loaded.status === "ok" &&
        (messages.length === 0 ? (
          <p className="af-ws-empty">{w.outboxEmpty}</p>
        ) : (
          <OutboxTable messages={messages} readOnly={readOnly} onShow={setShown} onMarkSent={(target) => void markSent(target)} />
        ))}
      <Dialog title={shown === null ? "" : w.outboxMessageTitle(w.outboxKindNames[shown.kind], shown.respondentName)} open={shown !== null} wide onClose={() => setShown(null)}>
        {shown !== null && (
          <>
            <p>
              {w.outboxToLabel}: {shown.to ?? w.outboxNoAddress}
            </p>
            <CopyField label={w.outboxSubjectLabel} value={shown.subject} buttonLabel={w.outboxCopySubject} />
            <CopyField label={w.outboxBodyLabel} value={shown.body} buttonLabel={w.outboxCopyText} multiline />
            {!readOnly && shown.sentAt === null && (
              <div className="af-ws-actions">
                <button type="button" className="af-button af-button--primary" onClick={() => void markSent(shown)}>
                  {w.outboxMarkSent}
                </button>
              </div>
            )}
          </>
        )}
      </Dialog>
    </div>
  );
}
