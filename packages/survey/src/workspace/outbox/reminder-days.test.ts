import { describe, expect, it } from "vitest";
import { formatReminderDays, parseReminderDays } from "./reminder-days.js";

describe("the reminder schedule field", () => {
  it("reads days in any order and separator, each once, largest first", () => {
    expect(parseReminderDays("7, 2")).toEqual([7, 2]);
    expect(parseReminderDays("2;7 14 7")).toEqual([14, 7, 2]);
    expect(parseReminderDays("  ")).toEqual([]);
  });

  it("refuses what is not whole days from 1 to 90", () => {
    expect(parseReminderDays("0")).toBeNull();
    expect(parseReminderDays("91")).toBeNull();
    expect(parseReminderDays("2,5")).toEqual([5, 2]);
    expect(parseReminderDays("2.5")).toBeNull();
    expect(parseReminderDays("syv")).toBeNull();
    expect(parseReminderDays("-3")).toBeNull();
  });

  it("writes them back for the field and for a sentence", () => {
    expect(formatReminderDays([7, 2])).toBe("7, 2");
    expect(formatReminderDays([14, 7, 2], "og")).toBe("14, 7 og 2");
    expect(formatReminderDays([7], "og")).toBe("7");
  });
});
