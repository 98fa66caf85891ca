import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignStatusSchema, IdSchema, RespondentKindSchema, responses } from "./common.js";

// Webhooks: a secretariat's IT is told, by a signed HTTP POST, when something happens in its region's campaigns.
// Each request carries Afrapport-Event, Afrapport-Delivery (the same on every retry), Afrapport-Timestamp (Unix
// seconds) and Afrapport-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>"> made with the webhook's secret.

/** The events a webhook can ask for; each is one moment of a campaign. */
export const webhookEventNames = [
  "response.submitted",
  "response.reopened",
  "campaign.opened",
  "campaign.closed",
  "campaign.reported",
  "approval.decided",
] as const;
export const WebhookEventNameSchema = z.enum(webhookEventNames, {
  error: `must be one of ${webhookEventNames.join(", ")}`,
});
export type WebhookEventName = z.infer<typeof WebhookEventNameSchema>;

/** The event a "send a test event" delivers; it cannot be subscribed to. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

export const MAX_WEBHOOK_URL = 2000;
export const MAX_WEBHOOK_DESCRIPTION = 200;

const UrlInputSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_WEBHOOK_URL, `must be at most ${MAX_WEBHOOK_URL} characters`)
  .describe("https://…; http://localhost or http://127.0.0.1 only where the server allows local webhooks (WEBHOOKS_ALLOW_LOCAL)");

const EventsInputSchema = z
  .array(WebhookEventNameSchema)
  .min(1, "choose at least one event")
  .max(webhookEventNames.length)
  .refine((events) => new Set(events).size === events.length, "must not name an event twice");

export const CreateWebhookSchema = z.strictObject({
  url: UrlInputSchema,
  events: EventsInputSchema,
  /** one campaign; without it, every campaign of the region */
  campaignId: IdSchema.optional(),
  /** the region of a region-wide webhook: a secretariat's own (the default); an admin must name it */
  regionCode: z.string().regex(/^\d{4}$/, "must be a 4-digit region code").optional(),
  description: z.string().trim().max(MAX_WEBHOOK_DESCRIPTION, `must be at most ${MAX_WEBHOOK_DESCRIPTION} characters`).optional(),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z
  .strictObject({
    url: UrlInputSchema.optional(),
    events: EventsInputSchema.optional(),
    description: z.string().trim().max(MAX_WEBHOOK_DESCRIPTION, `must be at most ${MAX_WEBHOOK_DESCRIPTION} characters`).nullable().optional(),
    /** false: nothing is delivered (events meanwhile are not kept for it); deliveries already due are still tried */
    active: z.boolean().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, "give at least one of url, events, description, active");
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookSchema>;

export const WebhookSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  campaignId: z.string().nullable().describe("null: every campaign of the region"),
  url: z.string(),
  events: z.array(WebhookEventNameSchema),
  description: z.string().nullable(),
  active: z.boolean(),
  /** the secret's first characters, to tell which one a receiver holds; the secret itself is shown once */
  secretHint: z.string(),
  secretRotatedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** the latest delivery's outcome, null before the first */
  lastDelivery: z.object({ status: z.enum(["pending", "delivered", "failed"]), at: z.string() }).nullable(),
});
export type Webhook = z.infer<typeof WebhookSchema>;

export const WebhookWithSecretSchema = z.object({
  webhook: WebhookSchema,
  secret: z.string().describe("shown this once: keep it where the receiver can read it; it signs every request"),
});
export type WebhookWithSecret = z.infer<typeof WebhookWithSecretSchema>;

// ——— what is sent ———

const CampaignRefSchema = z.object({ id: z.string(), url: z.string().describe("the campaign in the workspace") });

const ResponseDataSchema = z.object({
  response: z.object({
    id: z.string(),
    respondentId: z.string(),
    respondentKind: RespondentKindSchema,
    kommuneCode: z.string().nullable(),
    revision: z.number().int(),
    url: z.string().describe("the response in the workspace (sign-in needed); never the respondent's own link"),
  }),
});

const StatusDataSchema = z.object({ from: CampaignStatusSchema, to: CampaignStatusSchema });

const base = {
  id: z.string().describe("the event's id: the same in a redelivery"),
  occurredAt: z.string(),
  regionCode: z.string(),
};

/** The JSON body of a webhook request: ids and links only, never answers or tokens. */
export const WebhookPayloadSchema = z.discriminatedUnion("event", [
  z.object({ ...base, event: z.literal("response.submitted"), campaign: CampaignRefSchema, data: ResponseDataSchema }),
  z.object({ ...base, event: z.literal("response.reopened"), campaign: CampaignRefSchema, data: ResponseDataSchema }),
  z.object({ ...base, event: z.literal("campaign.opened"), campaign: CampaignRefSchema, data: StatusDataSchema }),
  z.object({ ...base, event: z.literal("campaign.closed"), campaign: CampaignRefSchema, data: StatusDataSchema }),
  z.object({ ...base, event: z.literal("campaign.reported"), campaign: CampaignRefSchema, data: StatusDataSchema }),
  z.object({
    ...base,
    event: z.literal("approval.decided"),
    campaign: CampaignRefSchema,
    data: z.object({
      decisionId: z.string(),
      step: z.number().int(),
      stepName: z.string(),
      decision: z.string(),
      date: z.string(),
      snapshotId: z.string(),
    }),
  }),
  z.object({ ...base, event: z.literal(WEBHOOK_TEST_EVENT), campaign: CampaignRefSchema.nullable(), data: z.object({ webhookId: z.string() }) }),
]);
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>;

