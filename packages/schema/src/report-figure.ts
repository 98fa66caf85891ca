import type { Figure } from "./joint-report.js";

/** Counts from 1 to this number are flagged `small`: in a small municipality they may identify citizens. */
export const smallCountLimit = 4;

/**
 * A number of the joint report with the responses it came from. `sources` are de-duplicated and keep their
 * first order; `small` is true for 1 ≤ value ≤ 4 (0 is not small: it identifies no one).
 */
export function figure(value: number, sources: Iterable<string> = []): Figure {
  return { value, sources: [...new Set(sources)], small: value >= 1 && value <= smallCountLimit };
}

/** A count as a figure: how many distinct sources there are. */
export function countFigure(sources: Iterable<string>): Figure {
  const unique = [...new Set(sources)];
  return figure(unique.length, unique);
}

/** The sum of figures, with the union of their sources. */
export function sumFigures(figures: readonly Figure[]): Figure {
  return figure(
    figures.reduce((total, f) => total + f.value, 0),
    figures.flatMap((f) => f.sources),
  );
}
