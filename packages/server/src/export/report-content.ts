import type { JointReport, Locale, ReportSectionResult } from "@afrapport/schema";
import type { Inline, ReportDocument } from "./report-blocks.js";
import { clean, paragraphsOf, ReportBuildContext } from "./report-build-context.js";
import type { ReportDocumentInput } from "./report-document-input.js";
import { formatDateText, formatLongDate } from "./date-format.js";
import { itemBlocks } from "./report-item-blocks.js";
import { formatNumber } from "./number-format.js";
import { screeningBlocks } from "./report-screening-blocks.js";

/**
 * The joint report as a document ready for a political paper, in the order a reader needs it: title page,
 * contents, what the report is based on, its handling and approval, one chapter per report section (the
 * secretariat's text first, then the figures question by question; the offers' screening in the chapter of the
 * screening questions), and an appendix with every note on the data.
 */
export function buildReportDocument(input: ReportDocumentInput, options: { listLimit?: number } = {}): ReportDocument {
  const ctx = new ReportBuildContext(input.locale, options);
  const { labels, locale } = ctx;
  const { campaign } = input;
  const announcement = campaign.announcementTitle[locale];

  introduction(ctx, input, announcement);
  approval(ctx, input);
  const reports: { report: JointReport; respondentWord: string }[] = [
    { report: input.report, respondentWord: labels.municipality },
    ...(input.offerReport ? [{ report: input.offerReport, respondentWord: labels.offer }] : []),
  ];
  for (const { report, respondentWord } of reports) chapters(ctx, input, report, respondentWord);
  appendix(ctx, reports.map((r) => r.report));

  const sourceNames = new Map<string, string>();
  for (const { report } of reports) for (const response of report.responses) sourceNames.set(response.responseId, clean(response.respondentName));

  return {
    locale,
    title: clean(announcement),
    titlePage: {
      kicker: clean(labels.regionReport(campaign.regionName)),
      title: clean(announcement),
      subtitle: clean(campaign.title),
      facts: [
        { label: labels.deadline, value: clean(formatDateText(campaign.deadline, locale)) },
        { label: labels.status, value: clean(labels.campaignStatuses[campaign.status] ?? campaign.status) },
        { label: labels.generated, value: formatLongDate(input.generatedAt, locale) },
      ],
    },
    tocTitle: labels.toc,
    blocks: ctx.blocks,
    sourceNames,
    pageLabel: labels.page,
  };
}

function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

/** "Udsatte gravide …" → "udsatte gravide …" inside a sentence; "ADHD …" stays as it is. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase("da") + text.slice(1) : text;
}

function responsesInline(report: JointReport, locale: Locale): Inline {
  return { text: formatNumber(report.responses.length, locale), sources: report.responses.map((r) => r.responseId) };
}

function introduction(ctx: ReportBuildContext, input: ReportDocumentInput, announcement: string): void {
  const { labels, locale } = ctx;
  ctx.heading(1, labels.introduction, "om-afrapporteringen");
  ctx.paragraph(labels.introText({ region: input.campaign.regionName, announcement: lowerFirst(announcement) }));
  const offers = input.offerReport;
  if (input.report.responses.length === 0 && (offers?.responses.length ?? 0) === 0) {
    ctx.paragraph([{ text: labels.noResponsesYet, bold: true }]);
    return;
  }
  ctx.paragraph([
    { text: `${labels.basedOn} ` },
    responsesInline(input.report, locale),
    { text: ` ${labels.municipalityResponses}` },
    ...(offers ? [{ text: ` ${labels.and} ` }, responsesInline(offers, locale), { text: ` ${labels.offerResponses}` }] : []),
    { text: "." },
  ]);
  // the names only while they can be read as a list; the count above says how many either way
  const named = (report: JointReport) => [...new Set(report.responses.map((r) => r.respondentName))];
  const municipalities = named(input.report);
  const offerNames = offers ? named(offers) : [];
  if (municipalities.length > 0 && ctx.listable(municipalities)) ctx.paragraph(`${labels.respondedMunicipalities}: ${joinNames(municipalities, labels.and)}.`);
  if (offerNames.length > 0 && ctx.listable(offerNames)) ctx.paragraph(`${labels.respondedOffers}: ${joinNames(offerNames, labels.and)}.`);
  ctx.paragraph(labels.figuresExplained, "meta");
}

function approval(ctx: ReportBuildContext, input: ReportDocumentInput): void {
  const steps = input.approval ?? [];
  if (steps.length === 0) return;
  const { labels, locale } = ctx;
  ctx.heading(1, labels.approval, "politisk-behandling");
  ctx.table({
    caption: labels.approvalCaption,
    head: [{ text: labels.approvalStep }, { text: labels.approvalDate }, { text: labels.approvalDecision }, { text: labels.approvalNote }],
    rows: steps.map((step) => [
      { text: step.step },
      { text: step.date ? formatDateText(step.date, locale) : "" },
      { text: step.decision ?? "" },
      { text: step.note ?? "" },
    ]),
    totalRow: false,
    rowHeaders: true,
  });
}

/** The section holding the screening questions (where the screening table belongs), else the last one. */
function screeningSection(report: JointReport): ReportSectionResult | undefined {
  if (!report.screening) return undefined;
  const questions = new Set(report.screening.offers.flatMap((o) => o.result.criteria.flatMap((c) => (c.question ? [c.question] : []))));
  return report.sections.find((s) => s.items.some((i) => questions.has(i.question))) ?? report.sections[report.sections.length - 1];
}

function chapters(ctx: ReportBuildContext, input: ReportDocumentInput, report: JointReport, respondentWord: string): void {
  const { labels, locale } = ctx;
  const withScreening = screeningSection(report);
  for (const section of report.sections) {
    ctx.heading(1, section.title[locale], `afsnit-${section.id}`);
    const summary = Object.hasOwn(input.summaries, section.id) ? input.summaries[section.id] : undefined;
    for (const paragraph of paragraphsOf(summary ?? "")) ctx.paragraph(paragraph, "summary");
    if (report.responses.length === 0) {
      ctx.paragraph(labels.noResponsesInSection, "meta");
      continue;
    }
    if (section === withScreening && report.screening) screeningBlocks(ctx, report.screening);
    for (const item of section.items) itemBlocks(ctx, item, `${section.id}-${item.question}`, respondentWord);
  }
}

function appendix(ctx: ReportBuildContext, reports: readonly JointReport[]): void {
  const { labels, locale } = ctx;
  ctx.heading(1, labels.appendix, "bilag-noter");
  for (const report of reports) {
    ctx.heading(2, labels.questionnaireVersion(report.questionnaire.title[locale], report.questionnaire.version), `bilag-${report.questionnaire.key}`);
    if (report.skipped.length === 0 && report.notes.length === 0) {
      ctx.paragraph(labels.noNotes, "meta");
      continue;
    }
    if (report.skipped.length > 0) {
      ctx.paragraph([{ text: labels.skippedResponses, bold: true }]);
      ctx.push({
        kind: "list",
        items: report.skipped.map((s) => [{ text: clean(s.respondentName), bold: true }, { text: `: ${clean(s.reason[locale])}` }]),
      });
    }
    if (report.notes.length > 0) {
      ctx.paragraph([{ text: labels.dataNotes, bold: true }]);
      ctx.push({
        kind: "list",
        items: report.notes.map((note) => [{ text: clean(note.message[locale]), ...(note.responseId ? { sources: [note.responseId] } : {}) }]),
      });
    }
  }
}
