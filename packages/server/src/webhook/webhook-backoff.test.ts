import { describe, expect, it } from "vitest";
import { retryDelayMs, WEBHOOK_MAX_ATTEMPTS } from "./webhook-backoff.js";

describe("retryDelayMs", () => {
  it("grows from a minute to a day, then gives up", () => {
    const delays = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1));
    expect(delays).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 21_600_000, 86_400_000, undefined]);
    expect(WEBHOOK_MAX_ATTEMPTS).toBe(7);
  });

  it("refuses an attempt count that is not a positive integer", () => {
    expect(() => retryDelayMs(0)).toThrow(/positive integer/);
    expect(() => retryDelayMs(1.5)).toThrow(/positive integer/);
  });
});
