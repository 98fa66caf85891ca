import { z } from "zod";
import { kommunerData } from "./kommuner-data.js";
import type { RegionCode } from "./region.js";

/** The 3-digit code of one of Denmark's 98 municipalities, e.g. "101" (København). */
export type KommuneCode = (typeof kommunerData)[number]["code"];

/** A municipality (kommune), one of the respondents of a municipality questionnaire. */
export interface Kommune {
  /** 3-digit municipality code (kommunekode) */
  code: KommuneCode;
  name: string;
  regionCode: RegionCode;
}

/** Denmark's 98 municipalities, in the order of their region and code as published. Christiansø is not one. */
export const kommuner: readonly Kommune[] = Object.freeze(kommunerData.map((row) => Object.freeze({ ...row })));

export const kommuneCodes = kommunerData.map((row) => row.code) as [KommuneCode, ...KommuneCode[]];
export const KommuneCodeSchema = z.enum(kommuneCodes, { error: "must be the 3-digit code of one of the 98 municipalities" });

const byCode = new Map<string, Kommune>(kommuner.map((kommune) => [kommune.code, kommune]));

/** The municipality with this code, or undefined. */
export function findKommune(code: string): Kommune | undefined {
  return byCode.get(code);
}

/** The municipalities of one region, in published order; empty for an unknown region code. */
export function kommunerInRegion(regionCode: string): Kommune[] {
  return kommuner.filter((kommune) => kommune.regionCode === regionCode);
}
