import { MAX_WEBHOOK_DESCRIPTION, MAX_WEBHOOK_URL, type CreateWebhookInput, type UpdateWebhookInput, type Webhook, type WebhookEventName } from "@afrapport/schema/api";

/** What the webhook form holds while it is filled in. */
export interface WebhookFormValues {
  url: string;
  description: string;
  events: WebhookEventName[];
  scope: "campaign" | "region";
}

export type WebhookFormField = "url" | "events" | "description";
export type WebhookFormProblem = "urlMissing" | "urlInvalid" | "urlNotHttps" | "urlCredentials" | "urlTooLong" | "eventsMissing" | "descriptionTooLong";

/** The events a new webhook starts with: what the issue asked for (a response submitted or reopened, a campaign closed). */
export const defaultEvents: WebhookEventName[] = ["response.submitted", "response.reopened", "campaign.closed"];

export function initialWebhookValues(webhook?: Webhook): WebhookFormValues {
  if (webhook === undefined) return { url: "", description: "", events: [...defaultEvents], scope: "campaign" };
  return { url: webhook.url, description: webhook.description ?? "", events: [...webhook.events], scope: webhook.campaignId === null ? "region" : "campaign" };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The form's problems before anything is sent. The server checks the address further (no private or local
 * network); http:// is let through for localhost, which a development server may allow.
 */
export function webhookFormProblems(values: WebhookFormValues): Array<{ field: WebhookFormField; problem: WebhookFormProblem }> {
  const problems: Array<{ field: WebhookFormField; problem: WebhookFormProblem }> = [];
  const url = values.url.trim();
  if (url === "") problems.push({ field: "url", problem: "urlMissing" });
  else if (url.length > MAX_WEBHOOK_URL) problems.push({ field: "url", problem: "urlTooLong" });
  else {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== "https:" && parsed.protocol !== "http:") || parsed.hostname === "") problems.push({ field: "url", problem: "urlInvalid" });
    else if (parsed.username !== "" || parsed.password !== "") problems.push({ field: "url", problem: "urlCredentials" });
    else if (parsed.protocol === "http:" && !LOCAL_HOSTS.has(parsed.hostname)) problems.push({ field: "url", problem: "urlNotHttps" });
  }
  if (values.events.length === 0) problems.push({ field: "events", problem: "eventsMissing" });
  if (values.description.trim().length > MAX_WEBHOOK_DESCRIPTION) problems.push({ field: "description", problem: "descriptionTooLong" });
  return problems;
}

/** The body that registers the webhook: for this campaign, or for the campaign's whole region. */
export function createWebhookInput(values: WebhookFormValues, campaign: { id: string; regionCode: string }): CreateWebhookInput {
  const description = values.description.trim();
  return {
    url: values.url.trim(),
    events: values.events,
    ...(values.scope === "campaign" ? { campaignId: campaign.id } : { regionCode: campaign.regionCode }),
    ...(description === "" ? {} : { description }),
  };
}

/** The changes to send for an existing webhook (its scope stays as it was registered). */
export function updateWebhookInput(values: WebhookFormValues): UpdateWebhookInput {
  const description = values.description.trim();
  return { url: values.url.trim(), events: values.events, description: description === "" ? null : description };
}

/** Ticks or unticks one event, keeping the contract's order. */
export function toggleEvent(events: readonly WebhookEventName[], event: WebhookEventName, on: boolean, order: readonly WebhookEventName[]): WebhookEventName[] {
  const next = new Set(events);
  if (on) next.add(event);
  else next.delete(event);
  return order.filter((candidate) => next.has(candidate));
}
