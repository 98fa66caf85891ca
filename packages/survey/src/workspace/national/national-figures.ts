import type { AnyFigure, JointReport, OfferListItem, SumPerYearItem } from "@afrapport/schema";

/**
 * The key figures of one region's joint report for the national board's side-by-side table: the target group
 * per year (the report's first count per year), how many offers the municipalities named, and how many offers
 * the screening judged highly specialised. Undefined where a report does not have the figure.
 */
export interface RegionKeyFigures {
  targetGroup: { years: string[]; perYear: AnyFigure[]; total: AnyFigure } | undefined;
  offers: AnyFigure | undefined;
  highlySpecialised: AnyFigure | undefined;
}

function items(report: JointReport<AnyFigure>) {
  return report.sections.flatMap((section) => section.items);
}

export function regionKeyFigures(report: JointReport<AnyFigure> | null, offerReport?: JointReport<AnyFigure> | null): RegionKeyFigures {
  if (report === null) return { targetGroup: undefined, offers: undefined, highlySpecialised: undefined };
  const perYear = items(report).find((item): item is SumPerYearItem<AnyFigure> => item.kind === "sumPerYear");
  const offerList = items(report).find((item): item is OfferListItem<AnyFigure> => item.kind === "offerList");
  const screening = offerReport?.screening ?? report.screening;
  return {
    targetGroup: perYear === undefined ? undefined : { years: perYear.years, perYear: perYear.yearTotals, total: perYear.total },
    offers: offerList?.offerCount,
    highlySpecialised: screening?.verdicts["highly-specialised"],
  };
}

/** Every year any region reports, sorted, so the table has one column per year for all five. */
export function unionOfYears(figures: readonly RegionKeyFigures[]): string[] {
  return [...new Set(figures.flatMap((f) => f.targetGroup?.years ?? []))].sort();
}

/** A region's count for one year, or undefined when its report does not cover that year. */
export function yearValue(figures: RegionKeyFigures, year: string): AnyFigure | undefined {
  const i = figures.targetGroup?.years.indexOf(year) ?? -1;
  return i < 0 ? undefined : figures.targetGroup?.perYear[i];
}
