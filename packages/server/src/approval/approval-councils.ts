import { findRegion, kommunerInRegion } from "@afrapport/schema";
import type { Council, CouncilDecisionKind } from "@afrapport/schema/api";

/**
 * The councils' step of the approval path: every municipal council (byråd/kommunalbestyrelse) of the campaign's
 * region and the regional council decide on the joint report, each at its own meeting. Pure rules; the service
 * applies them to what is stored.
 */

/**
 * Whether a step is the councils' step, by its name: the secretariat names its steps freely, and the default
 * path's "Kommunalbestyrelser og regionsråd" as well as "Byråd", "Kommunalbestyrelserne" or "Regionsrådet" all
 * mean the councils.
 */
export function isCouncilStep(name: string): boolean {
  return /kommunalbestyrelse|byråd|regionsråd/iu.test(name);
}

/** The position (1-based) of the path's councils' step, or undefined when it has none. The first one counts. */
export function councilStepPosition(steps: readonly string[]): number | undefined {
  const index = steps.findIndex(isCouncilStep);
  return index < 0 ? undefined : index + 1;
}

export interface StoredCouncilDecision {
  council_code: string;
  decision: CouncilDecisionKind;
  decision_date: string;
  note: string | null;
}

/** The councils that decide for a region: its municipalities in published order, then the regional council. */
export function regionCouncils(regionCode: string): { code: string; kind: Council["kind"]; name: string }[] {
  const region = findRegion(regionCode);
  return [
    ...kommunerInRegion(regionCode).map((kommune) => ({ code: kommune.code, kind: "municipality" as const, name: kommune.name })),
    ...(region === undefined ? [] : [{ code: region.code, kind: "region" as const, name: `Regionsrådet, ${region.name.da}` }]),
  ];
}

/** Whether `code` is one of the region's councils. */
export function isRegionCouncil(regionCode: string, code: string): boolean {
  return regionCouncils(regionCode).some((council) => council.code === code);
}

/** Every council of the region with its decision, if any; decisions of councils no longer in the region are ignored. */
export function councilViews(regionCode: string, stored: readonly StoredCouncilDecision[]): Council[] {
  const byCode = new Map(stored.map((row) => [row.council_code, row]));
  return regionCouncils(regionCode).map((council) => {
    const row = byCode.get(council.code);
    return { ...council, decision: row?.decision ?? null, date: row?.decision_date ?? null, note: row?.note ?? null };
  });
}
