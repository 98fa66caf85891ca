import { describe, expect, it } from "vitest";
import { accountDelay, addressDelay, delayAfter, delaySteps } from "./login-delay.js";

describe("login delays", () => {
  it("let an account fail 5 times without waiting; after that it waits 30 s, 1, 2, 4, 8 and at most 15 minutes", () => {
    const waits = Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, accountDelay) / 1000);
    expect(waits).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(delayAfter(1_000_000, accountDelay)).toBe(15 * 60_000);
  });

  it("let an address, shared by everyone behind a proxy, fail 50 times without waiting", () => {
    expect(delayAfter(49, addressDelay)).toBe(0);
    expect(delayAfter(50, addressDelay)).toBe(30_000);
  });

  it("list every distinct wait up to the ceiling, for the database to choose from", () => {
    const steps = delaySteps(accountDelay);
    expect(steps.map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps.at(-1)).toEqual([10, 15 * 60_000]);
    for (const [n, delay] of steps) expect(delay).toBe(delayAfter(n, accountDelay));
    expect(delaySteps(addressDelay)).toHaveLength(55);
  });
});
