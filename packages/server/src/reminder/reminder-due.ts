const DAY_MS = 24 * 3600 * 1000;

/**
 * Which scheduled reminder, if any, is due for a respondent now: of the schedule's "N days before the deadline"
 * whose moment has passed, the one nearest the deadline. Never after the deadline, and never one whose moment came
 * before the respondent was invited (a respondent invited two days before the deadline gets no "7 days before").
 * With [7, 2], a server that was down through the 7-day moment and comes back after the 2-day one sends the 2-day
 * reminder only; a respondent gets each N at most once (the outbox's dedupe key).
 */
export function dueScheduledReminder(input: { daysBefore: readonly number[]; deadline: string; invitedAt: string; now: Date }): number | undefined {
  const deadline = Date.parse(input.deadline);
  const now = input.now.getTime();
  const invitedAt = Date.parse(input.invitedAt);
  if (Number.isNaN(deadline) || now >= deadline) return undefined;
  let due: number | undefined;
  for (const days of input.daysBefore) {
    const moment = deadline - days * DAY_MS;
    if (moment <= now && moment >= invitedAt && (due === undefined || days < due)) due = days;
  }
  return due;
}

/** The dedupe key of a scheduled reminder: once per respondent, deadline and number of days. */
export function scheduledReminderKey(respondentId: string, deadline: string, daysBefore: number): string {
  return `reminder:${respondentId}:${deadline}:${daysBefore}`;
}

/** The schedule as stored: distinct whole days, largest first. */
export function normaliseSchedule(daysBefore: readonly number[]): number[] {
  return [...new Set(daysBefore)].sort((a, b) => b - a);
}

export function parseStoredSchedule(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? normaliseSchedule(value.filter((v): v is number => Number.isInteger(v) && v > 0)) : [];
  } catch {
    return [];
  }
}
