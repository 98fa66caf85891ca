import { z } from "zod";
import type { LocalizedText } from "./localized-text.js";

/** The codes of Denmark's five regions (Danmarks Statistik / DAGI), 1081 Nordjylland … 1085 Sjælland. */
export const regionCodes = ["1081", "1082", "1083", "1084", "1085"] as const;
export const RegionCodeSchema = z.enum(regionCodes, { error: "must be a region code from 1081 to 1085" });
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/** One of the five regions; each has one framework-agreement secretariat (rammeaftalesekretariat). */
export interface Region {
  code: RegionCode;
  /** official names: Danish "Region Hovedstaden", English "Capital Region of Denmark" */
  name: LocalizedText;
  /** ISO 3166-2 subdivision code, e.g. "DK-84" */
  iso: `DK-${number}`;
}

/** The five regions, ordered by code. */
export const regions: readonly Readonly<Region>[] = Object.freeze(([
  { code: "1081", name: { da: "Region Nordjylland", en: "North Denmark Region" }, iso: "DK-81" },
  { code: "1082", name: { da: "Region Midtjylland", en: "Central Denmark Region" }, iso: "DK-82" },
  { code: "1083", name: { da: "Region Syddanmark", en: "Region of Southern Denmark" }, iso: "DK-83" },
  { code: "1084", name: { da: "Region Hovedstaden", en: "Capital Region of Denmark" }, iso: "DK-84" },
  { code: "1085", name: { da: "Region Sjælland", en: "Region Zealand" }, iso: "DK-85" },
] satisfies Region[]).map((region) => Object.freeze(region)));

/** The region with this code, or undefined. */
export function findRegion(code: string): Readonly<Region> | undefined {
  return regions.find((region) => region.code === code);
}
