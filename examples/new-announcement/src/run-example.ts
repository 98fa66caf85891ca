import { aggregateReport, AnnouncementSchema, validateQuestionnaire, type JointReport, type ReportItem } from "@afrapport/schema";
import { responses } from "./responses.js";
import { kommuneskema, spiseforstyrrelser } from "./spiseforstyrrelser.js";

export interface ExampleResult {
  report: JointReport;
  /** the figures the summary shows, as plain numbers */
  totals: { perYear: Record<string, number>; citizens: number; offers: number; comments: number };
  /** a short readable summary in English */
  summary: string;
}

/** Validates the new announcement and its questionnaire, then aggregates the three responses into a joint report. */
export function runExample(): ExampleResult {
  AnnouncementSchema.parse(spiseforstyrrelser);
  // #region readme-run
  const checked = validateQuestionnaire(kommuneskema);
  if (!checked.ok) throw new Error(checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n"));
  const report = aggregateReport({ questionnaire: checked.questionnaire, responses });
  // #endregion readme-run
  const totals = totalsOf(report);
  return { report, totals, summary: summarize(report, totals) };
}

function items(report: JointReport): ReportItem[] {
  return report.sections.flatMap((section) => section.items);
}

function totalsOf(report: JointReport): ExampleResult["totals"] {
  const totals: ExampleResult["totals"] = { perYear: {}, citizens: 0, offers: 0, comments: 0 };
  for (const item of items(report)) {
    if (item.kind === "sumPerYear") {
      item.years.forEach((year, i) => (totals.perYear[year] = item.yearTotals[i]?.value ?? 0));
      totals.citizens = item.total.value;
    }
    if (item.kind === "offerList") totals.offers = item.offerCount.value;
    if (item.kind === "texts") totals.comments = item.texts.length;
  }
  return totals;
}

const number = new Intl.NumberFormat("da-DK");

function summarize(report: JointReport, totals: ExampleResult["totals"]): string {
  const lines = [
    `${spiseforstyrrelser.title.en} – ${report.questionnaire.title.en} (version ${report.questionnaire.version})`,
    `The questionnaire is valid. ${report.responses.length} responses from ${report.respondentCount.value} municipalities: ${report.responses.map((r) => r.respondentName).join(", ")}.`,
    "",
    `Citizens per year: ${Object.entries(totals.perYear).map(([year, count]) => `${year}: ${number.format(count)}`).join(", ")}; in all ${number.format(totals.citizens)}.`,
  ];
  for (const item of items(report)) {
    if (item.kind === "offerList") {
      lines.push(`Offers named (${item.offers.length}):`);
      for (const offer of item.offers) {
        lines.push(`  - ${offer.name} (${offer.operatorText?.en ?? offer.operator}), named by ${offer.namedByCount.value}`);
      }
    }
    if (item.kind === "texts") {
      lines.push(`Comments (${item.texts.length}):`);
      for (const { respondent, text } of item.texts) lines.push(`  - ${respondent.respondentName}: ${text}`);
    }
  }
  if (report.notes.length > 0) lines.push(`Notes: ${report.notes.map((note) => note.message.en).join(" ")}`);
  return lines.join("\n");
}
