import { normaliseOfferName, normaliseOperatorName } from "./offer-identity.js";

/**
 * Likely duplicates among the offers the municipalities name: the same place spelled differently ("Opholdsstedet
 * Solhjem ApS", "Solhjem", "Opholdssted Solhjem"). offerKey() is deliberately strict, because a wrong merge hides
 * an offer from the report; this is the looser look for the secretariat, who confirms or dismisses each group.
 *
 * Two offers are suggested as one when
 * 1. their core names are equal: offerKey's normalisation (case, punctuation, accents, "aa" = "å", legal forms),
 *    then without the words that only say what kind of place it is ("opholdsstedet", "bostedet", "tilbuddet" …),
 *    without legal forms anywhere and "og"/"&", and with the spaces removed ("Sol-Hjem" = "Solhjem") – or their
 *    core words are the same in another order ("Hvidovre Hospital, Familieambulatoriet");
 * 2. their operator (driftsherre) is the same;
 * 3. they lie in the same municipality: the same location, or no location given. Where several locations share a
 *    core name, each location is its own group, and offers without a location are left out (they could be any).
 */

/** Words that name the kind of place, not the place; dropped when other words remain. */
const kindWords = new Set([
  "opholdssted",
  "opholdsstedet",
  "bosted",
  "bostedet",
  "botilbud",
  "botilbuddet",
  "tilbud",
  "tilbuddet",
  "døgntilbud",
  "døgntilbuddet",
  "behandlingssted",
  "behandlingsstedet",
  "behandlingshjem",
  "behandlingshjemmet",
  "døgninstitution",
  "døgninstitutionen",
  "institution",
  "institutionen",
]);
const joinWords = new Set(["og"]);
const legalForms = new Set(["as", "aps", "is", "ps", "ks", "ivs", "amba", "fmba", "smba"]);

/** The words that identify an offer: offerKey's normalisation without kind words, legal forms and "og". */
function coreWords(name: string): string[] {
  const tokens = normaliseOfferName(name).split(" ").filter((token) => token !== "");
  const kept = tokens.filter((token) => !kindWords.has(token) && !joinWords.has(token) && !legalForms.has(token));
  return kept.length > 0 ? kept : tokens;
}

/** The core of an offer's name for finding duplicates: "Opholdsstedet Sol-Hjem & Co ApS" → "solhjemco". */
export function duplicateCoreName(name: string): string {
  return coreWords(name).join("");
}

/** The core words in alphabetical order: "Hvidovre Hospital, Familieambulatoriet" = "Familieambulatoriet, Hvidovre Hospital". */
export function duplicateWordSet(name: string): string {
  return [...coreWords(name)].sort().join(" ");
}

/** A location as a comparable municipality: "Holbæk Kommune" → "holbæk"; "" when none is given. */
export function duplicateLocation(location: string): string {
  return normaliseOperatorName(location).replace(/\s+/g, "");
}

export interface DuplicateCandidate {
  key: string;
  name: string;
  /** the operator (driftsherre) as answered: municipal, regional, private; "" when none */
  operator: string;
  /** the locations given for it (town or municipality) */
  location: readonly string[];
}

/** A group's identity: its offer keys sorted and joined, so the same group is recognised again (e.g. dismissed). */
export function duplicateGroupKey(keys: readonly string[]): string {
  return [...keys].sort().join("\n");
}

/**
 * The groups of two or more offers that are likely the same, each in the order the offers were given. Two offers
 * are linked when their core names or their core words in any order are equal (and the operator is the same);
 * linked offers form one group, which is then split by municipality.
 */
export function suggestOfferDuplicates<T extends DuplicateCandidate>(offers: readonly T[]): T[][] {
  // union–find over the offers' indexes, joined through the keys they share
  const parent = offers.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  const firstWithKey = new Map<string, number>();
  offers.forEach((offer, index) => {
    const core = duplicateCoreName(offer.name);
    if (core === "") return;
    const operator = normaliseOperatorName(offer.operator);
    for (const key of [`name:${core}|${operator}`, `words:${duplicateWordSet(offer.name)}|${operator}`]) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, index);
      else parent[root(index)] = root(other);
    }
  });
  const components = new Map<number, T[]>();
  offers.forEach((offer, index) => {
    if (duplicateCoreName(offer.name) === "") return;
    const r = root(index);
    components.set(r, [...(components.get(r) ?? []), offer]);
  });

  const groups: T[][] = [];
  for (const members of components.values()) {
    if (members.length < 2) continue;
    const byLocation = new Map<string, T[]>();
    for (const offer of members) {
      const places = [...new Set(offer.location.map(duplicateLocation).filter((place) => place !== ""))].sort();
      if (places.length === 0) continue;
      const place = places.join(",");
      byLocation.set(place, [...(byLocation.get(place) ?? []), offer]);
    }
    const located = [...byLocation.values()];
    // one location (or none): every member is in it
    if (located.length <= 1) groups.push(members);
    else {
      for (const group of located) if (group.length >= 2) groups.push(group);
    }
  }
  return groups;
}

export type DuplicateDifference = "name" | "location";

/** What differs within a suggested group, for the secretariat to judge: the spelling, the location. */
export function duplicateDifferences(group: readonly DuplicateCandidate[]): DuplicateDifference[] {
  const differs = (values: string[]) => new Set(values).size > 1;
  const found: DuplicateDifference[] = [];
  if (differs(group.map((offer) => offer.name))) found.push("name");
  if (differs(group.map((offer) => [...offer.location].sort().join("\n")))) found.push("location");
  return found;
}
