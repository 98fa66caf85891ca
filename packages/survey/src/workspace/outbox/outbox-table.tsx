import { formatDateTime } from "../../format.js";
import type { OutboxMessage } from "@afrapport/schema/api";
import { DataTable } from "../shell/data-table.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";

/** The outbox, newest first: recipient, kind, subject, when it is due, and whether it went (or why not). */
export function OutboxTable({ messages, readOnly, onShow, onMarkSent }: { messages: OutboxMessage[]; readOnly: boolean; onShow(message: OutboxMessage): void; onMarkSent(message: OutboxMessage): void }) {
  const { w, locale } = useWorkspaceMessages();
  return (
    <DataTable caption={w.outboxTableCaption} columns={[w.outboxColumnTo, w.outboxColumnKind, w.outboxColumnSubject, w.outboxColumnScheduled, w.outboxColumnState]} actions={w.columnActions} className="af-ws-outbox-table">
      {messages.map((message) => (
        <tr key={message.id}>
          <th scope="row">
            {message.respondentName}
            <span className="af-ws-sub">{message.to ?? w.outboxNoAddress}</span>
          </th>
          <td>{w.outboxKindNames[message.kind]}</td>
          <td>{message.subject}</td>
          <td className="af-ws-date">{formatDateTime(message.scheduledFor, locale)}</td>
          <td>
            {message.sentAt !== null ? (
              <span className="af-ws-badge af-ws-badge--state-submitted">{w.outboxSentAt(formatDateTime(message.sentAt, locale))}</span>
            ) : message.error !== null ? (
              <span className="af-field-error">
                {w.outboxFailed(message.error)}
                <span className="af-ws-sub">{w.outboxAttempts(message.attempts)}</span>
              </span>
            ) : (
              <span className="af-ws-badge af-ws-badge--state-not-opened">{w.outboxWaiting}</span>
            )}
          </td>
          <td>
            <div className="af-ws-row-actions">
              <button type="button" className="af-button af-button--small" onClick={() => onShow(message)}>
                {w.outboxShowText}
                <span className="af-visually-hidden"> – {message.respondentName}</span>
              </button>
              {!readOnly && message.sentAt === null && (
                <button type="button" className="af-button af-button--small" onClick={() => onMarkSent(message)}>
                  {w.outboxMarkSent}
                  <span className="af-visually-hidden"> – {message.respondentName}</span>
                </button>
              )}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
