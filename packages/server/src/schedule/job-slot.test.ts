import { describe, expect, it } from "vitest";
import { slotAt } from "./job-slot.js";

const HOUR = 3600_000;

describe("slotAt", () => {
  it("puts every moment of an hour in the slot starting on the hour", () => {
    const first = slotAt(new Date("2026-12-04T10:00:00.000Z"), HOUR);
    const last = slotAt(new Date("2026-12-04T10:59:59.999Z"), HOUR);
    expect(first.key).toBe("2026-12-04T10:00:00.000Z");
    expect(last.key).toBe(first.key);
    expect(last.endsAt.toISOString()).toBe("2026-12-04T11:00:00.000Z");
  });

  it("starts the next slot when the period ends", () => {
    expect(slotAt(new Date("2026-12-04T11:00:00.000Z"), HOUR).key).toBe("2026-12-04T11:00:00.000Z");
    expect(slotAt(new Date("2026-12-04T11:00:09.999Z"), 10_000).key).toBe("2026-12-04T11:00:00.000Z");
    expect(slotAt(new Date("2026-12-04T11:00:10.000Z"), 10_000).key).toBe("2026-12-04T11:00:10.000Z");
  });

  it("refuses a period that is not a positive whole number of milliseconds", () => {
    expect(() => slotAt(new Date(), 0)).toThrow(RangeError);
    expect(() => slotAt(new Date(), 1.5)).toThrow(/positive whole number/);
  });
});
