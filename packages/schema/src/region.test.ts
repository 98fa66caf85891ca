import { describe, expect, it } from "vitest";
import { findRegion, RegionCodeSchema, regions } from "./region.js";

describe("regions", () => {
  it("lists the five regions by code with Danish and English names and ISO codes", () => {
    expect(regions.map((r) => [r.code, r.name.da, r.iso])).toEqual([
      ["1081", "Region Nordjylland", "DK-81"],
      ["1082", "Region Midtjylland", "DK-82"],
      ["1083", "Region Syddanmark", "DK-83"],
      ["1084", "Region Hovedstaden", "DK-84"],
      ["1085", "Region Sjælland", "DK-85"],
    ]);
    expect(findRegion("1084")?.name.en).toBe("Capital Region of Denmark");
  });

  it("returns undefined for unknown codes", () => {
    expect(findRegion("1086")).toBeUndefined();
    expect(findRegion("84")).toBeUndefined();
    expect(findRegion("")).toBeUndefined();
  });

  it("validates region codes", () => {
    expect(RegionCodeSchema.parse("1085")).toBe("1085");
    expect(RegionCodeSchema.safeParse("1080").success).toBe(false);
    expect(RegionCodeSchema.safeParse(1084).success).toBe(false);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(regions)).toBe(true);
    expect(Object.isFrozen(regions[0])).toBe(true);
  });
});
