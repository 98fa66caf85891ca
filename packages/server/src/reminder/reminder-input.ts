import { z } from "zod";

// The request bodies of the reminder routes: each zod schema beside its inferred type.

export const SendRemindersSchema = z.strictObject({
  /** who to remind; without it every respondent that has not submitted */
  respondentIds: z.array(z.string().min(1).max(100)).min(1, "give at least one respondent, or leave the field out").max(1000).optional(),
  /** the secretariat's own words, put into the mail */
  note: z.string().trim().max(2000).optional(),
});
export type SendRemindersInput = z.infer<typeof SendRemindersSchema>;

/** The largest number of days before a deadline a reminder can be scheduled. */
export const MAX_DAYS_BEFORE = 90;

export const ReminderScheduleSchema = z.strictObject({
  daysBefore: z
    .array(z.number().int("must be a whole number of days").min(1, "must be at least 1 day").max(MAX_DAYS_BEFORE, `must be at most ${MAX_DAYS_BEFORE} days`))
    .max(10, "at most 10 reminders")
    .refine((days) => new Set(days).size === days.length, "each number of days only once"),
});
export type ReminderScheduleInput = z.infer<typeof ReminderScheduleSchema>;
