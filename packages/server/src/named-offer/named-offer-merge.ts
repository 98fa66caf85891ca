/**
 * The secretariat's merges of offer keys: "from is the same offer as into". Merges chain (a → b, b → c: a is
 * shown under c); an offer cannot be merged into itself, and no merge may close a cycle.
 */
export interface OfferMerge {
  from: string;
  into: string;
}

/** Where a key ends up after following the merges; a key without a merge is its own root. */
export function resolveKey(merges: ReadonlyMap<string, string>, key: string): string {
  const seen = new Set<string>([key]);
  let current = key;
  for (let next = merges.get(current); next !== undefined; next = merges.get(current)) {
    // a cycle cannot be stored through checkMerge; if one were, stop where it closes rather than loop
    if (seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
  return current;
}

export function mergeMap(merges: readonly OfferMerge[]): Map<string, string> {
  return new Map(merges.map((m) => [m.from, m.into]));
}

export type MergeProblem =
  | { kind: "self" }
  | { kind: "cycle"; root: string }
  | { kind: "already-merged"; into: string }
  | { kind: "unchanged" };

/** Whether `from → into` may be added to the existing merges; undefined when it may. */
export function checkMerge(merges: ReadonlyMap<string, string>, from: string, into: string): MergeProblem | undefined {
  if (from === into) return { kind: "self" };
  const existing = merges.get(from);
  if (existing === into) return { kind: "unchanged" };
  if (existing !== undefined) return { kind: "already-merged", into: existing };
  const root = resolveKey(merges, into);
  if (root === from) return { kind: "cycle", root };
  return undefined;
}
