import { useId } from "react";
import { formatNumber } from "../../format.js";
import { chartGeometry, defaultChartBox } from "./trend-chart-geometry.js";
import { useReportMessages } from "./use-report-messages.js";

/**
 * The totals per year as a line chart: inline SVG with a title and a description that says the numbers, so a
 * screen reader gets the same as a sighted reader. The table beside it is the full text alternative.
 */
export function TrendChart({ title, series }: { title: string; series: { label: string; value: number }[] }) {
  const { r, locale } = useReportMessages();
  const titleId = useId();
  const descId = useId();
  const g = chartGeometry(series);
  const box = defaultChartBox;
  const description = r.trendDesc(series.map((s) => `${s.label}: ${formatNumber(s.value, locale)}`).join(", "));
  return (
    <figure className="af-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${box.width} ${box.height}`}
        className="af-chart__svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{r.trendTitle(title)}</title>
        <desc id={descId}>{description}</desc>
        <g className="af-chart__grid" aria-hidden="true">
          {g.ticks.map((tick) => (
            <g key={tick.value}>
              <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} />
              <text x={g.plot.left - 8} y={tick.y} dy="0.35em" textAnchor="end">
                {formatNumber(tick.value, locale)}
              </text>
            </g>
          ))}
        </g>
        <g aria-hidden="true">
          <path d={g.path} className="af-chart__line" />
          {g.points.map((p) => (
            <g key={p.label}>
              <circle cx={p.x} cy={p.y} r={5} className="af-chart__dot" />
              <text x={p.x} y={p.y - 12} textAnchor="middle" className="af-chart__value">
                {formatNumber(p.value, locale)}
              </text>
              <text x={p.x} y={g.plot.bottom + 24} textAnchor="middle" className="af-chart__label">
                {p.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="af-hint">{r.trendTableNote}</figcaption>
    </figure>
  );
}
