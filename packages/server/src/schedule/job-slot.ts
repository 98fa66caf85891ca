// Which period slot a moment falls in. Slots are aligned to the Unix epoch, not to when a process started, so every
// server process agrees on them: an hourly job's slots start on the hour (UTC), and the processes race for each.

export interface JobSlot {
  /** the slot's start as ISO text: the key its run is stored under */
  key: string;
  startsAt: Date;
  endsAt: Date;
}

export function slotAt(now: Date, periodMs: number): JobSlot {
  if (!Number.isInteger(periodMs) || periodMs <= 0) throw new RangeError(`A job's period must be a positive whole number of milliseconds, not ${periodMs}`);
  const start = Math.floor(now.getTime() / periodMs) * periodMs;
  const startsAt = new Date(start);
  return { key: startsAt.toISOString(), startsAt, endsAt: new Date(start + periodMs) };
}
