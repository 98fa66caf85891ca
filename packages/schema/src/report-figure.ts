import type { AnyFigure, Figure, FigureRef } from "./joint-report.js";
import type { Audience } from "./questionnaire.js";

/** Counts from 1 to this number are flagged `small`: in a small municipality they may identify citizens. */
export const smallCountLimit = 4;

const isSmall = (value: number) => value >= 1 && value <= smallCountLimit;

/**
 * A number of the joint report with the responses it came from. `sources` are de-duplicated and keep their
 * first order; `small` is true for 1 ≤ value ≤ 4 (0 is not small: it identifies no one).
 */
export function figure(value: number, sources: Iterable<string> = []): Figure {
  return { value, sources: [...new Set(sources)], small: isSmall(value) };
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

/** How many responses a figure came from, whichever kind it is. */
export function sourceCountOf(figure: AnyFigure): number {
  return "sources" in figure ? figure.sources.length : figure.sourceCount;
}

// ——— figures made while aggregating ———

/**
 * Where a figure of a joint report is: the report's audience, the part that made it – a question (its position in
 * the questionnaire's question list), the respondent count or the screening – and its number in the order that part
 * makes its figures. Written as text in FigureRef.ref: "m3.12" (municipality report, question 3, figure 12), "or.0",
 * "os.1".
 */
export interface FigureAddress {
  audience: Audience;
  part: number | "respondents" | "screening";
  n: number;
}

const audienceLetters: Record<Audience, string> = { municipality: "m", offer: "o" };
const partLetters = { respondents: "r", screening: "s" } as const;

export function formatFigureAddress(address: FigureAddress): string {
  const part = typeof address.part === "number" ? String(address.part) : partLetters[address.part];
  return `${audienceLetters[address.audience]}${part}.${address.n}`;
}

/** The address a FigureRef's `ref` names, or undefined when the text is not one. */
export function parseFigureAddress(text: string): FigureAddress | undefined {
  const match = /^([mo])(0|[1-9]\d{0,5}|r|s)\.(0|[1-9]\d{0,8})$/.exec(text);
  if (match === null) return undefined;
  const [, audience, part, n] = match as unknown as [string, string, string, string];
  return {
    audience: audience === "m" ? "municipality" : "offer",
    part: part === "r" ? "respondents" : part === "s" ? "screening" : Number(part),
    n: Number(n),
  };
}

/**
 * Makes the figures of one part of a report from the positions of their source responses in the report's list
 * (positions de-duplicate without hashing strings, which at 10,000 responses is most of the work).
 */
export interface FigureMaker<F extends AnyFigure> {
  /** the response ids by position, when figures carry their sources inline (an offer list's column values then too) */
  readonly ids?: readonly string[];
  /** a figure of `value` from these responses (repeats are dropped, the first order kept) */
  make(value: number, sources: readonly number[]): F;
  /** a count of the distinct responses given */
  count(sources: readonly number[]): F;
}

/** De-duplicates positions 0…size-1 by stamping them, so each call costs only its own length. */
export class PositionSet {
  private readonly stamps: Uint32Array;
  private stamp = 0;

  constructor(size: number) {
    this.stamps = new Uint32Array(size);
  }

  distinct(positions: readonly number[]): number[] {
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (const p of positions) {
      if (this.stamps[p] === stamp) continue;
      this.stamps[p] = stamp;
      out.push(p);
    }
    return out;
  }
}

/** Figures with their sources inline, as response ids. */
export function inlineFigures(ids: readonly string[], positions: PositionSet): FigureMaker<Figure> {
  const make = (value: number, distinct: number[]): Figure => ({ value, sources: distinct.map((p) => ids[p]!), small: isSmall(value) });
  return {
    ids,
    make: (value, sources) => make(value, positions.distinct(sources)),
    count: (sources) => {
      const distinct = positions.distinct(sources);
      return make(distinct.length, distinct);
    },
  };
}

/**
 * Figures that refer to their sources by address, numbered in the order made from `address.n` on. `capture`, when
 * given, is told the sources (as positions) of the figure numbered `capture.n` – how figureSources finds them.
 */
export function referringFigures(base: Omit<FigureAddress, "n">, positions: PositionSet, capture?: { n: number; found?: number[] }): FigureMaker<FigureRef> {
  const prefix = formatFigureAddress({ ...base, n: 0 }).slice(0, -1);
  let n = 0;
  const make = (value: number, distinct: number[]): FigureRef => {
    if (capture !== undefined && capture.n === n) capture.found = distinct;
    return { value, small: isSmall(value), sourceCount: distinct.length, ref: `${prefix}${n++}` };
  };
  return {
    make: (value, sources) => make(value, positions.distinct(sources)),
    count: (sources) => {
      const distinct = positions.distinct(sources);
      return make(distinct.length, distinct);
    },
  };
}
