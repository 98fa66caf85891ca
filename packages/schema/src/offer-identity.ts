/**
 * When two municipalities name the same offer, they rarely spell it the same way. These functions turn a name
 * into a key so that the joint report lists each offer once. The rules are few and predictable on purpose – a
 * wrong merge hides an offer from the report, which is worse than a missed one the secretariat can spot:
 *
 * 1. Unicode is normalised (NFKD) and accents are dropped (é → e, ü → u), except the Danish letters: æ, ø and å
 *    stay distinct from ae, o and a.
 * 2. Lower case (Danish rules).
 * 3. "aa" is read as "å" (Aarhus = Århus, Aabenraa = Åbenrå). This is a judgement call: "aa" is the older, still
 *    official spelling of å in place and personal names, and a genuine "aa" (a compound like "ekstraarbejde") is
 *    never the only difference between two offers. "ae" and "oe" are NOT read as æ and ø: they are common real
 *    letter pairs ("Michael", "poesi") and an ASCII fallback for æ/ø is rare in names typed by Danish staff.
 * 4. Danish legal forms are joined ("A/S" → "as", "a.m.b.a." → "amba"), apostrophes removed ("Kofoed's" →
 *    "kofoeds"), every other character that is not a letter or digit becomes a space (punctuation, hyphens,
 *    "§"), and runs of spaces collapse.
 * 5. Names: a leading "Tilbuddet"/"Tilbud" and trailing legal forms (A/S, ApS, I/S, P/S, K/S, IVS, a.m.b.a.,
 *    f.m.b.a., s.m.b.a.) are dropped. Operators: also the words "kommune(n/s)" and "region(en)". A word is never
 *    dropped when it is the only one left.
 *
 * Genitive forms are not undone ("Københavns Kommune" → "københavns", "København" → "københavn"): Horsens,
 * Randers, Assens and other municipalities end in s, so stripping it would be wrong as often as right.
 */

const legalForms = new Set(["as", "aps", "is", "ps", "ks", "ivs", "amba", "fmba", "smba"]);
const namePrefixes = new Set(["tilbuddet", "tilbud"]);
const operatorWords = new Set(["kommune", "kommunen", "kommunes", "region", "regionen", "regionens"]);

/** Steps 1–4: the words of a name, normalised. */
function words(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/(?!\u030A)\p{M}/gu, "") // drop accents, keep the ring of å
    .normalize("NFC")
    .toLocaleLowerCase("da-DK")
    .replace(/aa/g, "å")
    .replace(/(?<![\p{L}\p{N}])([aikp])\s*\/\s*s(?![\p{L}\p{N}])/gu, "$1s")
    .replace(/(?<![\p{L}\p{N}])([afs])\.\s*m\.\s*b\.\s*a\.?(?![\p{L}\p{N}])/gu, "$1mba")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded === "" ? [] : folded.split(" ");
}

/** The name of an offer as a comparable key: "Tilbuddet Familieambulatoriet, Rigshospitalet." → "familieambulatoriet rigshospitalet". */
export function normaliseOfferName(name: string): string {
  const tokens = words(name);
  while (tokens.length > 1 && namePrefixes.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1 && legalForms.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.join(" ");
}

/** The operator of an offer as a comparable key: "Region Hovedstaden" → "hovedstaden", "Horsens Kommune" → "horsens". */
export function normaliseOperatorName(operator: string): string {
  const tokens = words(operator);
  const kept = tokens.filter((token) => !operatorWords.has(token));
  const result = kept.length > 0 ? kept : tokens;
  while (result.length > 1 && legalForms.has(result[result.length - 1]!)) result.pop();
  return result.join(" ");
}

/**
 * The identity of an offer across respondents: its normalised name and operator. Two rows are the same offer
 * exactly when their keys are equal; an offer with an unknown operator ("" or missing) only matches others
 * without one. An empty name gives a key starting with "|"; callers should treat such rows as unnamed.
 */
export function offerKey(name: string, operator?: string | null): string {
  return `${normaliseOfferName(name)}|${normaliseOperatorName(operator ?? "")}`;
}
