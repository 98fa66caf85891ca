import { meetsGoal, type Figure } from "../benchmark.js";

// How figures and loads are printed: the goal always beside the figure, and whether it is met.

export const formatNumber = (value: number, digits = 0): string =>
  value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function formatValue(value: number, unit: string): string {
  if (unit === "×") return `${formatNumber(value, 2)}×`;
  return `${formatNumber(value, value < 10 ? 1 : 0)} ${unit}`;
}

export function formatFigure(figure: Figure): string {
  const met = meetsGoal(figure);
  const goal = figure.goal === undefined ? "" : `goal ${figure.goal.kind === "at-least" ? "≥" : "≤"} ${formatValue(figure.goal.value, figure.unit)}`;
  const verdict = met === undefined ? "" : met ? "met" : "MISSED";
  const detail = figure.detail === undefined ? "" : `(${figure.detail})`;
  return [`  ${figure.name.padEnd(48)}`, formatValue(figure.value, figure.unit).padStart(10), `  ${goal.padEnd(16)}`, verdict.padEnd(7), detail].join("").trimEnd();
}

/** Columns of a table, padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function formatTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("   ")}`.trimEnd());
}
