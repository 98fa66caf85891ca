import type { DraftText } from "@afrapport/schema";
import { uniqueChoiceValue } from "./choice-list.js";

const transliterations: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ß: "ss" };

/**
 * A choice value made from its Danish text: lower-case ASCII words joined by `-` ("Samarbejde med regionen" →
 * `samarbejde-med-regionen`), at most 40 characters cut at a word, so the data and the expressions stay readable.
 * Empty when the text has no letter or digit.
 */
export function choiceValueFromText(text: string): string {
  const ascii = [...text.toLocaleLowerCase("da")]
    .map((char) => transliterations[char] ?? char)
    .join("")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  const words = ascii.split(/[^a-z0-9]+/).filter((word) => word !== "");
  let value = "";
  for (const word of words) {
    const next = value === "" ? word : `${value}-${word}`;
    if (next.length > 40) return value === "" ? word.slice(0, 40) : value;
    value = next;
  }
  return value;
}

/**
 * Several choices from pasted lines, one per line. A line may hold columns separated by a tab (as copied from a
 * spreadsheet) or by " | ": one column is the Danish text, two are Danish and English, three are value, Danish and
 * English. Blank lines are skipped; a value is made from the Danish text when none is given, and every value is made
 * unique against the existing items and the lines before it.
 */
export function pastedChoices(existing: readonly unknown[], pasted: string): Array<{ value: string; text: DraftText }> {
  const items: unknown[] = [...existing];
  const made: Array<{ value: string; text: DraftText }> = [];
  for (const line of pasted.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") continue;
    const columns = (line.includes("\t") ? line.split("\t") : line.split(" | ")).map((column) => column.trim());
    const [value, da, en] = columns.length >= 3 ? columns : ["", columns[0] ?? "", columns[1] ?? ""];
    const text: DraftText = {};
    if (da !== undefined && da !== "") text.da = da;
    if (en !== undefined && en !== "") text.en = en;
    const stem = (value ?? "").trim() || choiceValueFromText(da ?? "") || choiceValueFromText(en ?? "") || "valg";
    const choice = { value: uniqueChoiceValue(items, stem), text };
    items.push(choice);
    made.push(choice);
  }
  return made;
}
