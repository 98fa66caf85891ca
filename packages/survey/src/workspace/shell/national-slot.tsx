import type { ComponentType } from "react";

export interface NationalViewProps {
  /** the address parts after /national: /national/gravide-rusmiddel → ["gravide-rusmiddel"] */
  rest: string[];
}

/**
 * The national board's page at /national. The workspace routes there and frames it; the comparison view itself
 * is set here (e.g. `lazy(() => import("../national/national-page.js").then((m) => ({ default: m.NationalPage })))`).
 * While it is null, /national says "Indlæses …".
 */
export const nationalView: ComponentType<NationalViewProps> | null = null;
