import { describe, expect, it } from "vitest";
import { slugPattern, suggestSlug } from "./suggest-slug.js";

describe("suggestSlug", () => {
  it("spells Danish letters out and joins words with single hyphens", () => {
    expect(suggestSlug("Børn med svære synshandicap")).toBe("boern-med-svaere-synshandicap");
    expect(suggestSlug("  Kvinder på krisecentre – 2026! ")).toBe("kvinder-paa-krisecentre-2026");
    expect(suggestSlug("Ældre, café & Åbenrå")).toBe("aeldre-cafe-aabenraa");
  });

  it("gives an id the server takes, or nothing when there is nothing to make it of", () => {
    for (const text of ["Spiseforstyrrelser (2. runde)", "§ 108-tilbud", "ÆØÅ æøå"]) expect(suggestSlug(text)).toMatch(slugPattern);
    expect(suggestSlug("–– !! ––")).toBe("");
  });

  it("keeps to the length, cut at a word", () => {
    expect(suggestSlug("alfa beta gamma", 12)).toBe("alfa-beta");
    expect(suggestSlug("abcdefghijklmnop", 5)).toBe("abcde");
    expect(suggestSlug("a ".repeat(100)).length).toBeLessThanOrEqual(80);
  });
});
