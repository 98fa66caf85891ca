import { Router } from "express";
import { z } from "zod";
import type { ResolvedAppDeps } from "../app-deps.js";
import { currentUser, requireUser } from "../auth/current-user.js";
import { CampaignIdParamsSchema } from "@afrapport/schema/api";
import { unwrap } from "../http/unwrap.js";
import { parseInput } from "../http/parse.js";
import { registerRoute } from "../openapi/openapi-registry.js";
import { OutboxMessageSchema } from "../outbox/outbox.routes.js";
import { ReminderScheduleSchema, SendRemindersSchema } from "./reminder-input.js";
import { getReminderSchedule, sendReminders, setReminderSchedule } from "./reminder.service.js";

const ScheduleViewSchema = z.object({
  daysBefore: z.array(z.number().int()).describe("days before each respondent's effective deadline, largest first; [] for none"),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

const notFound = { description: "No such campaign, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign" };

/** Reminders: sent now by the secretariat, or scheduled a number of days before each respondent's deadline. */
export function reminderRoutes(deps: ResolvedAppDeps): Router {
  const router = Router();

  registerRoute({
    method: "post",
    path: "/api/campaigns/:id/reminders",
    summary: "Queue a reminder (with a fresh additional link) to the chosen respondents, default every one not submitted",
    description:
      "Each reminder carries a new link; the respondent's earlier links keep working. Respondents that submitted or whose deadline passed are skipped with the reason.",
    tags: ["mail"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: SendRemindersSchema },
    responses: {
      201: {
        description: "Queued",
        schema: z.object({
          queued: z.number().int(),
          messages: z.array(OutboxMessageSchema),
          skipped: z.array(z.object({ respondentId: z.string(), reason: z.enum(["submitted", "deadline-passed"]) })),
        }),
      },
      400: { description: "Invalid input, or a respondent id not in the campaign; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is not open" },
    },
  });
  router.post("/campaigns/:id/reminders", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(SendRemindersSchema, req.body ?? {});
    res.status(201).json(unwrap(await sendReminders(deps.db, currentUser(res), id, input, deps.config.publicUrl, deps.now())));
  });

  registerRoute({
    method: "get",
    path: "/api/campaigns/:id/reminder-schedule",
    summary: "The campaign's reminder schedule",
    tags: ["mail"],
    auth: "session",
    request: { params: CampaignIdParamsSchema },
    responses: { 200: { description: "The schedule", schema: ScheduleViewSchema }, 404: notFound },
  });
  router.get("/campaigns/:id/reminder-schedule", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    res.json(unwrap(await getReminderSchedule(deps.db, currentUser(res), id)));
  });

  registerRoute({
    method: "put",
    path: "/api/campaigns/:id/reminder-schedule",
    summary: "Set the reminder schedule, e.g. { daysBefore: [7, 2] }; [] for none",
    description: "While the campaign is open, each respondent that has not submitted gets each reminder once, by the hourly housekeeping.",
    tags: ["mail"],
    auth: "session",
    request: { params: CampaignIdParamsSchema, body: ReminderScheduleSchema },
    responses: {
      200: { description: "The schedule", schema: ScheduleViewSchema },
      400: { description: "Invalid input; `field` names it" },
      403: readOnly,
      404: notFound,
    },
  });
  router.put("/campaigns/:id/reminder-schedule", requireUser(), async (req, res) => {
    const { id } = parseInput(CampaignIdParamsSchema, req.params, "params");
    const input = parseInput(ReminderScheduleSchema, req.body);
    res.json(unwrap(await setReminderSchedule(deps.db, currentUser(res), id, input.daysBefore, deps.now())));
  });

  return router;
}
