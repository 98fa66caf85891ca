import { screeningCriteria, screeningVerdicts, type ReportScreening } from "@afrapport/schema";
import type { Cell } from "./report-blocks.js";
import { clean, type ReportBuildContext } from "./report-build-context.js";
import { formatNumber } from "./number-format.js";

/**
 * The screening of the offers by the screening model for highly specialised offers (the figure in the central
 * announcement of 26 November 2019; screenOffer in @afrapport/schema): the thresholds used, how many offers got each
 * verdict, a table of every offer with the four criteria met / not met / not answered and its verdict, and the
 * reasons per offer.
 */
export function screeningBlocks(ctx: ReportBuildContext, screening: ReportScreening): void {
  const { labels, locale } = ctx;
  ctx.heading(2, labels.screening, "screening-af-tilbuddene");
  const t = screening.thresholds;
  ctx.paragraph(
    labels.screeningIntro({
      citizens: formatNumber(t.minCitizensPerYear, locale),
      staff: formatNumber(t.minStaff, locale),
      experience: formatNumber(t.minExperienceYears, locale),
    }),
  );
  ctx.push({
    kind: "list",
    items: screeningVerdicts.map((verdict) => [{ text: `${labels.verdicts[verdict]}: ` }, ctx.figureInline(screening.verdicts[verdict])]),
  });
  if (screening.offers.length === 0) return;
  // Too many offers to list each: the offers that meet all four criteria (what the announcement asks the region to
  // find) while they can be listed; the answers every offer was screened on are in the answers workbook.
  const listed = ctx.listable(screening.offers);
  const specialised = screening.offers.filter(({ result }) => result.verdict === "highly-specialised");
  const offers = listed ? screening.offers : ctx.listable(specialised) ? specialised : [];
  if (offers.length > 0) tableOf(ctx, offers, listed ? labels.screeningCaption : labels.highlySpecialisedOnly);
  if (!listed) return ctx.notListed(screening.offers.length);
  ctx.heading(3, labels.screeningReasons, "screening-begrundelser");
  for (const { respondent, result } of screening.offers) {
    ctx.push({
      kind: "answer",
      respondent: clean(respondent.respondentName),
      sources: [respondent.responseId],
      paragraphs: [
        clean(result.summary[locale]),
        ...result.criteria.map((c) => clean(`${labels.criteria[c.criterion]} – ${labels.criterionStatuses[c.status].toLowerCase()}: ${c.reason[locale]}`)),
      ],
    });
  }
}

/** The offers with the four criteria met / not met / not answered and the verdict of each. */
function tableOf(ctx: ReportBuildContext, offers: ReportScreening["offers"], caption: string): void {
  const { labels } = ctx;
  ctx.table({
    caption,
    head: [{ text: labels.offerName }, ...screeningCriteria.map((c) => ({ text: labels.criteria[c] })), { text: labels.verdict }],
    rows: offers.map(({ respondent, result }) => {
      const sources = [respondent.responseId];
      const criterion = (name: (typeof screeningCriteria)[number]): Cell => {
        const status = result.criteria.find((c) => c.criterion === name)?.status ?? "not-answered";
        return { text: labels.criterionStatuses[status], sources };
      };
      return [{ text: respondent.respondentName, sources }, ...screeningCriteria.map(criterion), { text: labels.verdicts[result.verdict], bold: true, sources }];
    }),
    totalRow: false,
    rowHeaders: true,
  });
}
