import { useState } from "react";
import { contactApi, type InvitationPreview } from "@afrapport/schema/api";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { InlineProblem } from "../shell/problem.js";
import { useContactsMessages } from "./contacts-messages.js";

/**
 * What will be sent, before it is: how many get the invitation and how (by the server, or waiting in the outbox to be
 * copied), who gets none for want of an address, and the mail itself – subject, greeting, text – to the first
 * recipient. Only "Send N invitationer" queues them.
 */
export function InvitationDialog({
  campaignId,
  preview,
  open,
  onClose,
  onSent,
}: {
  campaignId: string;
  preview: InvitationPreview;
  open: boolean;
  onClose(): void;
  onSent(message: string): void;
}) {
  const { c, w } = useContactsMessages();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const count = preview.recipients.length;

  const send = async () => {
    if (busy || count === 0) return;
    setBusy(true);
    const result = await api.call(contactApi.sendInvitations, { params: { id: campaignId }, body: { respondentIds: preview.recipients.map((r) => r.respondentId) } });
    setBusy(false);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w));
      return;
    }
    setProblem(null);
    onSent(c.inviteDone(result.value.queued, preview.delivery));
  };

  return (
    <Dialog
      title={c.inviteTitle}
      open={open}
      wide
      onClose={() => {
        setProblem(null);
        onClose();
      }}
    >
      {count === 0 ? (
        <p>{c.inviteNobody}</p>
      ) : (
        <>
          <p>
            <strong>{c.inviteCount(count)}</strong> {preview.delivery === "smtp" ? c.inviteDeliverySmtp : c.inviteDeliveryByHand}
          </p>
          <details className="af-ws-details">
            <summary>
              {c.inviteRecipients} ({count})
            </summary>
            <ul className="af-ws-columns">
              {preview.recipients.map((recipient) => (
                <li key={recipient.respondentId}>
                  {recipient.name}: {recipient.contactName === null ? recipient.to : `${recipient.contactName} <${recipient.to}>`}
                </li>
              ))}
            </ul>
          </details>
          {preview.sample !== null && (
            <section className="af-ws-mail-preview" aria-labelledby="invitation-sample-heading">
              <h3 id="invitation-sample-heading">{c.inviteSampleHeading(preview.recipients[0]!.name)}</h3>
              <dl className="af-ws-mail-preview__head">
                <dt>{c.inviteTo}</dt>
                <dd>{preview.sample.to}</dd>
                <dt>{c.inviteSubject}</dt>
                <dd>{preview.sample.subject}</dd>
              </dl>
              <p className="af-ws-field__label">{c.inviteBody}</p>
              <pre className="af-ws-mail-preview__body" tabIndex={0} aria-label={c.inviteBody}>
                {preview.sample.body}
              </pre>
            </section>
          )}
        </>
      )}
      {preview.withoutAddress.length > 0 && (
        <>
          <p>{c.inviteWithoutAddress(preview.withoutAddress.length)}</p>
          <ul className="af-ws-columns">
            {preview.withoutAddress.map((entry) => (
              <li key={entry.respondentId}>{entry.name}</li>
            ))}
          </ul>
        </>
      )}
      {preview.alreadyInvited > 0 && <p>{c.inviteAlready(preview.alreadyInvited)}</p>}
      {!preview.canSend && <p className="af-field-error">{c.inviteClosed}</p>}
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <div className="af-ws-actions">
        {count > 0 && preview.canSend && (
          <button type="button" className="af-button af-button--primary" aria-disabled={busy} onClick={() => void send()}>
            {busy ? c.inviteSending : c.inviteConfirm(count)}
          </button>
        )}
        <button type="button" className="af-button" onClick={onClose}>
          {c.cancel}
        </button>
      </div>
    </Dialog>
  );
}
