import { sourceCountOf, type AnyFigure } from "@afrapport/schema";
import { formatNumber } from "../../format.js";
import { useSources } from "./sources-context.js";
import { useReportMessages } from "./use-report-messages.js";

/**
 * A number of the joint report. With a sources dialog around it, the number is a button that lists the responses
 * it came from; a small count (1–4) carries a * and says so to a screen reader. Without one, or without any
 * source (a 0 nobody gave), it is plain text.
 */
export function FigureValue({ figure }: { figure: AnyFigure }) {
  const { r, locale } = useReportMessages();
  const sources = useSources();
  const text = formatNumber(figure.value, locale);
  const count = sourceCountOf(figure);
  const mark = figure.small ? (
    <span className="af-figure__small" aria-hidden="true" title={r.figureSmall}>
      *
    </span>
  ) : null;
  if (sources === undefined || count === 0) {
    return (
      <span className={`af-figure${figure.small ? " af-figure--small" : ""}`}>
        {text}
        {mark}
        {figure.small ? <span className="af-visually-hidden"> ({r.smallCountMark})</span> : null}
      </span>
    );
  }
  const label = r.figureSources(text, count) + (figure.small ? `. ${r.figureSmall}` : "");
  return (
    <button
      type="button"
      className={`af-figure af-figure--button${figure.small ? " af-figure--small" : ""}`}
      aria-label={label}
      aria-haspopup="dialog"
      data-figure-value={figure.value}
      onClick={(event) => sources.showSources(figure, event.currentTarget)}
    >
      {text}
      {mark}
    </button>
  );
}

/** A cell value that may be missing: the figure, or a dash read out as "not answered". */
export function MaybeFigure({ figure }: { figure: AnyFigure | null | undefined }) {
  const { r } = useReportMessages();
  if (figure === null || figure === undefined) {
    return (
      <span className="af-figure af-figure--none">
        <span aria-hidden="true">–</span>
        <span className="af-visually-hidden">{r.notAnswered}</span>
      </span>
    );
  }
  return <FigureValue figure={figure} />;
}
