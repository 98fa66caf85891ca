import { describe, expect, it } from "vitest";
import { mapCaret } from "./caret.js";

describe("mapCaret", () => {
  it("moves the caret along when text arrives before it", () => {
    // "Antal |borgere" – a colleague writes "alle " at the start
    expect(mapCaret("Antal borgere", "alle Antal borgere", 6, 6)).toEqual([11, 11]);
  });

  it("leaves the caret where it is when text arrives after it", () => {
    expect(mapCaret("Antal borgere", "Antal borgere i 2025", 5, 5)).toEqual([5, 5]);
  });

  it("keeps the caret before letters inserted right at it", () => {
    expect(mapCaret("ab", "abZ", 2, 2)).toEqual([2, 2]);
  });

  it("moves back when text before it is deleted", () => {
    expect(mapCaret("Hvor mange borgere", "Hvor borgere", 18, 18)).toEqual([12, 12]);
  });

  it("puts a caret inside replaced text at the end of the replacement", () => {
    // "kommu" became "regio" (the shared end is "nen har")
    expect(mapCaret("kommunen har", "regionen har", 3, 3)).toEqual([5, 5]);
  });

  it("maps both ends of a selection", () => {
    expect(mapCaret("borgere i alt", "alle borgere i alt", 0, 7)).toEqual([0, 12]);
  });

  it("changes nothing when the text is the same", () => {
    expect(mapCaret("tekst", "tekst", 3, 4)).toEqual([3, 4]);
  });
});
