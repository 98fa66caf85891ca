import type { AnyFigure, LocalizedText, SumItem, SumPerYearItem } from "@afrapport/schema";
import { useReportMessages } from "./use-report-messages.js";
import { FigureValue, MaybeFigure } from "./figure-value.js";
import { TrendChart } from "./trend-chart.js";

/** Counts per year: municipality × year with a total column and a totals row, and the totals' trend chart. */
export function PerYearTable({ item, title, who }: { item: SumPerYearItem<AnyFigure>; title: string; who: string }) {
  const { r } = useReportMessages();
  return (
    <div className="af-per-year">
      <div className="af-table-wrap">
        <table className="af-table af-table--numbers">
          <caption className="af-visually-hidden">{r.tableCaptionPerYear(title, who)}</caption>
          <thead>
            <tr>
              <th scope="col">{who}</th>
              {item.years.map((year) => (
                <th scope="col" key={year}>
                  {year}
                </th>
              ))}
              <th scope="col">{r.total}</th>
            </tr>
          </thead>
          <tbody>
            {item.rows.map((row) => (
              <tr key={row.respondent.responseId}>
                <th scope="row" lang="da">
                  {row.respondent.respondentName}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={item.years[i] ?? i}>
                    <MaybeFigure figure={cell} />
                  </td>
                ))}
                <td className="af-table__total">
                  <MaybeFigure figure={row.total} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{r.totalRow}</th>
              {item.yearTotals.map((figure, i) => (
                <td key={item.years[i] ?? i}>
                  <FigureValue figure={figure} />
                </td>
              ))}
              <td className="af-table__total">
                <FigureValue figure={item.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {item.years.length > 1 ? (
        <TrendChart title={title} series={item.years.map((year, i) => ({ label: year, value: item.yearTotals[i]?.value ?? 0 }))} />
      ) : null}
    </div>
  );
}

/** A single number per respondent, with the total. */
export function SumTable({ item, title, who }: { item: SumItem<AnyFigure>; title: LocalizedText | string; who: string }) {
  const { r, locale } = useReportMessages();
  return (
    <div className="af-table-wrap">
      <table className="af-table af-table--numbers">
        <caption className="af-visually-hidden">{typeof title === "string" ? title : title[locale]}</caption>
        <thead>
          <tr>
            <th scope="col">{who}</th>
            <th scope="col">{r.value}</th>
          </tr>
        </thead>
        <tbody>
          {item.rows.map((row) => (
            <tr key={row.respondent.responseId}>
              <th scope="row" lang="da">
                {row.respondent.respondentName}
              </th>
              <td>
                <MaybeFigure figure={row.value} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{r.totalRow}</th>
            <td className="af-table__total">
              <FigureValue figure={item.total} />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
