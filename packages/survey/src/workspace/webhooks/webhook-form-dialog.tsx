import { webhookApi, webhookEventNames, type Campaign, type Webhook, type WebhookWithSecret } from "@afrapport/schema/api";
import { useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { Dialog } from "../shell/dialog.js";
import { ErrorSummary, type FieldProblem } from "../shell/error-summary.js";
import { TextField } from "../shell/form-field.js";
import { createWebhookInput, initialWebhookValues, toggleEvent, updateWebhookInput, webhookFormProblems, type WebhookFormField, type WebhookFormValues } from "./webhook-form.js";
import { useWebhooksMessages } from "./webhooks-messages.js";

const fieldIds: Record<WebhookFormField, string> = { url: "webhook-url", events: "webhook-events", description: "webhook-description" };

/**
 * Adds a webhook (for this campaign or the whole region) or edits one: address, events, description. A new
 * webhook's secret comes back in `onCreated`, to be shown once.
 */
export function WebhookFormDialog({
  campaign,
  webhook,
  open,
  onClose,
  onCreated,
  onSaved,
}: {
  campaign: Campaign;
  /** the webhook to edit; undefined adds one */
  webhook: Webhook | undefined;
  open: boolean;
  onClose(): void;
  onCreated(created: WebhookWithSecret): void;
  onSaved(saved: Webhook): void;
}) {
  const { m, w } = useWebhooksMessages();
  return (
    <Dialog title={webhook === undefined ? m.addTitle : m.editTitle} open={open} onClose={onClose} wide>
      {open && <WebhookForm key={webhook?.id ?? "new"} campaign={campaign} webhook={webhook} onCancel={onClose} onCreated={onCreated} onSaved={onSaved} m={m} w={w} />}
    </Dialog>
  );
}

function WebhookForm({
  campaign,
  webhook,
  onCancel,
  onCreated,
  onSaved,
  m,
  w,
}: {
  campaign: Campaign;
  webhook: Webhook | undefined;
  onCancel(): void;
  onCreated(created: WebhookWithSecret): void;
  onSaved(saved: Webhook): void;
  m: ReturnType<typeof useWebhooksMessages>["m"];
  w: ReturnType<typeof useWebhooksMessages>["w"];
}) {
  const { api } = useSession();
  const [values, setValues] = useState<WebhookFormValues>(() => initialWebhookValues(webhook));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof WebhookFormValues>(key: K, value: WebhookFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const errorOf = (field: WebhookFormField) => problems.find((p) => p.fieldId === fieldIds[field])?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = webhookFormProblems(values).map((p) => ({ fieldId: fieldIds[p.field], message: m.problem(p.problem) }));
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    const words = {
      overrides: { validation_failed: (error: { field?: string }) => (error.field === "url" ? m.serverUrlRefused : undefined) },
      fieldLabels: { url: m.urlLabel, events: m.eventsLegend, description: m.descriptionLabel },
    };
    const serverProblem = (error: Parameters<typeof apiErrorText>[0]) => {
      const field = error.field === undefined ? undefined : (Object.entries(fieldIds).find(([name]) => error.field!.split(".")[0] === name)?.[1]);
      setProblems([{ ...(field === undefined ? {} : { fieldId: field }), message: apiErrorText(error, w, words) }]);
    };
    if (webhook === undefined) {
      const result = await api.call(webhookApi.create, { body: createWebhookInput(values, campaign) });
      setBusy(false);
      if (!result.ok) return serverProblem(result.error);
      onCreated(result.value);
    } else {
      const result = await api.call(webhookApi.update, { params: { wid: webhook.id }, body: updateWebhookInput(values) });
      setBusy(false);
      if (!result.ok) return serverProblem(result.error);
      onSaved(result.value);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="af-ws-form">
      <ErrorSummary problems={problems} attempt={attempt} />
      <TextField
        id={fieldIds.url}
        label={m.urlLabel}
        hint={m.urlHint}
        error={errorOf("url")}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={values.url}
        onChange={(event) => set("url", event.target.value)}
      />
      <fieldset id={fieldIds.events} tabIndex={-1} className={`af-ws-fieldset${errorOf("events") === undefined ? "" : " af-ws-field--error"}`} aria-describedby={errorOf("events") === undefined ? undefined : `${fieldIds.events}-error`}>
        <legend className="af-ws-field__label">{m.eventsLegend}</legend>
        {errorOf("events") !== undefined && (
          <span id={`${fieldIds.events}-error`} className="af-field-error af-ws-field__error">
            {errorOf("events")}
          </span>
        )}
        {webhookEventNames.map((name) => (
          <div className="af-ws-check" key={name}>
            <input
              id={`webhook-event-${name}`}
              type="checkbox"
              checked={values.events.includes(name)}
              onChange={(event) => set("events", toggleEvent(values.events, name, event.target.checked, webhookEventNames))}
            />
            <label htmlFor={`webhook-event-${name}`}>{m.eventNames[name]}</label>
          </div>
        ))}
      </fieldset>
      {webhook === undefined && (
        <fieldset className="af-ws-fieldset">
          <legend className="af-ws-field__label">{m.scopeLegend}</legend>
          {(["campaign", "region"] as const).map((scope) => (
            <div className="af-ws-check" key={scope}>
              <input id={`webhook-scope-${scope}`} type="radio" name="webhook-scope" checked={values.scope === scope} onChange={() => set("scope", scope)} />
              <label htmlFor={`webhook-scope-${scope}`}>{scope === "campaign" ? m.scopeCampaignOption : m.scopeRegionOption}</label>
            </div>
          ))}
        </fieldset>
      )}
      <TextField
        id={fieldIds.description}
        label={m.descriptionLabel}
        hint={m.descriptionHint}
        error={errorOf("description")}
        value={values.description}
        onChange={(event) => set("description", event.target.value)}
      />
      <div className="af-ws-actions">
        <button type="submit" className="af-button af-button--primary" disabled={busy}>
          {busy ? m.saving : m.save}
        </button>
        <button type="button" className="af-button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
