import { DraftEditError } from "./draft-edit-error.js";

/**
 * Whether a name can be a question name: it is the key of the answer in the data and the `{name}` of expressions, so
 * only ASCII letters, digits, `_` and `-`, starting with a letter (a dot or a space would read as a path in
 * `{a.b}`, a digit first is easily taken for a number).
 */
export function validElementName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(name);
}

export function assertValidElementName(name: unknown): asserts name is string {
  if (typeof name !== "string" || !validElementName(name)) {
    throw new DraftEditError("invalid-name", `${JSON.stringify(name)} is not a valid name: use letters, digits, _ and -, starting with a letter`);
  }
}

const transliterations: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", Æ: "Ae", Ø: "Oe", Å: "Aa", ß: "ss" };

/** The ASCII stem of a name proposal: "Spørgsmål 3" → "Spoergsmaal", "3a" → "q3a"; never empty. */
export function nameStem(base: string): string {
  const ascii = [...base]
    .map((char) => transliterations[char] ?? char)
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]/g, "");
  const stem = ascii.replace(/\d+$/, "");
  if (stem === "") return ascii === "" ? "q" : `q${ascii}`.replace(/\d+$/, "") || "q";
  return /^[A-Za-z]/.test(stem) ? stem : `q${stem}`;
}
