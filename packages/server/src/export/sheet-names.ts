/**
 * Worksheet names Excel accepts: at most 31 characters, none of \ / ? * [ ] :, not starting or ending with an
 * apostrophe, not "History" (reserved), and unique regardless of case.
 */
export const maxSheetNameLength = 31;

const FORBIDDEN = /[\\/?*[\]:]/g;

/** Hands out safe, unique worksheet names for one workbook. */
export class SheetNames {
  private readonly used = new Set<string>();

  /** A safe name close to `wanted`; a clash gets " (2)", " (3)" … within the 31 characters. */
  take(wanted: string, fallback = "Ark"): string {
    const base = clean(wanted) || clean(fallback) || "Ark";
    let name = base;
    for (let n = 2; this.used.has(name.toLocaleLowerCase("da")) || name.toLowerCase() === "history"; n++) {
      const suffix = ` (${n})`;
      name = trimEnds(base.slice(0, maxSheetNameLength - suffix.length)) + suffix;
    }
    this.used.add(name.toLocaleLowerCase("da"));
    return name;
  }
}

function trimEnds(name: string): string {
  // a cut through a surrogate pair would leave half a character, which is not valid XML
  return name.replace(/[\uD800-\uDBFF]$/, "").replace(/^[\s']+|[\s']+$/g, "");
}

function clean(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = name.replace(FORBIDDEN, " ").replace(/[\u0000-\u001F\u007F]/g, "").replace(/\s+/g, " ");
  return trimEnds(trimEnds(plain).slice(0, maxSheetNameLength));
}
