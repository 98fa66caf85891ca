import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { listOutbox, markSent } from "./outbox.service.js";

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

export const MessageParamsSchema = z.strictObject({ id: z.string().min(1).max(100), mid: z.string().min(1).max(100) });

const notFound = { description: "No such campaign or message, or not one of yours" };
const manageOnly = { description: "Only the campaign's secretariat sees and handles its mail (the mails hold invite links)" };

/** The campaign's outbox: the invitations and reminders, sent or waiting. */
export function outboxRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/outbox",
    summary: "The campaign's mail to respondents, newest first",
    description: "Without SMTP_URL nothing is sent: the secretariat copies each text into its own mail and marks it sent.",
    tags: ["mail"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "The messages", schema: z.object({ messages: z.array(OutboxMessageSchema) }) }, 403: manageOnly, 404: notFound },
  });
  router.get("/campaigns/:id/outbox", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json({ messages: unwrap(await listOutbox(deps.db, currentUser(res), id)) });
  });

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/outbox/:mid/mark-sent",
    summary: "Mark a message sent, for a secretariat that copied its text into its own mail",
    description: "The link in the stored text is then removed.",
    tags: ["mail"],
    auth: "session",
    request: { params: MessageParamsSchema },
    responses: {
      200: { description: "The message, now sent", schema: OutboxMessageSchema },
      400: { description: "A body was sent; this takes none" },
      403: manageOnly,
      404: notFound,
      409: { description: "The message was already sent" },
    },
  });
  router.post("/campaigns/:id/outbox/:mid/mark-sent", requireUser(), async (req, res) => {
    const { id, mid } = parseInput(MessageParamsSchema, req.params, "params");
    if (req.body !== undefined) parseInput(z.strictObject({}), req.body);
    res.json(unwrap(await markSent(deps.db, currentUser(res), id, mid, deps.now())));
  });

  return router;
}
