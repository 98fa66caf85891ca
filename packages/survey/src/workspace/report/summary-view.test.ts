import { describe, expect, it } from "vitest";
import { authorName, hasCprWarning, savedSummary, staleCurrent } from "./summary-view.js";

describe("a summary from the server", () => {
  it("names the author from { id, name } or a string", () => {
    expect(authorName({ id: "u1", name: "Anne Ø" })).toBe("Anne Ø");
    expect(authorName("Bo")).toBe("Bo");
    expect(authorName(null)).toBeNull();
    expect(savedSummary({ text: "x", version: 2, updatedBy: { id: "u", name: null }, updatedAt: null }).updatedBy).toBeNull();
  });

  it("reads the current text from a 409 stale_revision body", () => {
    const body = { current: { sectionId: "maalgruppe", text: "Kollegaens", version: 4, updatedBy: { id: "u2", name: "Bo" }, updatedAt: "t" }, error: { code: "stale_revision" } };
    expect(staleCurrent(body)).toEqual({ text: "Kollegaens", version: 4, updatedBy: "Bo", updatedAt: "t" });
    expect(staleCurrent({ error: { code: "stale_revision" } })).toBeUndefined();
    expect(staleCurrent(undefined)).toBeUndefined();
  });

  it("sees a CPR warning", () => {
    expect(hasCprWarning([{ field: "text", code: "cpr" }])).toBe(true);
    expect(hasCprWarning([])).toBe(false);
    expect(hasCprWarning(undefined)).toBe(false);
  });
});
