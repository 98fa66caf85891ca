import { webhookApi, type Webhook } from "@afrapport/schema/api";
import { useState } from "react";
import { formatDateTime } from "../../format.js";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import type { CampaignTabProps } from "../shell/campaign-tab-props.js";
import { DataTable } from "../shell/data-table.js";
import { Dialog } from "../shell/dialog.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem, LoadProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { DeliveryLogDialog } from "./delivery-log-dialog.js";
import { SecretDialog } from "./secret-dialog.js";
import { WebhookFormDialog } from "./webhook-form-dialog.js";
import { useWebhooksMessages } from "./webhooks-messages.js";
import "./webhooks.css";

type Confirm = { kind: "remove" | "rotate"; webhook: Webhook };

/**
 * A campaign's »Webhooks« tab: the webhooks that tell the secretariat's own systems of this campaign's events (its
 * own and the region's), to add, edit, switch off and on, test, give a new secret or delete; each with its
 * delivery log.
 */
export function WebhooksTab({ campaign }: CampaignTabProps) {
  const { m, w, locale } = useWebhooksMessages();
  const { api } = useSession();
  const list = useLoad(() => api.call(webhookApi.list, { query: { campaignId: campaign.id } }), campaign.id);
  const [editing, setEditing] = useState<{ webhook: Webhook | undefined } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [logOf, setLogOf] = useState<Webhook | null>(null);
  const [notice, setNotice] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const done = (text: string) => {
    setProblem(null);
    setNotice(text);
    list.reload();
  };
  const act = async <T,>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: Parameters<typeof apiErrorText>[0] }>, after: (value: T) => void) => {
    const result = await call();
    if (!result.ok) {
      setNotice("");
      setProblem(apiErrorText(result.error, w));
      return;
    }
    after(result.value);
  };

  const switchActive = (webhook: Webhook) =>
    act(
      () => api.call(webhookApi.update, { params: { wid: webhook.id }, body: { active: !webhook.active } }),
      () => done(webhook.active ? m.switchedOff : m.switchedOn),
    );
  const sendTest = (webhook: Webhook) => act(() => api.call(webhookApi.sendTest, { params: { wid: webhook.id } }), () => done(m.testQueued));
  const confirmed = async (target: Confirm) => {
    setConfirm(null);
    if (target.kind === "remove") await act(() => api.call(webhookApi.remove, { params: { wid: target.webhook.id } }), () => done(m.removed));
    else
      await act(
        () => api.call(webhookApi.rotateSecret, { params: { wid: target.webhook.id } }),
        (value) => {
          done(m.saved);
          setSecret(value.secret);
        },
      );
  };

  return (
    <div className="af-ws-webhooks">
      <h2>{m.heading}</h2>
      <p className="af-lead">{m.intro}</p>
      <p>{m.readMore}</p>
      <div role="status" className="af-ws-live">
        {notice !== "" && (
          <div className="af-notice af-notice--success">
            <p>{notice}</p>
          </div>
        )}
      </div>
      {problem !== null && <InlineProblem>{problem}</InlineProblem>}
      <div className="af-ws-actions">
        <button type="button" className="af-button af-button--primary" onClick={() => setEditing({ webhook: undefined })}>
          {m.add}
        </button>
      </div>
      {list.loaded.status === "loading" && <Loading />}
      {list.loaded.status === "error" && <LoadProblem text={list.loaded.text} onRetry={list.reload} />}
      {list.loaded.status === "ok" &&
        (list.loaded.value.webhooks.length === 0 ? (
          <p className="af-ws-empty">{m.empty}</p>
        ) : (
          <DataTable caption={m.tableCaption} columns={[m.colAddress, m.colScope, m.colEvents, m.colState]} actions={w.columnActions}>
            {list.loaded.value.webhooks.map((webhook) => {
              const name = <span className="af-visually-hidden"> – {webhook.url}</span>;
              return (
                <tr key={webhook.id}>
                  <th scope="row">
                    <span className="af-ws-webhook-url">{webhook.url}</span>
                    {webhook.description !== null && <span className="af-ws-sub">{webhook.description}</span>}
                  </th>
                  <td>{webhook.campaignId === null ? m.scopeRegion : m.scopeCampaign}</td>
                  <td>{webhook.events.map((event) => m.eventNames[event]).join(", ")}</td>
                  <td>
                    <span className={`af-ws-badge ${webhook.active ? "af-ws-badge--state-submitted" : "af-ws-badge--state-not-opened"}`}>{webhook.active ? m.active : m.inactive}</span>
                    <span className="af-ws-sub">
                      {webhook.lastDelivery === null ? m.noDeliveries : m.lastDelivery(webhook.lastDelivery.status, formatDateTime(webhook.lastDelivery.at, locale))}
                    </span>
                  </td>
                  <td>
                    <div className="af-ws-row-actions">
                      <button type="button" className="af-button af-button--small" onClick={() => setLogOf(webhook)}>
                        {m.showLog}
                        {name}
                      </button>
                      <button type="button" className="af-button af-button--small" onClick={() => void sendTest(webhook)}>
                        {m.sendTest}
                        {name}
                      </button>
                      <button type="button" className="af-button af-button--small" onClick={() => setEditing({ webhook })}>
                        {m.edit}
                        {name}
                      </button>
                      <button type="button" className="af-button af-button--small" onClick={() => void switchActive(webhook)}>
                        {webhook.active ? m.switchOff : m.switchOn}
                        {name}
                      </button>
                      <button type="button" className="af-button af-button--small" onClick={() => setConfirm({ kind: "rotate", webhook })}>
                        {m.newSecret}
                        {name}
                      </button>
                      <button type="button" className="af-button af-button--small af-button--danger" onClick={() => setConfirm({ kind: "remove", webhook })}>
                        {m.remove}
                        {name}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        ))}
      <WebhookFormDialog
        campaign={campaign}
        webhook={editing?.webhook}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onCreated={(created) => {
          setEditing(null);
          done(m.saved);
          setSecret(created.secret);
        }}
        onSaved={() => {
          setEditing(null);
          done(m.saved);
        }}
      />
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
      <DeliveryLogDialog webhook={logOf} onClose={() => setLogOf(null)} />
      <Dialog title={confirm === null ? "" : confirm.kind === "remove" ? m.removeTitle : m.rotateTitle} open={confirm !== null} onClose={() => setConfirm(null)}>
        {confirm !== null && (
          <>
            <p>{confirm.kind === "remove" ? m.removeText(confirm.webhook.url) : m.rotateText}</p>
            <div className="af-ws-actions">
              <button type="button" className={`af-button ${confirm.kind === "remove" ? "af-button--danger" : "af-button--primary"}`} onClick={() => void confirmed(confirm)}>
                {confirm.kind === "remove" ? m.removeConfirm : m.rotateConfirm}
              </button>
              <button type="button" className="af-button" onClick={() => setConfirm(null)}>
                {m.cancel}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
