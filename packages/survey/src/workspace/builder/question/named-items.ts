import { validElementName } from "@afrapport/schema";

/**
 * Editing lists of named objects: a multiple-text question's items and a matrix's columns (`{ name, title, … }`).
 * Each function returns a new array; items it does not touch stay as they were.
 */

type Item = Record<string, unknown>;
const isRecord = (value: unknown): value is Item => typeof value === "object" && value !== null && !Array.isArray(value);

/** An item as an object: SurveyJS also takes a bare name (`"2017"`) for a multiple-text item. */
export function itemObject(item: unknown): Item {
  if (isRecord(item)) return item;
  return { name: String(item ?? "") };
}

export function itemName(item: unknown): string {
  const name = itemObject(item).name;
  return typeof name === "string" ? name : String(name ?? "");
}

/** The item with a patch applied; a key set to undefined is removed. */
export function patchItem(items: readonly unknown[], index: number, patch: Record<string, unknown>): unknown[] {
  return items.map((item, i) => {
    if (i !== index) return item;
    const next: Item = { ...itemObject(item) };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    return next;
  });
}

/** A name no item has yet, ignoring case (as SurveyJS does): `kolonne3` for a third column. */
export function uniqueItemName(items: readonly unknown[], stem: string): string {
  const taken = new Set(items.map((item) => itemName(item).toLowerCase()));
  let n = items.length + 1;
  while (taken.has(`${stem}${n}`.toLowerCase())) n += 1;
  return `${stem}${n}`;
}

export type ItemNameProblem = "empty" | "invalid" | "taken";

/**
 * What is wrong with a new name for the item at `index`: empty, not a valid name (the same rule as a question's:
 * the name is a key in the answer), or another item's (ignoring case). A year such as "2019" is a valid item name
 * for a multiple-text question, whose per-year sums need exactly that, so `allowDigitsFirst` lets a name start
 * with a digit.
 */
export function itemNameProblem(items: readonly unknown[], index: number, name: string, options: { allowDigitsFirst?: boolean } = {}): ItemNameProblem | null {
  if (name.trim() === "") return "empty";
  const valid = validElementName(name) || (options.allowDigitsFirst === true && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name));
  if (!valid) return "invalid";
  if (items.some((item, i) => i !== index && itemName(item).toLowerCase() === name.toLowerCase())) return "taken";
  return null;
}

/** The kinds of cell a matrix column can have, as the builder offers them. */
export const columnCellKinds = ["text", "number", "dropdown", "checkbox", "boolean", "comment"] as const;
export type ColumnCellKind = (typeof columnCellKinds)[number];

/**
 * A column's kind of cell: its own `cellType` (or the matrix's, where the column leaves it out; SurveyJS's default is
 * a dropdown), `text` with `inputType: "number"` read as a number. Null for a cell type the builder does not offer.
 */
export function columnCellKind(column: unknown, matrixCellType: unknown): ColumnCellKind | null {
  const object = itemObject(column);
  const own = typeof object.cellType === "string" && object.cellType !== "default" ? object.cellType : undefined;
  const cellType = own ?? (typeof matrixCellType === "string" && matrixCellType !== "default" ? matrixCellType : "dropdown");
  if (cellType === "text" && object.inputType === "number") return "number";
  return (columnCellKinds as readonly string[]).includes(cellType) ? (cellType as ColumnCellKind) : null;
}

const needsChoices = (kind: ColumnCellKind) => kind === "dropdown" || kind === "checkbox";

/**
 * The patch that gives a column another kind of cell: the cell type (always written on the column, so the
 * matrix's default cannot change it), the numeric input type, and choices – kept for a dropdown or checkbox
 * (two empty ones when it had none), dropped otherwise.
 */
export function columnKindPatch(column: unknown, kind: ColumnCellKind): Record<string, unknown> {
  const object = itemObject(column);
  const patch: Record<string, unknown> = { cellType: kind === "number" ? "text" : kind, inputType: kind === "number" ? "number" : undefined };
  if (needsChoices(kind)) {
    if (!Array.isArray(object.choices) || object.choices.length === 0) patch.choices = [{ value: "valg1", text: { da: "" } }, { value: "valg2", text: { da: "" } }];
  } else patch.choices = undefined;
  return patch;
}
