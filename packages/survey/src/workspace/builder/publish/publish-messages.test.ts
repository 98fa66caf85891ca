import { describe, expect, it } from "vitest";
import { publishDa, publishEn } from "./publish-messages.js";

describe("the publish dialog's words", () => {
  it("has every string in both languages, none empty", () => {
    expect(Object.keys(publishEn).sort()).toEqual(Object.keys(publishDa).sort());
    for (const [key, value] of Object.entries({ ...publishDa, ...publishEn })) if (typeof value === "string") expect(value.trim(), key).not.toBe("");
  });

  it("says in Danish what the brief asks", () => {
    expect(publishDa.breaking).toBe("Bryder sammenligning");
    expect(publishDa.publish("2.0.0")).toBe("Udgiv version 2.0.0");
    expect(publishDa.versionTooLow("2.0.0")).toBe("Versionsnummeret er for lavt: ændringerne kræver mindst 2.0.0.");
    expect(publishDa.findingsTitle(1)).toBe("Kladden har 1 fund, der skal rettes, før den kan udgives:");
  });
});
