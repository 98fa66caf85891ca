/** One place in a text that looks like a Danish CPR number. */
export interface CprMatch {
  /** index of the first digit in the text (UTF-16 code units, as `String.prototype.slice` counts) */
  index: number;
  length: number;
  /** the matched text, e.g. `010190-1234` */
  match: string;
}

// Between the date and the serial: nothing, a hyphen (also the typographic hyphens and the en dash Word puts in
// when it "corrects" one), a space or a no-break space.
const hyphens = "\\-\u2010\u2011\u2012\u2013";
const separators = `${hyphens} \u00A0`;

/**
 * DDMMYY, an optional separator, SSSS; not glued to a longer number: no digit right before or after, and no
 * digit joined by a hyphen, dot or comma either (`1234-010190-1234`, `0,0101901234` are other kinds of numbers).
 * A space before or after is allowed, so "CPR 010190 1234 2 gange" still warns.
 */
const cprPattern = new RegExp(
  `(?<!\\d)(?<!\\d[${hyphens}.,])(\\d{2})(\\d{2})(\\d{2})[${separators}]?(\\d)(\\d{3})(?!\\d)(?![${hyphens}.,]\\d)`,
  "g",
);

/**
 * The year of birth from the two-digit year and the 7th digit (the first of the serial), by the rule of the
 * Danish CPR office (CPR-kontoret, "Personnummeret i CPR-systemet"):
 * 7th digit 0–3: 1900–1999; 4 and 9: 2000–2036 for 00–36, else 1937–1999; 5–8: 2000–2057 for 00–57, else 1858–1899.
 */
export function cprBirthYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date handles leap years (1900 no, 2000 yes).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Finds text that looks like a CPR number (`DDMMYY-SSSS`, `DDMMYYSSSS`, `DDMMYY SSSS`) with a real calendar date.
 * The modulus-11 check is deliberately not applied: numbers issued since 2007 need not pass it. Used to warn a
 * respondent who is about to write personal data into free text; a hit is a warning, never proof.
 */
export function findCprNumbers(text: string): CprMatch[] {
  const found: CprMatch[] = [];
  for (const m of text.matchAll(cprPattern)) {
    const [match, dd, mm, yy, seventh] = m;
    if (dd === undefined || mm === undefined || yy === undefined || seventh === undefined) continue;
    const day = Number(dd);
    const month = Number(mm);
    if (month < 1 || month > 12 || day < 1) continue;
    const year = cprBirthYear(Number(yy), Number(seventh));
    if (day > daysInMonth(year, month)) continue;
    found.push({ index: m.index, length: match.length, match });
  }
  return found;
}
