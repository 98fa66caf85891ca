import type {
  ChoiceCountsItem,
  FilesItem,
  Figure,
  MatrixCountsItem,
  OfferListItem,
  ReportItem,
  ReportResponseRef,
  SumItem,
  SumPerYearItem,
  TextsItem,
} from "@afrapport/schema";
import type { Cell, Inline } from "./report-blocks.js";
import { clean, paragraphsOf, type ReportBuildContext } from "./report-build-context.js";
import { formatNumber, formatShare } from "./number-format.js";

/**
 * The blocks of one report item, by its aggregation kind: a heading with the question, a line saying how many
 * answered, then the figures – tables for sums, per-year counts, offers and choices; the texts with the name of
 * who wrote them; the attachments by file name.
 */
export function itemBlocks(ctx: ReportBuildContext, item: ReportItem, anchorBase: string, respondentWord: string): void {
  ctx.heading(2, item.title[ctx.locale], anchorBase);
  answeredLine(ctx, item);
  switch (item.kind) {
    case "sumPerYear":
      return sumPerYear(ctx, item, respondentWord);
    case "sum":
      return sum(ctx, item, respondentWord);
    case "offerList":
      return offerList(ctx, item);
    case "choiceCounts":
      return item.layout === "matrix" ? matrixCounts(ctx, item) : choiceCounts(ctx, item);
    case "texts":
      return texts(ctx, item);
    case "files":
      return files(ctx, item);
  }
}

function answeredLine(ctx: ReportBuildContext, item: ReportItem): void {
  const { labels } = ctx;
  const all = item.answered.value + item.unanswered.value;
  const content: Inline[] = [{ text: `${labels.answeredBy} ` }, ctx.figureInline(item.answered), { text: ` ${labels.of} ${formatNumber(all, ctx.locale)}.` }];
  if (item.invalid.value > 0) content.push({ text: ` ${labels.unusable(formatNumber(item.invalid.value, ctx.locale))}.` });
  ctx.paragraph(content, "meta");
}

/** Quantities the respondents reported: small ones are marked. */
const reported = { markSmall: true } as const;

const nameCell = (respondent: ReportResponseRef): Cell => ({ text: respondent.respondentName, sources: [respondent.responseId] });

function sumPerYear(ctx: ReportBuildContext, item: SumPerYearItem, respondentWord: string): void {
  const { labels } = ctx;
  const listed = ctx.listable(item.rows);
  ctx.table({
    caption: listed ? labels.perRespondentAndYear(respondentWord) : labels.totalPerYear,
    head: [{ text: respondentWord }, ...item.years.map((year) => ({ text: year, align: "right" as const })), { text: labels.total, align: "right" }],
    rows: [
      ...(listed ? item.rows : []).map((row) => [
        nameCell(row.respondent),
        ...row.cells.map((cell) => ctx.figureCell(cell, reported)),
        ctx.figureCell(row.total, { ...reported, bold: true }),
      ]),
      [
        { text: labels.total, bold: true },
        ...item.yearTotals.map((total) => ctx.figureCell(total, { ...reported, bold: true })),
        ctx.figureCell(item.total, { ...reported, bold: true }),
      ],
    ],
    totalRow: true,
    rowHeaders: true,
  });
  if (!listed) ctx.notListed(item.rows.length);
}

function sum(ctx: ReportBuildContext, item: SumItem, respondentWord: string): void {
  const { labels } = ctx;
  const listed = ctx.listable(item.rows);
  ctx.table({
    caption: listed ? labels.perRespondent(respondentWord) : labels.totalOnly,
    head: [{ text: respondentWord }, { text: labels.count, align: "right" }],
    rows: [
      ...(listed ? item.rows : []).map((row) => [nameCell(row.respondent), ctx.figureCell(row.value, reported)]),
      [{ text: labels.total, bold: true }, ctx.figureCell(item.total, { ...reported, bold: true })],
    ],
    totalRow: true,
    rowHeaders: true,
  });
  if (!listed) ctx.notListed(item.rows.length);
}

