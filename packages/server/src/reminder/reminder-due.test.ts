import { describe, expect, it } from "vitest";
import { dueScheduledReminder, normaliseSchedule, parseStoredSchedule, scheduledReminderKey } from "./reminder-due.js";

const deadline = "2026-12-18T12:00:00.000Z";
const invitedAt = "2026-11-01T09:00:00.000Z";
const at = (iso: string) => new Date(iso);

describe("dueScheduledReminder", () => {
  it("is nothing before the first moment, then the nearest passed moment, nothing after the deadline", () => {
    const schedule = [7, 2];
    expect(dueScheduledReminder({ daysBefore: schedule, deadline, invitedAt, now: at("2026-12-11T11:59:59.999Z") })).toBeUndefined();
    expect(dueScheduledReminder({ daysBefore: schedule, deadline, invitedAt, now: at("2026-12-11T12:00:00.000Z") })).toBe(7);
    expect(dueScheduledReminder({ daysBefore: schedule, deadline, invitedAt, now: at("2026-12-16T11:00:00.000Z") })).toBe(7);
    expect(dueScheduledReminder({ daysBefore: schedule, deadline, invitedAt, now: at("2026-12-16T12:00:00.000Z") })).toBe(2);
    expect(dueScheduledReminder({ daysBefore: schedule, deadline, invitedAt, now: at("2026-12-18T11:59:00.000Z") })).toBe(2);
    expect(dueScheduledReminder({ daysBefore: schedule, deadline, invitedAt, now: at("2026-12-18T12:00:00.000Z") })).toBeUndefined();
  });
  it("never reminds of a moment before the respondent was invited", () => {
    const lateInvite = "2026-12-15T08:00:00.000Z";
    expect(dueScheduledReminder({ daysBefore: [7, 2], deadline, invitedAt: lateInvite, now: at("2026-12-15T09:00:00.000Z") })).toBeUndefined();
    expect(dueScheduledReminder({ daysBefore: [7, 2], deadline, invitedAt: lateInvite, now: at("2026-12-16T13:00:00.000Z") })).toBe(2);
  });
  it("is nothing for an empty schedule or a deadline that is not a date", () => {
    expect(dueScheduledReminder({ daysBefore: [], deadline, invitedAt, now: at("2026-12-17T00:00:00Z") })).toBeUndefined();
    expect(dueScheduledReminder({ daysBefore: [2], deadline: "?", invitedAt, now: at("2026-12-17T00:00:00Z") })).toBeUndefined();
  });
});

describe("the stored schedule", () => {
  it("is distinct days, largest first, and survives bad JSON", () => {
    expect(normaliseSchedule([2, 7, 2, 14])).toEqual([14, 7, 2]);
    expect(parseStoredSchedule("[2,7]")).toEqual([7, 2]);
    expect(parseStoredSchedule('[2,"x",0,-1,1.5]')).toEqual([2]);
    expect(parseStoredSchedule("{")).toEqual([]);
  });
  it("keys a scheduled reminder by respondent, deadline and days", () => {
    expect(scheduledReminderKey("r1", deadline, 7)).toBe(`reminder:r1:${deadline}:7`);
    expect(scheduledReminderKey("r1", "2026-12-20T12:00:00.000Z", 7)).not.toBe(scheduledReminderKey("r1", deadline, 7));
  });
});
