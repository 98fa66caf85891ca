import { WEBHOOK_TEST_EVENT, type WebhookPayload } from "@afrapport/schema/api";
import type { WebhookEventRow } from "../db/tables.js";

// The workspace's addresses (packages/survey/src/workspace/workspace-routes.ts): links a receiver can show its
// users; opening them needs a sign-in.
const campaignUrl = (publicUrl: string, campaignId: string) => `${publicUrl}/sekretariat/kampagner/${encodeURIComponent(campaignId)}/status`;
const responseUrl = (publicUrl: string, campaignId: string, respondentId: string) =>
  `${publicUrl}/sekretariat/kampagner/${encodeURIComponent(campaignId)}/rapport/svar/${encodeURIComponent(respondentId)}`;

/** The body sent for an event: its ids, as recorded, with the links to the campaign and the response. */
export function webhookPayload(event: Pick<WebhookEventRow, "id" | "event" | "region_code" | "campaign_id" | "occurred_at" | "data_json">, publicUrl: string): WebhookPayload {
  const data = JSON.parse(event.data_json) as Record<string, any>;
  const campaign = { id: event.campaign_id, url: campaignUrl(publicUrl, event.campaign_id) };
  const base = { id: event.id, occurredAt: event.occurred_at, regionCode: event.region_code, campaign };
  if (event.event === "response.submitted" || event.event === "response.reopened") {
    const response = data.response as { id: string; respondentId: string; respondentKind: "municipality" | "offer"; kommuneCode: string | null; revision: number };
    return { ...base, event: event.event, data: { response: { ...response, url: responseUrl(publicUrl, event.campaign_id, response.respondentId) } } };
  }
  if (event.event === "campaign.opened" || event.event === "campaign.closed" || event.event === "campaign.reported") {
    return { ...base, event: event.event, data: { from: data.from, to: data.to } };
  }
  if (event.event === "approval.decided") {
    return { ...base, event: event.event, data: { decisionId: data.decisionId, step: data.step, stepName: data.stepName, decision: data.decision, date: data.date, snapshotId: data.snapshotId } };
  }
  throw new Error(`webhookPayload: unknown event ${event.event}`);
}

/** The body of a test event to one webhook. */
export function testPayload(input: { eventId: string; webhookId: string; regionCode: string; campaignId: string | null; at: string }, publicUrl: string): WebhookPayload {
  return {
    id: input.eventId,
    event: WEBHOOK_TEST_EVENT,
    occurredAt: input.at,
    regionCode: input.regionCode,
    campaign: input.campaignId === null ? null : { id: input.campaignId, url: campaignUrl(publicUrl, input.campaignId) },
    data: { webhookId: input.webhookId },
  };
}
