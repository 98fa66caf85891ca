import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema } from "./common.js";

// The campaign's outbox: the invitations and reminders to respondents, sent or waiting.

export const OutboxMessageSchema = z.object({
  id: z.string(),
  respondentId: z.string(),
  respondentName: z.string(),
  kind: z.enum(["invitation", "reminder"]),
  to: z.string().nullable().describe("the contact email; null: none known, copy the text into your own mail"),
  subject: z.string(),
  body: z.string().describe("plain text; the invite link is in it until the message is sent"),
  createdAt: z.string(),
  scheduledFor: z.string().describe("when it is next due for sending"),
  sentAt: z.string().nullable(),
  sentBy: z.string().nullable().describe('"smtp", or the id of the user who marked it sent'),
  error: z.string().nullable().describe("the last sending error"),
  attempts: z.number().int(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

export const OutboxMessageParamsSchema = z.strictObject({ id: IdSchema, mid: IdSchema });

const notFound = { description: "No such campaign or message, or not one of yours" };
const manageOnly = { description: "Only the campaign's secretariat sees and handles its mail (the mails hold invite links)" };

export const outboxApi = {
  list: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/outbox",
    summary: "The campaign's mail to respondents, newest first",
    description: "Without SMTP_URL nothing is sent: the secretariat copies each text into its own mail and marks it sent.",
    tags: ["mail"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The messages", schema: z.object({ messages: z.array(OutboxMessageSchema) }) }, 403: manageOnly, 404: notFound },
  }),
  markSent: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/outbox/:mid/mark-sent",
    summary: "Mark a message sent, for a secretariat that copied its text into its own mail",
    description: "The link in the stored text is then removed.",
    tags: ["mail"],
    auth: "session",
    params: OutboxMessageParamsSchema,
    responses: {
      200: { description: "The message, now sent", schema: OutboxMessageSchema },
      400: { description: "A body was sent; this takes none" },
      403: manageOnly,
      404: notFound,
      409: { description: "The message was already sent" },
    },
  }),
};
