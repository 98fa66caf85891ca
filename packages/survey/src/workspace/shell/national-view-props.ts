/**
 * What the national board's page gets from the workspace that routes to it. Kept apart from national-slot.tsx,
 * which loads the page: the page imports this, never the slot.
 */
export interface NationalViewProps {
  /** the address parts after /national: /national/gravide-rusmiddel → ["gravide-rusmiddel"] */
  rest: string[];
}