function offerList(ctx: ReportBuildContext, item: OfferListItem): void {
  const { labels, locale } = ctx;
  ctx.paragraph([{ text: `${labels.distinctOffers}: ` }, ctx.figureInline(item.offerCount)]);
  if (item.offers.length === 0) return;
  ctx.table({
    caption: labels.offersCaption,
    head: [{ text: labels.offerName }, { text: labels.operator }, { text: labels.namedBy }, ...item.columns.map((column) => ({ text: column.title[locale] }))],
    rows: item.offers.map((offer) => {
      const spellings = offer.otherSpellings.length > 0 ? ` (${labels.alsoSpelled}: ${offer.otherSpellings.join(", ")})` : "";
      const names = [...new Set(offer.namedBy.map((r) => r.respondentName))];
      const count = formatNumber(offer.namedByCount.value, locale);
      return [
        { text: `${offer.name}${spellings}`, sources: offer.namedByCount.sources },
        { text: offer.operatorText?.[locale] ?? offer.operator },
        { text: ctx.namesListable(names) ? `${names.join(", ")} (${count})` : count, sources: offer.namedByCount.sources },
        ...item.columns.map((column): Cell => {
          const values = offer.details.find((d) => d.column === column.name)?.values ?? [];
          return {
            text: values.map((v) => v.text?.[locale] ?? (typeof v.value === "string" ? v.value : JSON.stringify(v.value))).join("; "),
            sources: [...new Set(values.flatMap((v) => v.sources))],
          };
        }),
      ];
    }),
    totalRow: false,
    rowHeaders: true,
  });
}

function choiceCounts(ctx: ReportBuildContext, item: ChoiceCountsItem): void {
  const { labels, locale } = ctx;
  ctx.table({
    caption: labels.choicesCaption,
    head: [{ text: labels.choice }, { text: labels.count, align: "right" }, { text: labels.share, align: "right" }],
    rows: item.choices.map((choice) => [
      { text: choice.listed ? choice.text[locale] : `${choice.text[locale]} ${labels.notAChoice}` },
      ctx.figureCell(choice.count),
      { text: formatShare(choice.count.value, item.answered.value, locale), align: "right" },
    ]),
    totalRow: false,
    rowHeaders: true,
  });
  if (item.multiple) ctx.paragraph(labels.multipleChoices, "note");
  if (item.otherTexts.length > 0) {
    ctx.paragraph([{ text: labels.otherTexts, bold: true }]);
    if (!ctx.listable(item.otherTexts)) return ctx.notListed(item.otherTexts.length);
    for (const other of item.otherTexts) answer(ctx, other.respondent, other.text);
  }
}

function matrixCounts(ctx: ReportBuildContext, item: MatrixCountsItem): void {
  const { labels, locale } = ctx;
  const count = (choices: { value: unknown; count: Figure }[], value: unknown) => choices.find((c) => c.value === value)?.count;
  ctx.table({
    caption: labels.matrixCaption,
    head: [{ text: labels.matrixRow }, ...item.columns.map((column) => ({ text: column.text[locale], align: "right" as const })), { text: labels.answered, align: "right" }],
    rows: item.rows.map((row) => [
      { text: row.listed ? row.text[locale] : `${row.text[locale]} ${labels.notAChoice}` },
      ...item.columns.map((column) => ctx.figureCell(count(row.choices, column.value) ?? { value: 0, sources: [], small: false })),
      ctx.figureCell(row.answered),
    ]),
    totalRow: false,
    rowHeaders: true,
  });
}

function texts(ctx: ReportBuildContext, item: TextsItem): void {
  if (item.texts.length === 0) return ctx.paragraph(ctx.labels.noTexts, "meta");
  if (!ctx.listable(item.texts)) return ctx.notListed(item.texts.length);
  for (const text of item.texts) answer(ctx, text.respondent, text.text);
}

function files(ctx: ReportBuildContext, item: FilesItem): void {
  if (item.files.length === 0) return ctx.paragraph(ctx.labels.noFiles, "meta");
  ctx.paragraph([{ text: `${ctx.labels.attachmentCount}: ` }, ctx.figureInline(item.count)]);
  if (!ctx.listable(item.files)) return ctx.notListed(item.files.length);
  ctx.push({
    kind: "list",
    items: item.files.map((file) => [{ text: clean(file.name), sources: [file.respondent.responseId] }, { text: ` – ${clean(file.respondent.respondentName)}` }]),
  });
}

/** A text with the name of the respondent who wrote it. */
export function answer(ctx: ReportBuildContext, respondent: ReportResponseRef, text: string): void {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return;
  ctx.push({ kind: "answer", respondent: clean(respondent.respondentName), sources: [respondent.responseId], paragraphs });
}
