import type { AnyFigure, ReportItem } from "@afrapport/schema";
import { useId } from "react";
import { formatNumber } from "../../format.js";
import { ChoiceCounts, MatrixCounts } from "./choice-counts.js";
import { FilesList } from "./files-list.js";
import { Heading, type HeadingLevel } from "./heading.js";
import { OfferList } from "./offer-list.js";
import { PerYearTable, SumTable } from "./per-year-table.js";
import { TextsList } from "./texts-list.js";
import { useReportMessages } from "./use-report-messages.js";

export interface ReportItemContext {
  /** "Kommune" or "Tilbud": who the rows are */
  who: string;
  /** how many responses the report has, for "answered by x of y" */
  responseCount: number;
  attachmentHref?: (attachmentId: string) => string;
  /** the questions new in the report's questionnaire version, and the version before it */
  newQuestions?: { names: ReadonlySet<string>; previous: string };
}

/** One question's aggregate, by its kind, under the question's title. */
export function ReportItemView({ item, level, context }: { item: ReportItem<AnyFigure>; level: HeadingLevel; context: ReportItemContext }) {
  const { r, locale } = useReportMessages();
  const headingId = useId();
  const title = item.title[locale];
  return (
    <section className={`af-report-item af-report-item--${item.kind}`} aria-labelledby={headingId} data-question={item.question}>
      <Heading level={level} id={headingId} className="af-report-item__title">
        {title}
      </Heading>
      <p className="af-hint">
        {context.newQuestions?.names.has(item.question) ? (
          <>
            <span className="af-ws-badge af-ws-badge--new">{r.newSinceVersion(context.newQuestions.previous)}</span>{" "}
          </>
        ) : null}
        {r.answeredBy(formatNumber(item.answered.value, locale), formatNumber(context.responseCount, locale))}
      </p>
      <ItemBody item={item} title={title} context={context} />
    </section>
  );
}

function ItemBody({ item, title, context }: { item: ReportItem<AnyFigure>; title: string; context: ReportItemContext }) {
  switch (item.kind) {
    case "sumPerYear":
      return <PerYearTable item={item} title={title} who={context.who} />;
    case "sum":
      return <SumTable item={item} title={title} who={context.who} />;
    case "choiceCounts":
      return item.layout === "matrix" ? <MatrixCounts item={item} title={title} /> : <ChoiceCounts item={item} title={title} />;
    case "offerList":
      return <OfferList item={item} title={title} />;
    case "texts":
      return <TextsList item={item} />;
    case "files":
      return <FilesList item={item} {...(context.attachmentHref ? { attachmentHref: context.attachmentHref } : {})} />;
  }
}
