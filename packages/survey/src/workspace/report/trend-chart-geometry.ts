/**
 * The geometry of the target group's trend chart: one point per year, on a y-axis from 0 to a round maximum with
 * a few round ticks. Pure, so the SVG component only draws what this computes.
 */

export interface ChartBox {
  width: number;
  height: number;
  /** room for the y-axis labels (left), the year labels (bottom) and the value labels (top) */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartPoint {
  label: string;
  value: number;
  x: number;
  y: number;
}

export interface ChartGeometry {
  points: ChartPoint[];
  ticks: { value: number; y: number }[];
  /** the SVG path through the points ("M x y L x y …"); empty for no points */
  path: string;
  /** the plot area */
  plot: { left: number; right: number; top: number; bottom: number };
}

export const defaultChartBox: ChartBox = { width: 560, height: 240, padding: { top: 28, right: 24, bottom: 36, left: 48 } };

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`; 1 for nothing to show (an axis up to 1, not 0). */
export function niceMaximum(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Ticks from 0 to `max` in 4 or 5 equal round steps (whole numbers only: these are counts of people). */
export function ticksUpTo(max: number): number[] {
  const steps = max <= 4 ? max : [5, 4].find((n) => Number.isInteger(max / n)) ?? 4;
  const step = Math.max(1, Math.round(max / Math.max(1, steps)));
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  if (ticks.at(-1) !== max) ticks.push(max);
  return ticks;
}

export function chartGeometry(series: readonly { label: string; value: number }[], box: ChartBox = defaultChartBox): ChartGeometry {
  const plot = {
    left: box.padding.left,
    right: box.width - box.padding.right,
    top: box.padding.top,
    bottom: box.height - box.padding.bottom,
  };
  const max = niceMaximum(Math.max(0, ...series.map((s) => s.value)));
  const yOf = (value: number) => plot.bottom - (Math.max(0, value) / max) * (plot.bottom - plot.top);
  // the first and last points sit inside the plot, so their value labels clear the y-axis labels
  const inset = Math.min(box.padding.left, (plot.right - plot.left) / 6);
  const span = plot.right - plot.left - 2 * inset;
  const xOf = (i: number) => plot.left + inset + (series.length <= 1 ? span / 2 : (i / (series.length - 1)) * span);
  const points = series.map((s, i) => ({ label: s.label, value: s.value, x: round(xOf(i)), y: round(yOf(s.value)) }));
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"} ${p.x} ${p.y}`).join(" ");
  return { points, ticks: ticksUpTo(max).map((value) => ({ value, y: round(yOf(value)) })), path, plot };
}

const round = (n: number) => Math.round(n * 10) / 10;
