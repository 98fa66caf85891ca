import { webhookApi, type Webhook, type WebhookDelivery } from "@afrapport/schema/api";
import { useState } from "react";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { DataTable } from "../shell/data-table.js";
import { Dialog } from "../shell/dialog.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWebhooksMessages } from "./webhooks-messages.js";
import "./webhooks.css";

const badge: Record<WebhookDelivery["status"], string> = {
  pending: "af-ws-badge af-ws-badge--state-not-opened",
  delivered: "af-ws-badge af-ws-badge--state-submitted",
  failed: "af-ws-badge af-ws-badge--state-reopened",
};

/** A webhook's deliveries, newest first: event, status, attempts, the receiver's last answer, the next try; »Send igen«. */
export function DeliveryLogDialog({ webhook, onClose }: { webhook: Webhook | null; onClose(): void }) {
  const { m } = useWebhooksMessages();
  return (
    <Dialog title={webhook === null ? "" : m.logTitle(webhook.url)} open={webhook !== null} onClose={onClose} wide>
      {webhook !== null && <DeliveryLog webhook={webhook} />}
    </Dialog>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const { m, w, locale } = useWebhooksMessages();
  const { api } = useSession();
  const log = useLoad(() => api.call(webhookApi.deliveries, { params: { wid: webhook.id } }), webhook.id);
  const [notice, setNotice] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const at = (iso: string | null) => (iso === null ? "–" : formatDateTime(iso, locale));

  const redeliver = async (delivery: WebhookDelivery) => {
    const result = await api.call(webhookApi.redeliver, { params: { wid: webhook.id, did: delivery.id } });
    if (!result.ok) return setProblem(apiErrorText(result.error, w));
    setProblem(null);
    setNotice(m.redeliveryQueued);
    log.reload();
  };

  return (
    <>
      <div role="status" className="af-ws-live">
        {notice !== "" && <p className="af-notice af-notice--success">{notice}</p>}
      </div>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <div className="af-ws-actions">
        <button type="button" className="af-button af-button--small" onClick={log.reload}>
          {m.reload}
        </button>
      </div>
      {log.loaded.status === "loading" && <Loading />}
      {log.loaded.status === "error" && <LoadProblem text={log.loaded.text} onRetry={log.reload} />}
      {log.loaded.status === "ok" &&
        (log.loaded.value.deliveries.length === 0 ? (
          <p className="af-ws-empty">{m.logEmpty}</p>
        ) : (
          <DataTable caption={m.logCaption} columns={[m.logColEvent, m.logColCreated, m.logColStatus, m.logColAnswer, m.logColNext]} actions={w.columnActions}>
            {log.loaded.value.deliveries.map((delivery) => {
              const event = m.eventNames[delivery.event as keyof typeof m.eventNames] ?? delivery.event;
              return (
                <tr key={delivery.id}>
                  <th scope="row">
                    {event}
                    <span className="af-ws-sub af-ws-webhook-id">{delivery.id}</span>
                  </th>
                  <td>{at(delivery.createdAt)}</td>
                  <td>
                    <span className={badge[delivery.status]}>{m.deliveryStatus[delivery.status]}</span>
                    <span className="af-ws-sub">{m.attempts(delivery.attempts)}</span>
                  </td>
                  <td>{m.answer(delivery.failure, delivery.responseStatus)}</td>
                  <td className="af-ws-date">{at(delivery.nextAttemptAt)}</td>
                  <td>
                    {delivery.status !== "pending" && (
                      <button type="button" className="af-button af-button--small" onClick={() => void redeliver(delivery)}>
                        {m.redeliver}
                        <span className="af-visually-hidden">
                          {" "}
                          – {event}, {at(delivery.createdAt)}
                        </span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        ))}
    </>
  );
}
