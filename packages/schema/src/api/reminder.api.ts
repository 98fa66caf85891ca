import { z } from "zod";
import { defineRoute } from "./define-route.js";
import { CampaignIdParamsSchema, IdSchema } from "./common.js";
import { OutboxMessageSchema } from "./outbox.api.js";

// Reminders: sent now by the secretariat, or scheduled a number of days before each respondent's deadline.

export const ReminderInputSchema = z.strictObject({
  /** who to remind; without it every respondent that has not submitted */
  respondentIds: z.array(IdSchema).min(1, "give at least one respondent, or leave the field out").max(1000).optional(),
  /** the secretariat's own words, put into the mail */
  note: z.string().trim().max(2000).optional(),
});
export type ReminderInput = z.infer<typeof ReminderInputSchema>;

export const ReminderSkipReasonSchema = z.enum(["submitted", "deadline-passed"]);
export type ReminderSkipReason = z.infer<typeof ReminderSkipReasonSchema>;

export const RemindersQueuedSchema = z.object({
  queued: z.number().int(),
  messages: z.array(OutboxMessageSchema),
  /** respondents asked for by id that get no reminder, and why */
  skipped: z.array(z.object({ respondentId: z.string(), reason: ReminderSkipReasonSchema })),
  /**
   * the reminded respondents without an e-mail address, each with the link of its reminder (waiting in the outbox)
   * to pass on by hand; url is null when the link cannot be shown (see the outbox)
   */
  withoutAddress: z.array(z.object({ respondentId: z.string(), name: z.string(), url: z.string().nullable() })),
});
export type RemindersQueued = z.infer<typeof RemindersQueuedSchema>;

/** The largest number of days before a deadline a reminder can be scheduled. */
export const MAX_REMINDER_DAYS_BEFORE = 90;

export const ReminderScheduleInputSchema = z.strictObject({
  daysBefore: z
    .array(
      z
        .number()
        .int("must be a whole number of days")
        .min(1, "must be at least 1 day")
        .max(MAX_REMINDER_DAYS_BEFORE, `must be at most ${MAX_REMINDER_DAYS_BEFORE} days`),
    )
    .max(10, "at most 10 reminders")
    .refine((days) => new Set(days).size === days.length, "each number of days only once"),
});
export type ReminderScheduleInput = z.infer<typeof ReminderScheduleInputSchema>;

export const ReminderScheduleSchema = z.object({
  daysBefore: z.array(z.number().int()).describe("days before each respondent's effective deadline, largest first; [] for none"),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ReminderSchedule = z.infer<typeof ReminderScheduleSchema>;

const notFound = { description: "No such campaign, or not one of yours" };
const readOnly = { description: "Only allowed to read this campaign" };

export const reminderApi = {
  send: defineRoute({
    method: "post",
    path: "/api/campaigns/:id/reminders",
    summary: "Queue a reminder (with a fresh additional link) to the chosen respondents, default every one not submitted",
    description:
      "Each reminder carries a new link; the respondent's earlier links keep working. Respondents that submitted or whose deadline passed are skipped with the reason.",
    tags: ["mail"],
    auth: "session",
    params: CampaignIdParamsSchema,
    // a request without a body reminds every respondent that has not submitted
    body: ReminderInputSchema.default({}),
    responses: {
      201: { description: "Queued", schema: RemindersQueuedSchema },
      400: { description: "Invalid input, or a respondent id not in the campaign; `field` names it" },
      403: readOnly,
      404: notFound,
      409: { description: "The campaign is not open" },
    },
  }),
  getSchedule: defineRoute({
    method: "get",
    path: "/api/campaigns/:id/reminder-schedule",
    summary: "The campaign's reminder schedule",
    tags: ["mail"],
    auth: "session",
    params: CampaignIdParamsSchema,
    responses: { 200: { description: "The schedule", schema: ReminderScheduleSchema }, 404: notFound },
  }),
  setSchedule: defineRoute({
    method: "put",
    path: "/api/campaigns/:id/reminder-schedule",
    summary: "Set the reminder schedule, e.g. { daysBefore: [7, 2] }; [] for none",
    description: "While the campaign is open, each respondent that has not submitted gets each reminder once, by the hourly housekeeping.",
    tags: ["mail"],
    auth: "session",
    params: CampaignIdParamsSchema,
    body: ReminderScheduleInputSchema,
    responses: {
      200: { description: "The schedule", schema: ReminderScheduleSchema },
      400: { description: "Invalid input; `field` names it" },
      403: readOnly,
      404: notFound,
    },
  }),
};
