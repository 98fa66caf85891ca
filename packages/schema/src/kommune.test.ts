import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findKommune, kommuner, KommuneCodeSchema, kommunerInRegion } from "./kommune.js";
import { findRegion, regions } from "./region.js";

// The reference data is generated from data/kommuner.csv by scripts/generate-kommuner.mjs; this is the check that
// the generated module was not edited by hand and was regenerated after the CSV changed.
const csv = readFileSync(new URL("../data/kommuner.csv", import.meta.url), "utf8");
const [header, ...lines] = csv.trim().split(/\r?\n/);
const rows = lines.map((line) => {
  const [code, name, regionName, regionCode, iso] = line.split(",");
  return { code, name, regionName, regionCode, iso };
});

describe("kommuner", () => {
  it("equals data/kommuner.csv row for row", () => {
    expect(header).toBe("kommunekode,kommune,region,regionskode,iso3166_2");
    expect(kommuner).toEqual(rows.map(({ code, name, regionCode }) => ({ code, name, regionCode })));
  });

  it("has 98 municipalities with unique 3-digit codes and unique names", () => {
    expect(kommuner).toHaveLength(98);
    expect(new Set(kommuner.map((k) => k.code)).size).toBe(98);
    expect(new Set(kommuner.map((k) => k.name)).size).toBe(98);
    for (const kommune of kommuner) expect(kommune.code).toMatch(/^\d{3}$/);
  });

  it("has the number of municipalities per region", () => {
    const counts = Object.fromEntries(regions.map((r) => [r.name.da, kommunerInRegion(r.code).length]));
    expect(counts).toEqual({
      "Region Hovedstaden": 29,
      "Region Sjælland": 17,
      "Region Syddanmark": 22,
      "Region Midtjylland": 19,
      "Region Nordjylland": 11,
    });
  });

  it("agrees with the regions on names and ISO codes", () => {
    for (const row of rows) {
      const region = findRegion(row.regionCode ?? "");
      expect(region?.name.da, row.name).toBe(row.regionName);
      expect(region?.iso, row.name).toBe(row.iso);
    }
  });

  it("does not count Christiansø (411), which is not a municipality", () => {
    expect(findKommune("411")).toBeUndefined();
    expect(kommuner.some((k) => k.name.includes("Christiansø"))).toBe(false);
    expect(KommuneCodeSchema.safeParse("411").success).toBe(false);
  });

  it("finds municipalities by code and returns undefined for unknown codes", () => {
    expect(findKommune("101")).toEqual({ code: "101", name: "København", regionCode: "1084" });
    expect(findKommune("400")?.name).toBe("Bornholm");
    expect(findKommune("851")?.regionCode).toBe("1081");
    expect(findKommune("999")).toBeUndefined();
    expect(findKommune("0101")).toBeUndefined();
    expect(kommunerInRegion("1086")).toEqual([]);
  });

  it("validates municipality codes", () => {
    expect(KommuneCodeSchema.parse("147")).toBe("147");
    expect(KommuneCodeSchema.safeParse("148").success).toBe(false);
    expect(KommuneCodeSchema.safeParse(147).success).toBe(false);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(kommuner)).toBe(true);
    expect(Object.isFrozen(kommuner[0])).toBe(true);
  });
});
