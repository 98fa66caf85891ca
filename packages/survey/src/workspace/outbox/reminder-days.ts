/** The most days before a deadline a reminder may be scheduled (the server's limit). */
export const maxDaysBefore = 90;

/**
 * "7, 2" → [7, 2]: whole days from 1 to 90, separated by commas, semicolons or spaces, each once, largest first.
 * Empty text is an empty schedule (no automatic reminders); anything else unreadable is null.
 */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== "");
  const days: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return null;
    const n = Number(part);
    if (n < 1 || n > maxDaysBefore) return null;
    if (!days.includes(n)) days.push(n);
  }
  return days.sort((a, b) => b - a);
}

/** [7, 2] → "7, 2" (and in the sentence: "7 og 2" / "7 and 2"). */
export function formatReminderDays(days: readonly number[], conjunction?: string): string {
  if (conjunction === undefined || days.length < 2) return days.join(", ");
  return `${days.slice(0, -1).join(", ")} ${conjunction} ${days[days.length - 1]}`;
}
