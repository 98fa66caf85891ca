import type { AnyFigure, ChoiceCountsItem, MatrixCountsItem } from "@afrapport/schema";
import { useReportMessages } from "./use-report-messages.js";
import { FigureValue } from "./figure-value.js";

/** How many chose each choice; the texts written under "Other" with who wrote them. */
export function ChoiceCounts({ item, title }: { item: ChoiceCountsItem<AnyFigure>; title: string }) {
  const { r, locale } = useReportMessages();
  return (
    <>
      <div className="af-table-wrap">
        <table className="af-table af-table--choices">
          <caption className="af-visually-hidden">{r.tableCaptionChoices(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{r.choice}</th>
              <th scope="col">{r.count}</th>
            </tr>
          </thead>
          <tbody>
            {item.choices.map((choice) => (
              <tr key={String(choice.value)}>
                <th scope="row">
                  {choice.text[locale]}
                  {choice.listed ? null : <span className="af-hint"> {r.unlistedChoice}</span>}
                </th>
                <td>
                  <FigureValue figure={choice.count} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {item.otherTexts.length > 0 ? (
        <div className="af-other-texts">
          <p className="af-other-texts__label">{r.otherTexts}</p>
          <ul className="af-quotes">
            {item.otherTexts.map((other, i) => (
              <li key={`${other.respondent.responseId}-${i}`}>
                <span className="af-quote__text" lang="da">
                  {other.text}
                </span>
                <span className="af-quote__who" lang="da">
                  {other.respondent.respondentName}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** A single-choice matrix: per row, the count of every column. */
export function MatrixCounts({ item, title }: { item: MatrixCountsItem<AnyFigure>; title: string }) {
  const { r, locale } = useReportMessages();
  return (
    <div className="af-table-wrap">
      <table className="af-table af-table--numbers">
        <caption className="af-visually-hidden">{r.tableCaptionChoices(title)}</caption>
        <thead>
          <tr>
            <td />
            {item.columns.map((column) => (
              <th scope="col" key={String(column.value)}>
                {column.text[locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {item.rows.map((row) => (
            <tr key={String(row.value)}>
              <th scope="row">
                {row.text[locale]}
                {row.listed ? null : <span className="af-hint"> {r.unlistedChoice}</span>}
              </th>
              {item.columns.map((column) => {
                const choice = row.choices.find((c) => c.value === column.value);
                return <td key={String(column.value)}>{choice === undefined ? "–" : <FigureValue figure={choice.count} />}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
