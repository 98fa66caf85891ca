import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id.js";

describe("timeOrderedId", () => {
  it("is a version 7 UUID with the RFC 9562 variant, carrying the time it was made", () => {
    const at = Date.parse("2026-12-04T12:00:00.000Z");
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at);
  });

  it("sorts in the order the ids were made, within one millisecond too, and never repeats", () => {
    const at = Date.now() + 60_000;
    const ids = [...Array.from({ length: 5000 }, () => timeOrderedId(at)), timeOrderedId(at + 1), timeOrderedId(at - 10)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
