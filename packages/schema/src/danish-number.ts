/**
 * Reading a number the way a Danish respondent writes it.
 *
 * The rule (a browser number input once stored "4,5" as 45):
 * - a comma is the decimal separator: "4,5" is 4.5, ",5" is 0.5;
 * - a dot or a space (also a no-break or thin space) groups thousands: "1.234" and "1 234" are 1234,
 *   "1.234.567,8" is 1234567.8; a grouped number has groups of exactly three digits after a first group of one to
 *   three digits that does not start with 0 – anything else is not a grouping;
 * - without a comma, a dot that is not a valid thousands grouping is a decimal point, as in English: "4.5" is 4.5,
 *   "0.500" is 0.5, "1234.5" is 1234.5. So "1.234" (one dot, exactly three digits after it) is 1234 –
 *   a Danish respondent means one thousand two hundred and thirty-four – and "1.23" is 1.23;
 * - an optional minus sign ("-" or "−") in front; spaces around the number are ignored;
 * - everything else is refused, never read as another number: two commas ("4,5,6"), a comma after a dot that is not
 *   a grouping ("1.5,5"), a trailing separator ("4,", "4."), letters, exponents ("1e3"), more than 15 significant
 *   digits (a double would round them).
 */
export type DanishNumber =
  | { kind: "number"; value: number }
  /** nothing but spaces: no answer */
  | { kind: "empty" }
  /** text that is not a number by the rule above */
  | { kind: "invalid" };

const spaces = /[\s\u00a0\u2007\u202f\u2009]/g;
/** one to three digits not starting with 0 (or a lone 0 is not a group start), then groups of three */
const dotGrouped = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const spaceGrouped = /^[1-9]\d{0,2}(?: \d{3})+$/;
const digits = /^\d+$/;

/** Reads a number written the Danish way; see the rule above. */
export function parseDanishNumber(text: string): DanishNumber {
  // every kind of space becomes a plain one, then the ends are trimmed
  let rest = text.replace(spaces, " ").trim();
  if (rest === "") return { kind: "empty" };
  let negative = false;
  if (rest.startsWith("-") || rest.startsWith("−")) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  const commas = rest.split(",");
  if (commas.length > 2) return { kind: "invalid" };
  let integral: string | undefined;
  let fraction = "";
  if (commas.length === 2) {
    const [whole = "", decimals = ""] = commas;
    if (!digits.test(decimals)) return { kind: "invalid" };
    integral = whole === "" ? "0" : readIntegral(whole);
    fraction = decimals;
  } else {
    integral = readIntegral(rest);
    if (integral === undefined) {
      // no comma and not a grouping: one dot as a decimal point
      const match = /^(\d*)\.(\d+)$/.exec(rest);
      if (match === null) return { kind: "invalid" };
      integral = match[1] === "" ? "0" : match[1];
      fraction = match[2] ?? "";
    }
  }
  if (integral === undefined) return { kind: "invalid" };
  const significant = (integral + fraction).replace(/^0+/, "");
  if (significant.length > 15) return { kind: "invalid" };
  const value = Number(`${negative ? "-" : ""}${integral}${fraction === "" ? "" : `.${fraction}`}`);
  if (!Number.isFinite(value)) return { kind: "invalid" };
  // -0 is stored as 0
  return { kind: "number", value: value === 0 ? 0 : value };
}

/** The digits of a whole part: plain digits, or digits grouped by dots or by spaces; undefined if neither. */
function readIntegral(text: string): string | undefined {
  if (digits.test(text)) return text;
  if (dotGrouped.test(text)) return text.replaceAll(".", "");
  if (spaceGrouped.test(text)) return text.replaceAll(" ", "");
  return undefined;
}

/**
 * A number as a Danish respondent writes it: a decimal comma, no grouping ("1234,5"), so that reading it back
 * with `parseDanishNumber` gives the same number.
 */
export function formatDanishNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  let text = String(value);
  // very small numbers print as 1e-7; write out their digits (very large ones have more than 15 anyway)
  if (text.includes("e-")) text = value.toFixed(20).replace(/0+$/, "");
  return text.replace(".", ",");
}
