import type { ElementJson } from "./survey-elements.js";

// Which element of a new version stands for which of the old one: the pairing diffQuestionnaires reports on and
// migrateAnswers carries answers along. Internal to the package.

/** The names a question (or panel) had in earlier versions (custom property `previousNames`); empty when none. */
export function previousNamesOf(element: Readonly<Record<string, unknown>>): string[] {
  const names = element.previousNames;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : [];
}

/**
 * Pairs the elements of an old and a new version: by the new element's `previousNames` (earlier in the list
 * wins), then by equal name; each element is matched at most once. A new element whose name also exists in the
 * old version is taken for that old element, not as a rename of another, unless the old element of its name was
 * itself renamed away (a swap); so a stale `previousNames` entry does not break a reused name.
 * Returns old name → new element.
 */
export function matchElements(before: readonly ElementJson[], after: readonly ElementJson[]): Map<string, ElementJson> {
  const matches = new Map<string, ElementJson>();
  const taken = new Set<ElementJson>();
  const oldNames = new Set(before.map((element) => element.name));
  const claim = (allowed: (candidate: ElementJson) => boolean): boolean => {
    let changed = false;
    for (const old of before) {
      if (matches.has(old.name)) continue;
      let best: { element: ElementJson; rank: number } | undefined;
      for (const candidate of after) {
        if (taken.has(candidate) || candidate.name === old.name || !allowed(candidate)) continue;
        const rank = previousNamesOf(candidate).indexOf(old.name);
        if (rank >= 0 && (!best || rank < best.rank)) best = { element: candidate, rank };
      }
      if (best) {
        matches.set(old.name, best.element);
        taken.add(best.element);
        changed = true;
      }
    }
    return changed;
  };
  claim((candidate) => !oldNames.has(candidate.name));
  while (claim((candidate) => matches.has(candidate.name))) {
    // a rotation of names settles one step at a time
  }
  for (const old of before) {
    if (matches.has(old.name)) continue;
    const same = after.find((candidate) => candidate.name === old.name && !taken.has(candidate));
    if (same) {
      matches.set(old.name, same);
      taken.add(same);
    }
  }
  return matches;
}