export const WebhookDeliverySchema = z.object({
  id: z.string().describe("sent as Afrapport-Delivery; the same on every retry"),
  event: z.string(),
  status: z.enum(["pending", "delivered", "failed"]).describe("failed: given up after the last attempt"),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  responseStatus: z.number().int().nullable().describe("the receiver's HTTP status at the last attempt"),
  lastError: z.string().nullable().describe("the last attempt's error, in English, for developers"),
  failure: z
    .enum(["status", "redirect", "timeout", "refused", "network", "switched_off"])
    .nullable()
    .describe("why the last attempt failed: another status than 2xx, a redirect (not followed), no answer in time, a refused address, no connection; or not sent, the webhook being switched off"),
  redeliveryOf: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
  payload: WebhookPayloadSchema,
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookParamsSchema = z.strictObject({ wid: IdSchema });
export const WebhookDeliveryParamsSchema = z.strictObject({ wid: IdSchema, did: IdSchema });
export const WebhookListQuerySchema = z.strictObject({
  /** only the webhooks that apply to this campaign: its own and its region's */
  campaignId: IdSchema.optional(),
  regionCode: z.string().regex(/^\d{4}$/, "must be a 4-digit region code").optional(),
});

const notFound = { description: "No such webhook (or delivery), or not of your region" };
const managers = { description: "Only a secretariat (of the webhook's region) or an admin manages webhooks" };

export const webhookApi = {
  list: defineRoute({
    method: "get",
    path: "/api/webhooks",
    summary: "The webhooks of your region (an admin: of every region, or of regionCode)",
    tags: ["webhooks"],
    auth: "session",
    query: WebhookListQuerySchema,
    responses: { 200: { description: "The webhooks", schema: z.object({ webhooks: z.array(WebhookSchema) }) }, 400: responses.invalid, 403: managers, 404: responses.campaignNotFound },
  }),
  create: defineRoute({
    method: "post",
    path: "/api/webhooks",
    summary: "Register a webhook for one campaign or a whole region",
    description:
      "The answer holds the signing secret; it is never shown again (rotate it for a new one). The URL must be https; a private, loopback or link-local address is refused unless the server allows local webhooks.",
    tags: ["webhooks"],
    auth: "session",
    body: CreateWebhookSchema,
    responses: { 201: { description: "The webhook and its secret", schema: WebhookWithSecretSchema }, 400: responses.invalid, 403: managers, 404: responses.campaignNotFound },
  }),
  get: defineRoute({
    method: "get",
    path: "/api/webhooks/:wid",
    summary: "One webhook",
    tags: ["webhooks"],
    auth: "session",
    params: WebhookParamsSchema,
    responses: { 200: { description: "The webhook", schema: WebhookSchema }, 403: managers, 404: notFound },
  }),
  update: defineRoute({
    method: "patch",
    path: "/api/webhooks/:wid",
    summary: "Change a webhook's address, events or description, or switch it off and on",
    tags: ["webhooks"],
    auth: "session",
    params: WebhookParamsSchema,
    body: UpdateWebhookSchema,
    responses: { 200: { description: "The webhook", schema: WebhookSchema }, 400: responses.invalid, 403: managers, 404: notFound },
  }),
  remove: defineRoute({
    method: "delete",
    path: "/api/webhooks/:wid",
    summary: "Delete a webhook with its delivery log",
    tags: ["webhooks"],
    auth: "session",
    params: WebhookParamsSchema,
    responses: { 204: { description: "Deleted" }, 403: managers, 404: notFound },
  }),
  rotateSecret: defineRoute({
    method: "post",
    path: "/api/webhooks/:wid/rotate-secret",
    summary: "Replace the signing secret; the new one is shown once and signs every request from now on",
    tags: ["webhooks"],
    auth: "session",
    params: WebhookParamsSchema,
    responses: { 200: { description: "The webhook and its new secret", schema: WebhookWithSecretSchema }, 403: managers, 404: notFound },
  }),
  sendTest: defineRoute({
    method: "post",
    path: "/api/webhooks/:wid/test",
    summary: `Queue a ${WEBHOOK_TEST_EVENT} event to this webhook (also when it is switched off)`,
    tags: ["webhooks"],
    auth: "session",
    params: WebhookParamsSchema,
    responses: { 202: { description: "The delivery, queued", schema: WebhookDeliverySchema }, 403: managers, 404: notFound },
  }),
  deliveries: defineRoute({
    method: "get",
    path: "/api/webhooks/:wid/deliveries",
    summary: "The webhook's delivery log, newest first (the latest 200)",
    tags: ["webhooks"],
    auth: "session",
    params: WebhookParamsSchema,
    responses: { 200: { description: "The deliveries", schema: z.object({ deliveries: z.array(WebhookDeliverySchema) }) }, 403: managers, 404: notFound },
  }),
  redeliver: defineRoute({
    method: "post",
    path: "/api/webhooks/:wid/deliveries/:did/redeliver",
    summary: "Send a delivery's event again, as a new delivery (a new Afrapport-Delivery; the same event id)",
    tags: ["webhooks"],
    auth: "session",
    params: WebhookDeliveryParamsSchema,
    responses: { 202: { description: "The new delivery, queued", schema: WebhookDeliverySchema }, 403: managers, 404: notFound },
  }),
};
