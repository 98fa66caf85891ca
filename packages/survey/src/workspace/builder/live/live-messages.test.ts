import { describe, expect, test } from "vitest";
import { commentsDa, commentsEn } from "../comments/comment-messages.js";
import { liveDa, liveEn } from "./live-messages.js";

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...args: unknown[]) => unknown)(["x"], "y"))]];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

describe("the live editor's and the comments' words", () => {
  test("every string in both languages, none empty", () => {
    expect(Object.keys(liveEn).sort()).toEqual(Object.keys(liveDa).sort());
    expect(Object.keys(commentsEn).sort()).toEqual(Object.keys(commentsDa).sort());
    for (const [path, text] of [...strings(liveDa, "da"), ...strings(liveEn, "en"), ...strings(commentsDa, "da"), ...strings(commentsEn, "en")]) {
      expect(text.trim(), path).not.toBe("");
    }
  });

  test("the connection's states in Danish, as the contract's close codes mean them", () => {
    expect(liveDa.status.connected).toBe("Forbundet – alle ændringer er delt");
    expect(liveDa.status.reconnecting).toBe("Forbinder igen … dine ændringer gemmes, når forbindelsen er tilbage");
    expect(liveDa.ended.signedOut).toContain("logget ud");
    expect(liveDa.ended.closed).toContain("udgivet eller slettet");
  });

  test("names and counts in Danish", () => {
    expect(liveDa.editingThis(["Mette Hansen"])).toBe("Mette Hansen redigerer dette spørgsmål");
    expect(liveDa.editingThis(["Mette", "Anders", "Bo"])).toBe("Mette, Anders og Bo redigerer dette spørgsmål");
    expect(commentsDa.listHeading(1)).toBe("Kommentarer (1 åben)");
    expect(commentsDa.listHeading(3)).toBe("Kommentarer (3 åbne)");
    expect(commentsDa.replies(0)).toBe("ingen svar");
    expect(commentsDa.tooLong(4000)).toBe("Kommentaren må højst være 4.000 tegn.");
  });
});
